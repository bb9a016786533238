import DisclintCore
import Testing

@Suite("Baseline")
struct BaselineTests {
    static func result(_ text: String, path: String = "a.txt") throws -> FileResult {
        Linter(rules: try RuleSet.embedded()).lint(SourceFile(path: path, text: text))
    }

    @Test("hides recorded findings, matched by file, rule and text, not by line")
    func matchesByText() throws {
        let draft = Drafts.overCap
        let before = try Self.result(draft)
        #expect(!before.diagnostics.isEmpty)
        let text = Baseline.encode([before])
        let baseline = try Baseline.decode(file: "base.json", text: text)
        // A paragraph added above moves every finding down: still hidden.
        let moved = try Self.result("Title note\n\n" + draft)
        let (kept, hidden) = baseline.filter([moved])
        #expect(kept[0].diagnostics.isEmpty, "\(kept[0].diagnostics)")
        #expect(hidden == before.diagnostics.count)
        // Another file with the same finding is not hidden.
        let other = try Self.result(draft, path: "b.txt")
        #expect(baseline.filter([other]).results[0].diagnostics.count == other.diagnostics.count)
    }

    @Test("a changed figure is a new finding")
    func changedFigure() throws {
        let before = try Self.result(Drafts.overCap)
        let baseline = try Baseline.decode(file: "base.json", text: Baseline.encode([before]))
        let changed = Drafts.overCap.replacingFirst("1,190,000", with: "1,290,000")
        let after = try Self.result(changed)
        #expect(baseline.filter([after]).results[0].diagnostics.contains { $0.rule == "shares-exceed-cap" })
    }

    @Test("a malformed baseline is refused with its path")
    func malformed() {
        #expect(throws: ConfigurationError.self) { try Baseline.decode(file: "b.json", text: #"{"version": 1}"#) }
        #expect(throws: ConfigurationError.self) { try Baseline.decode(file: "b.json", text: #"{"version": 3, "findings": []}"#) }
    }
}
