import DisclintCore
import Testing

@Suite("RuleExampleRunner")
struct RuleExampleRunnerTests {
    @Test("every embedded rule passes its own examples")
    func embeddedPass() throws {
        let rules = try RuleSet.embedded()
        let verdicts = RuleExampleRunner.run(rules.packs, with: rules)
        #expect(!verdicts.isEmpty)
        for verdict in verdicts where !verdict.passed {
            Issue.record("\(verdict.rule): \(verdict.failures.joined(separator: "; "))")
        }
    }

    /// Vale's users' most common complaint: a rule that can never match. A rule without a
    /// triggering example, or whose triggering example does not fire, fails.
    @Test("a rule that cannot fire fails")
    func cannotFire() throws {
        let embedded = try RuleSet.embedded()
        let base = embedded.packs[0]
        var pack = base
        pack.id = "test-pack"
        var rule = base.rules.first { $0.id == "shares-exceed-cap" }!
        rule.triggering = [rule.nonTriggering[0]]
        var lonely = rule
        lonely.id = "no-examples"
        lonely.triggering = []
        pack.rules = [rule, lonely]
        let rules = try RuleSet(packs: [pack])
        let verdicts = RuleExampleRunner.run([pack], with: rules)
        #expect(verdicts.count == 2)
        #expect(verdicts.allSatisfy { !$0.passed })
        #expect(verdicts[0].failures.contains { $0.contains("does not fire") })
        #expect(verdicts[1].failures.contains { $0.contains("no triggering example") })
    }
}
