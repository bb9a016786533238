/// One rule of a pack: a stable id, a default severity, what it checks and its examples.
package struct RuleDefinition: Sendable {
    /// The id users suppress and configure by (`shares-exceed-cap`).
    package var id: String
    package var severity: Severity
    /// One sentence: what the rule finds.
    package var description: String
    /// Why it matters to a compliance officer.
    package var rationale: String
    package var checks: [Check]
    /// For each check, the rules whose finding makes it redundant (`redundantWith`): when one of
    /// them has reported on the draft, the check is skipped, its fault being that finding's
    /// consequence (a cumulative total over the cap because this period's purchase is). They
    /// are rules listed before this one, so they have run when it does.
    package var redundantWith: [[String]] = []

    /// A rule's examples: read when the pack is loaded, or, for the packs embedded in the binary
    /// (whose examples the test suite runs), only when asked for, so that linting does not pay
    /// for them.
    enum Examples: Sendable {
        case read(triggering: [RuleExample], nonTriggering: [RuleExample])
        case deferred(JSONField, base: String?)

        static func read(_ field: JSONField, base: String?) throws(RulePackError) -> (triggering: [RuleExample], nonTriggering: [RuleExample]) {
            let examples = try field.object(allowed: ["triggering", "nonTriggering"], required: ["triggering", "nonTriggering"])
            var triggering: [RuleExample] = []
            for example in try examples["triggering"]!.array() { triggering.append(try RuleExample.decode(example, base: base)) }
            var nonTriggering: [RuleExample] = []
            for example in try examples["nonTriggering"]!.array() { nonTriggering.append(try RuleExample.decode(example, base: base)) }
            return (triggering, nonTriggering)
        }

        var resolved: (triggering: [RuleExample], nonTriggering: [RuleExample]) {
            switch self {
            case .read(let triggering, let nonTriggering): return (triggering, nonTriggering)
            case .deferred(let field, let base): return (try? Examples.read(field, base: base)) ?? ([], [])
            }
        }
    }

    var examples: Examples

    /// Drafts the rule must fire on.
    package var triggering: [RuleExample] {
        get { examples.resolved.triggering }
        set { examples = .read(triggering: newValue, nonTriggering: nonTriggering) }
    }

    /// Drafts the rule must stay silent on.
    package var nonTriggering: [RuleExample] {
        get { examples.resolved.nonTriggering }
        set { examples = .read(triggering: triggering, nonTriggering: newValue) }
    }

    static func decode(_ field: JSONField, exampleDocument: String?, deferExamples: Bool = false) throws(RulePackError) -> RuleDefinition {
        let members = try field.object(allowed: ["id", "severity", "description", "rationale", "checks", "examples"],
                                       required: ["id", "severity", "description", "checks", "examples"])
        let id = try members["id"]!.nonEmptyString()
        guard id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw members["id"]!.error("a rule id is kebab-case (a-z, 0-9, -), found '\(id)'")
        }
        var checks: [Check] = []
        var redundantWith: [[String]] = []
        for check in try members["checks"]!.array() {
            checks.append(try Check.decode(check))
            redundantWith.append(try check.member("redundantWith")?.strings() ?? [])
        }
        guard !checks.isEmpty else { throw members["checks"]!.error("must list at least one check") }
        let examples: Examples
        // A pass that only checks reads the examples now whatever `deferExamples` says: they
        // are checked at load like everything else.
        if deferExamples && members["examples"]!.builds {
            examples = .deferred(members["examples"]!, base: exampleDocument)
        } else {
            let read = try Examples.read(members["examples"]!, base: exampleDocument)
            examples = .read(triggering: read.triggering, nonTriggering: read.nonTriggering)
        }
        return RuleDefinition(
            id: id,
            severity: Severity(rawValue: try members["severity"]!.oneOf(Severity.allCases.map(\.rawValue)))!,
            description: try members["description"]!.nonEmptyString(),
            rationale: try members["rationale"]?.nonEmptyString() ?? "",
            checks: checks,
            redundantWith: redundantWith,
            examples: examples
        )
    }
}
