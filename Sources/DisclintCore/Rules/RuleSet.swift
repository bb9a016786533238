import Dispatch
import Synchronization

/// The packs a run uses: the embedded ones, then those of `--rules` directories.
package struct RuleSet: Sendable {
    package var packs: [RulePack]

    package init(packs: [RulePack]) throws(RulePackError) {
        var ids = [String: String]()
        for pack in packs {
            if let other = ids[pack.id] {
                throw RulePackError(file: pack.file, location: nil, path: "$.id",
                                    reason: "pack id '\(pack.id)' is already used by \(other)")
            }
            ids[pack.id] = pack.file
        }
        self.packs = packs
    }

    /// The packs built into the binary from `rules/`.
    package static func embedded() throws(RulePackError) -> RuleSet {
        try loadedEmbedded.get()
    }

    /// The file name and JSON text of each pack built into the binary, in file-name order.
    package static var embeddedTexts: [(name: String, text: String)] { EmbeddedRulePacks.all }

    /// The embedded packs, read once per process, each on a core of its own: their recognition
    /// and rule ids now, their bodies when a draft of their kind first needs one and their
    /// examples only when asked for (``RulePack/load(file:text:deferred:)``).
    private static let loadedEmbedded: Result<RuleSet, RulePackError> = {
        do throws(RulePackError) {
            return .success(try RuleSet(packs: load(EmbeddedRulePacks.all.map { ($0.name, $0.text) }, deferred: true)))
        } catch {
            return .failure(error)
        }
    }()

    /// Reads packs, each on a free core, in the order given; the first error in that order is the
    /// one thrown, as reading them one after the other would give.
    package static func load(_ sources: [(file: String, text: String)], deferred: Bool = false) throws(RulePackError) -> [RulePack] {
        guard sources.count > 1 else {
            return try sources.map { (source) throws(RulePackError) in try RulePack.load(file: source.file, text: source.text, deferred: deferred) }
        }
        let loaded = Mutex<[Result<RulePack, RulePackError>?]>(Array(repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let result: Result<RulePack, RulePackError>
            do throws(RulePackError) {
                result = .success(try RulePack.load(file: sources[index].file, text: sources[index].text, deferred: deferred))
            } catch {
                result = .failure(error)
            }
            loaded.withLock { $0[index] = result }
        }
        return try loaded.withLock { results throws(RulePackError) in
            try results.map { (result) throws(RulePackError) in try result!.get() }
        }
    }

    /// Every rule of every pack, with its pack.
    package var rules: [(pack: RulePack, rule: RuleDefinition)] {
        packs.flatMap { pack in pack.rules.map { (pack, $0) } }
    }
}
