/// `disclint test-rules DIR`: validates the packs of a folder and runs their examples, so that a
/// compliance officer can prove an edit to a pack before it is used.
package enum TestRulesCommand {
    package static func run(directory: String, console: Console) -> ExitStatus {
        let names: [String]
        do {
            names = try FileSystem.entries(directory).filter { $0.hasSuffix(".json") }
        } catch {
            console.writeVisibleError("Error: cannot read rule directory '\(directory)': \(error.reason)\n")
            return .unreadable
        }
        guard !names.isEmpty else {
            console.writeVisibleError("Error: no rule pack (*.json) in '\(directory)'\n")
            return .unreadable
        }
        let rules: RuleSet
        var packs: [RulePack] = []
        do {
            let embedded = try RuleSet.embedded().packs
            for name in names {
                let path = Paths.join(directory, name)
                let bytes: [UInt8]
                do {
                    bytes = try FileSystem.read(path, limit: 16 << 20)
                } catch {
                    console.writeVisibleError("Error: \(error.message)\n")
                    return .unreadable
                }
                packs.append(try RulePack.load(file: path, text: String(decoding: bytes, as: UTF8.self)))
            }
            // The folder's packs replace embedded packs of the same id (testing an edited copy).
            let replaced = Set(packs.map(\.id))
            rules = try RuleSet(packs: embedded.filter { !replaced.contains($0.id) } + packs)
        } catch {
            console.writeVisibleError("Error: invalid rule pack: \(error.description)\n")
            return .unreadable
        }
        let verdicts = RuleExampleRunner.run(packs, with: rules)
        var failed = 0
        for verdict in verdicts {
            if verdict.passed {
                console.writeVisible("PASS  \(verdict.pack)  \(verdict.rule) (\(verdict.examples) examples)\n")
            } else {
                failed += 1
                console.writeVisible("FAIL  \(verdict.pack)  \(verdict.rule)\n")
                for failure in verdict.failures { console.writeVisible("      \(failure)\n") }
            }
        }
        console.write("\(verdicts.count - failed) passed, \(failed) failed\n")
        return failed == 0 ? .success : .findings
    }
}
