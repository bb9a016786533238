import DisclintCore
import Testing

/// Every example of every rule of every embedded pack is a test (SwiftLint's `verifyRule`): a
/// triggering example must make its rule fire (where its `↓` marker says, if it has one), a
/// non-triggering example must not.
@Suite("Rule examples")
struct RuleExampleTests {
    /// One example of one rule.
    struct Case: Sendable, CustomTestStringConvertible {
        var pack: String
        var rule: String
        var triggering: Bool
        var example: RuleExample

        var testDescription: String { "\(rule) \(triggering ? "triggering" : "non-triggering") \(example.path)" }
    }

    /// Examples whose `↓` marker the engine does not meet yet: `rule-id kind[index]` → why.
    /// Each is reported to the engine and pack maintainers; remove the entry once it is fixed
    /// (the test then fails until it is, so the list cannot go stale).
    static let knownMarkerIssues: [String: String] = [:]

    static let rules: RuleSet? = try? RuleSet.embedded()

    static let cases: [Case] = (rules?.rules ?? []).flatMap { pack, rule in
        rule.triggering.map { Case(pack: pack.id, rule: rule.id, triggering: true, example: $0) }
            + rule.nonTriggering.map { Case(pack: pack.id, rule: rule.id, triggering: false, example: $0) }
    }

    static let ruleIDs: [String] = (rules?.rules ?? []).map { "\($0.pack.id)/\($0.rule.id)" }

    @Test("the embedded packs load and have examples")
    func loaded() throws {
        _ = try RuleSet.embedded()
        #expect(!Self.cases.isEmpty)
        #expect(!Self.ruleIDs.isEmpty)
    }

    @Test("each example makes its rule fire, or not", arguments: cases)
    func example(_ item: Case) throws {
        let rules = try #require(Self.rules)
        let result = Linter(rules: rules).lint(SourceFile(path: "example.md", text: item.example.text))
        #expect(result.kind == item.pack, "the example is not recognised as a \(item.pack) draft")
        let findings = result.diagnostics.filter { $0.rule == item.rule }
        let shown = findings.map { "\($0.range.start.line):\($0.range.start.column): \($0.message)" }
        if item.triggering {
            #expect(!findings.isEmpty, "\(item.rule) did not fire on \(item.example.summary)")
            if let marker = item.example.marker {
                let check = {
                    #expect(findings.contains { $0.range.start == marker },
                            "\(item.rule) must start at \(marker.line):\(marker.column); found \(shown)")
                }
                let key = "\(item.rule) \(item.example.path.split(separator: ".").last ?? "")"
                if let reason = Self.knownMarkerIssues[key] {
                    withKnownIssue(Comment(rawValue: reason)) { check() }
                } else {
                    check()
                }
            }
        } else {
            #expect(findings.isEmpty, "\(item.rule) fired on \(item.example.summary): \(shown)")
        }
    }

    @Test("every rule has a triggering and a non-triggering example", arguments: ruleIDs)
    func hasExamples(_ id: String) throws {
        let rules = try #require(Self.rules)
        let rule = try #require(rules.rules.first { "\($0.pack.id)/\($0.rule.id)" == id }?.rule)
        #expect(!rule.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!rule.nonTriggering.isEmpty, "\(id) has no non-triggering example")
    }

    @Test("every triggering example marks where its finding starts", arguments: ruleIDs)
    func marked(_ id: String) throws {
        let rules = try #require(Self.rules)
        let rule = try #require(rules.rules.first { "\($0.pack.id)/\($0.rule.id)" == id }?.rule)
        // Findings about something missing point at where it belongs; those examples need no marker.
        let missing = rule.checks.allSatisfy { if case .required = $0 { return true } else { return false } }
        if !missing {
            for example in rule.triggering {
                #expect(example.marker != nil, "\(example.path) has no ↓ marker")
            }
        }
    }
}
