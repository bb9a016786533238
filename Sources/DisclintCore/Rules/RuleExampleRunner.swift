/// Runs a pack's rule examples: every triggering example must make its rule fire (where its `↓`
/// marks, if it marks), every non-triggering one must not; a rule without a triggering or a
/// non-triggering example fails too (a rule that can never fire is worse than none).
package enum RuleExampleRunner {
    /// The verdict on one rule.
    package struct Verdict: Sendable {
        package var pack: String
        package var rule: String
        /// What is wrong; empty when the rule passes.
        package var failures: [String]
        package var examples: Int

        package var passed: Bool { failures.isEmpty }
    }

    /// Runs the examples of every rule of `packs`, linting with `rules` (which must contain them).
    package static func run(_ packs: [RulePack], with rules: RuleSet) -> [Verdict] {
        let linter = Linter(rules: rules)
        var verdicts: [Verdict] = []
        for pack in packs {
            for rule in pack.rules {
                var failures: [String] = []
                if rule.triggering.isEmpty { failures.append("no triggering example: nothing shows the rule can fire") }
                if rule.nonTriggering.isEmpty { failures.append("no non-triggering example: nothing shows when it stays silent") }
                for example in rule.triggering {
                    let result = linter.lint(SourceFile(path: "example", text: example.text))
                    let found = result.diagnostics.filter { $0.rule == rule.id }
                    if result.kind != pack.id {
                        failures.append("\(example.path): the example is not recognised as a \(pack.id) draft, so no rule of the pack can fire")
                    } else if found.isEmpty {
                        failures.append("\(example.path): \(rule.id) does not fire")
                    } else if let marker = example.marker, !found.contains(where: { $0.range.start == marker }) {
                        let at = found.map { "\($0.range.start.line):\($0.range.start.column)" }.joined(separator: ", ")
                        failures.append("\(example.path): fires at \(at), not at the ↓ (\(marker.line):\(marker.column))")
                    }
                }
                for example in rule.nonTriggering {
                    let found = linter.lint(SourceFile(path: "example", text: example.text)).diagnostics.filter { $0.rule == rule.id }
                    if let first = found.first {
                        failures.append("\(example.path): \(rule.id) fires at \(first.range.start.line):\(first.range.start.column): \(first.message)")
                    }
                }
                verdicts.append(Verdict(pack: pack.id, rule: rule.id, failures: failures,
                                        examples: rule.triggering.count + rule.nonTriggering.count))
            }
        }
        return verdicts
    }
}
