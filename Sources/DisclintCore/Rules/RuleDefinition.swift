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
    package var triggering: [RuleExample]
    package var nonTriggering: [RuleExample]

    static func decode(_ field: JSONField, exampleDocument: String?) throws(RulePackError) -> RuleDefinition {
        let members = try field.object(allowed: ["id", "severity", "description", "rationale", "checks", "examples"],
                                       required: ["id", "severity", "description", "checks", "examples"])
        let id = try members["id"]!.nonEmptyString()
        guard id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw members["id"]!.error("a rule id is kebab-case (a-z, 0-9, -), found '\(id)'")
        }
        var checks: [Check] = []
        for check in try members["checks"]!.array() { checks.append(try Check.decode(check)) }
        guard !checks.isEmpty else { throw members["checks"]!.error("must list at least one check") }
        let examples = try members["examples"]!.object(allowed: ["triggering", "nonTriggering"], required: ["triggering", "nonTriggering"])
        var triggering: [RuleExample] = []
        for example in try examples["triggering"]!.array() {
            triggering.append(try RuleExample.decode(example, base: exampleDocument))
        }
        var nonTriggering: [RuleExample] = []
        for example in try examples["nonTriggering"]!.array() {
            nonTriggering.append(try RuleExample.decode(example, base: exampleDocument))
        }
        return RuleDefinition(
            id: id,
            severity: Severity(rawValue: try members["severity"]!.oneOf(Severity.allCases.map(\.rawValue)))!,
            description: try members["description"]!.nonEmptyString(),
            rationale: try members["rationale"]?.nonEmptyString() ?? "",
            checks: checks,
            triggering: triggering,
            nonTriggering: nonTriggering
        )
    }
}
