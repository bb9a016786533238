/// Loads the embedded rule packs and those of rule directories.
package enum RuleLoader {
    /// Why the packs could not be loaded: an unreadable directory or file, or a malformed pack.
    package struct Problem: Error, Equatable {
        package var message: String
    }

    /// The embedded packs, then every `*.json` of each directory in name order. A directory's
    /// pack with the id of an embedded pack replaces it (a team's edited copy of the shipped
    /// pack); two directory packs with one id are refused.
    package static func load(_ directories: [String]) -> Result<RuleSet, Problem> {
        var cache: [String: [RulePack]] = [:]
        return load(directories, cache: &cache)
    }

    /// The same, with the packs of each directory taken from `cache` when it has them and added
    /// to it when read: a run reads a pack once, however many configurations use its directory
    /// (a pack of tens of thousands of rules takes seconds to read).
    package static func load(_ directories: [String], cache: inout [String: [RulePack]]) -> Result<RuleSet, Problem> {
        do {
            let embedded = try RuleSet.embedded().packs
            var packs: [RulePack] = []
            for directory in directories {
                if let known = cache[directory] {
                    packs += known
                    continue
                }
                let names: [String]
                do {
                    names = try FileSystem.entries(directory)
                } catch {
                    return .failure(Problem(message: "cannot read rule directory '\(directory)': \(error.reason)"))
                }
                var files: [(path: String, bytes: [UInt8])] = []
                for name in names where name.hasSuffix(".json") {
                    let path = Paths.join(directory, name)
                    do {
                        files.append((path, try FileSystem.read(path, limit: 16 << 20)))
                    } catch {
                        return .failure(Problem(message: error.message))
                    }
                }
                // Each on a core of its own: a one-draft run with several packs waits for all of them.
                let read = try RuleSet.load(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
                cache[directory] = read
                packs += read
            }
            let replaced = Set(packs.map(\.id))
            return .success(try RuleSet(packs: embedded.filter { !replaced.contains($0.id) } + packs))
        } catch {
            return .failure(Problem(message: "invalid rule pack: \(error.description)"))
        }
    }
}
