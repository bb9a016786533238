import DisclintCore
import Testing

@Suite("PlaceholderFinder")
struct PlaceholderFinderTests {
    /// The placeholder spec of the embedded `placeholder-text` rule.
    static func packSpec() throws -> PlaceholderSpec {
        let rules = try RuleSet.embedded()
        let rule = try #require(rules.rules.first { $0.rule.id == "placeholder-text" }?.rule)
        for case .placeholders(let spec, _) in rule.checks { return spec }
        Issue.record("placeholder-text has no placeholders check")
        throw CancellationError()
    }

    /// The placeholders found in `text`, as written.
    static func found(_ text: String, spec: PlaceholderSpec) -> [String] {
        let source = SourceFile(path: "t.md", text: text)
        let lines = source.lines.enumerated().map { Line(number: $0.offset + 1, text: $0.element) }
        return PlaceholderFinder.find(in: lines, spec: spec).map { found in
            spanned(lines[found[0].span.line - 1].text, found, 0..<found.count)
        }
    }

    /// A line, and the placeholders it holds.
    static let placeholders: [(String, [String])] = [
        ("Number of shares purchased: XX shares", ["XX"]),
        ("Number of shares purchased: XXX,XXX shares", ["XXX,XXX"]),
        ("Aggregate cost: ¥X,XXX million", ["X,XXX"]),
        ("Number of shares purchased: [XX] shares", ["[XX]"]),
        ("Number of shares purchased: ＸＸ shares", ["ＸＸ"]),
        ("Purchase method: TBD", ["TBD"]),
        ("Purchase method: tbd", ["tbd"]),
        ("Purchase method: TBC", ["TBC"]),
        ("Purchase method: TBA", ["TBA"]),
        ("Purchase method: 未定", ["未定"]),
        ("Class of shares: [ ]", ["[ ]"]),
        ("Class of shares: []", ["[]"]),
        ("Class of shares: 【　】", ["【　】"]),
        ("Release date: June ●, 2025", ["●"]),
        ("●", ["●"]),
        ("Contact: ○○ Department", ["○○"]),
        ("○○株式会社", ["○○"]),
        ("Number of shares purchased: ___ shares", ["___"]),
        ("Number of shares purchased: _____", ["_____"]),
        ("Resolution date: [insert date]", ["[insert date]"]),
        ("Resolution date: <insert date of the board meeting>", ["<insert date of the board meeting>"]),
        ("Aggregate cost: [TBD] yen", ["[TBD]"]),
        ("Purchase method: ???", ["???"]),
        ("XX shares for ¥XX million, TBD", ["XX", "XX", "TBD"]),
        // Among Japanese punctuation, whose first bytes are those of `【` and `＿` (the symbols
        // are ruled out by their scalar, the placeholders still found).
        ("（注）取得価額の総額：【　】円、取得株式数：○○株。「未定」", ["【　】", "○○", "未定"]),
        ("・取得期間：２０２５年●月●日～（予定）", ["●", "●"]),
    ]

    @Test("finds a placeholder", arguments: placeholders)
    func finds(_ line: String, _ expected: [String]) throws {
        #expect(Self.found(line, spec: try Self.packSpec()) == expected)
    }

    /// Lines with ordinary words and Markdown that must NOT be taken for placeholders.
    static let ordinary: [String] = [
        "XXL Securities acted as broker",
        "Xerox Holdings",
        "Class X shares",
        "The untbdable word",
        "TBDs are listed elsewhere",
        "---",
        "___",
        "***",
        "- - -",
        "| --- | :---: |",
        "|---|---|",
        "● Market purchases on the Tokyo Stock Exchange",
        "  ● Market purchases on the Tokyo Stock Exchange",
        "・ Market purchases",
        "What is the price?",
        "Footnote [1] applies.",
        "Details [see note 2].",
        "snake_case_name",
        "A total of 1,000,000 shares",
        "",
    ]

    @Test("does not flag ordinary text", arguments: ordinary)
    func ignores(_ line: String) throws {
        let found = Self.found(line, spec: try Self.packSpec())
        #expect(found.isEmpty, "\(line.debugDescription) gave \(found)")
    }

    @Test("reports each placeholder with its line")
    func lines() throws {
        let source = SourceFile(path: "t.md", text: "Title\n\nShares: XX\r\nCost: TBD\n")
        let lines = source.lines.enumerated().map { Line(number: $0.offset + 1, text: $0.element) }
        let found = PlaceholderFinder.find(in: lines, spec: try Self.packSpec())
        #expect(found.map { $0.first?.span.line } == [3, 4])
    }

    @Test("finds only what the pack's spec lists")
    func specDriven() throws {
        let pack = try RulePack.load(file: "p.json", text: """
            {"version": 1, "id": "p", "name": "p", "recognize": {"allOf": [["x"]]},
             "sections": [{"id": "s", "name": "s", "scope": "results", "value": "text", "synonyms": ["s"]}],
             "rules": [{"id": "placeholder-text", "severity": "error", "description": "d",
                        "checks": [{"kind": "placeholders", "message": "m", "words": ["pending"]}],
                        "examples": {"triggering": [], "nonTriggering": []}}]}
            """)
        var spec: PlaceholderSpec?
        for case .placeholders(let found, _) in pack.rules[0].checks { spec = found }
        let only = try #require(spec)
        #expect(Self.found("XX TBD [ ] ● ___ [insert date] Pending", spec: only) == ["Pending"])
    }

    @Test("the placeholder-text rule reports a placeholder where it is written")
    func rule() throws {
        let draft = Drafts.clean.replacingFirst("Market purchases on the Tokyo Stock Exchange", with: "TBD")
        let result = Linter(rules: try RuleSet.embedded()).lint(SourceFile(path: "d.md", text: draft))
        let findings = result.diagnostics.filter { $0.rule == "placeholder-text" }
        #expect(findings.count == 1)
        #expect(findings.first?.range.start == DisclintCore.SourceLocation(line: 9, column: 21))
        #expect(findings.first?.range.end == DisclintCore.SourceLocation(line: 9, column: 24))
        #expect(findings.first?.message == "Unresolved placeholder 'TBD'.")
        // A placeholder value is not also an invalid value.
        #expect(!result.diagnostics.contains { $0.rule == "invalid-value" })
    }

    @Test("the clean draft has no placeholder")
    func cleanDraft() throws {
        let result = Linter(rules: try RuleSet.embedded()).lint(SourceFile(path: "d.md", text: Drafts.clean))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }
}
