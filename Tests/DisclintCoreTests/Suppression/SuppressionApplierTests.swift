import DisclintCore
import Testing

@Suite("SuppressionApplier")
struct SuppressionApplierTests {
    static let known: Set<String> = ["shares-exceed-cap", "placeholder-text", "cost-exceeds-cap"]

    static func finding(_ rule: String, line: Int) -> Diagnostic {
        Diagnostic(rule: rule, severity: .error, message: "m", range: .line(line))
    }

    static func suppression(_ kind: Suppression.Kind, _ rules: [String], line: Int, reason: String? = nil) -> Suppression {
        Suppression(kind: kind, rules: rules, reason: reason, range: .line(line))
    }

    @Test("disable-next-line silences only its rule on the next line, and keeps the reason")
    func nextLine() {
        let outcome = SuppressionApplier.apply(
            [Self.suppression(.nextLine, ["shares-exceed-cap"], line: 4, reason: "cap raised")],
            to: [Self.finding("shares-exceed-cap", line: 5), Self.finding("shares-exceed-cap", line: 6),
                 Self.finding("placeholder-text", line: 5)],
            knownRules: Self.known, requireReason: false)
        #expect(outcome.kept.map(\.range.start.line) == [6, 5])
        #expect(outcome.suppressed.count == 1)
        #expect(outcome.suppressed.first?.justification == "cap raised")
        #expect(outcome.findings.isEmpty)
    }

    @Test("a disable region ends at the matching enable")
    func region() {
        let outcome = SuppressionApplier.apply(
            [Self.suppression(.disable, ["placeholder-text"], line: 2), Self.suppression(.enable, ["placeholder-text"], line: 8)],
            to: [Self.finding("placeholder-text", line: 5), Self.finding("placeholder-text", line: 9)],
            knownRules: Self.known, requireReason: false)
        #expect(outcome.kept.map(\.range.start.line) == [9])
        #expect(outcome.suppressed.map(\.diagnostic.range.start.line) == [5])
    }

    @Test("disable-file silences the rule everywhere; 'all' silences every rule")
    func file() {
        let all = SuppressionApplier.apply(
            [Self.suppression(.file, [], line: 1)],
            to: [Self.finding("placeholder-text", line: 40), Self.finding("cost-exceeds-cap", line: 3)],
            knownRules: Self.known, requireReason: false)
        #expect(all.kept.isEmpty)
        #expect(all.suppressed.count == 2)
    }

    @Test("an unknown rule is a warning with a hint; an unused suppression is a note")
    func findingsAboutSuppressions() {
        let outcome = SuppressionApplier.apply(
            [Self.suppression(.nextLine, ["cost-exceed-cap"], line: 2), Self.suppression(.nextLine, ["placeholder-text"], line: 7)],
            to: [], knownRules: Self.known, requireReason: false)
        let rules = outcome.findings.map(\.rule)
        #expect(rules == ["unknown-suppressed-rule", "unused-suppression"])
        #expect(outcome.findings[0].severity == .warning)
        #expect(outcome.findings[0].message.contains("did you mean 'cost-exceeds-cap'?"))
        #expect(outcome.findings[1].severity == .note)
    }

    @Test("a rule name of a megabyte is quoted cut short, and measured for no hint")
    func longUnknownRule() {
        let name = "cost-exceeds-cap" + String(repeating: "x", count: 1 << 20)
        let outcome = SuppressionApplier.apply([Self.suppression(.nextLine, [name], line: 2)], to: [], knownRules: Self.known, requireReason: false)
        #expect(outcome.findings.map(\.message) == [
            "The suppression names '\(name.prefix(Diagnostic.quoteLimit))…', which is no rule of disclint (see 'disclint rules'); it silences nothing.",
        ])
        #expect(Diagnostic.quote(String(repeating: "é", count: Diagnostic.quoteLimit)) == String(repeating: "é", count: Diagnostic.quoteLimit))
    }

    @Test("with requireReason, a suppression without a reason is an error")
    func requireReason() {
        let suppressions = [Self.suppression(.nextLine, ["shares-exceed-cap"], line: 4),
                            Self.suppression(.nextLine, ["placeholder-text"], line: 9, reason: "quoted from the template")]
        let findings = [Self.finding("shares-exceed-cap", line: 5), Self.finding("placeholder-text", line: 10)]
        let strict = SuppressionApplier.apply(suppressions, to: findings, knownRules: Self.known, requireReason: true)
        #expect(strict.findings.map(\.rule) == ["suppression-without-reason"])
        #expect(strict.findings.first?.severity == .error)
        #expect(strict.findings.first?.range.start.line == 4)
        let lenient = SuppressionApplier.apply(suppressions, to: findings, knownRules: Self.known, requireReason: false)
        #expect(lenient.findings.isEmpty)
    }

    @Test("findings about suppressions cannot be suppressed")
    func notSelfSuppressing() {
        let outcome = SuppressionApplier.apply(
            [Self.suppression(.file, [], line: 1)],
            to: [Self.finding("unused-suppression", line: 3)], knownRules: Self.known, requireReason: false)
        #expect(outcome.kept.map(\.rule) == ["unused-suppression"])
    }
}
