import DisclintCore

/// A fixed, hand-built report that the reporter snapshots render: findings of each severity,
/// related locations, a file of no known kind, multibyte text, a tab, a message with
/// characters JSON must escape, and suppressed findings with and without a justification.
enum SampleReport {
    static func location(_ line: Int, _ column: Int) -> DisclintCore.SourceLocation {
        DisclintCore.SourceLocation(line: line, column: column)
    }

    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: location(line, column), end: location(endLine, endColumn))
    }

    static let overCapText = """
        # Results of Share Buyback
        TOKYO, Japan, July 31, 2025
        3. Number of shares purchased: 1,190,000 shares
        \t4. Aggregate cost: ¥2,533 million
        5. Purchase method: TBD

        Note: Resolution of the Board of Directors held on July 1, 2025
        2. Maximum number of shares: 1,000,000 shares
        <!-- disclint-disable-file cost-exceeds-cap -- cap raised by the board on 2025-06-02 -->
        3. Maximum total price: ¥2,000 million

        """

    static let japaneseText = """
        自己株式の取得結果に関するお知らせ
        取得した株式の総数　XX株
        <!-- disclint-disable-file missing-share-class -->
        """

    static var report: LintReport {
        let overCap = FileResult(
            source: SourceFile(path: "samples/over-cap.md", text: overCapText),
            kind: "tse-buyback-results",
            diagnostics: [
                Diagnostic(rule: "missing-share-class", severity: .warning,
                           message: "The draft does not state the class of shares purchased (e.g. \"Class of shares: Common stock\").",
                           range: range(1, 1, 1, 27)),
                Diagnostic(rule: "shares-exceed-cap", severity: .error,
                           message: "Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares).",
                           range: range(3, 32, 3, 48),
                           related: [RelatedLocation(range: range(8, 30, 8, 46), message: "maximum approved here")]),
                Diagnostic(rule: "cost-note", severity: .note,
                           message: "Quotes \"x\" and a backslash \\ are escaped in JSON; ¥ and 株式 are not.",
                           range: range(4, 20, 4, 34)),
                Diagnostic(rule: "placeholder-text", severity: .error,
                           message: "Unresolved placeholder 'TBD'.",
                           range: range(5, 21, 5, 24)),
            ],
            suppressed: [
                SuppressedDiagnostic(
                    diagnostic: Diagnostic(rule: "cost-exceeds-cap", severity: .error,
                                           message: "Aggregate cost (¥2,533 million) exceeds the approved maximum total price (¥2,000 million).",
                                           range: range(4, 20, 4, 34),
                                           related: [RelatedLocation(range: range(10, 25, 10, 39), message: "maximum approved here")]),
                    justification: "cap raised by the board on 2025-06-02",
                    suppression: range(9, 1, 9, 89)),
            ])
        let unknown = FileResult(source: SourceFile(path: "notes/dividend.txt", text: "Dividend notice\n"),
                                 kind: nil, diagnostics: [])
        let japanese = FileResult(
            source: SourceFile(path: "<stdin>", text: japaneseText),
            kind: "tse-buyback-results-ja",
            diagnostics: [
                Diagnostic(rule: "placeholder-text", severity: .error, message: "Unresolved placeholder 'XX'.",
                           range: range(2, 11, 2, 13)),
            ],
            suppressed: [
                SuppressedDiagnostic(
                    diagnostic: Diagnostic(rule: "missing-share-class", severity: .warning,
                                           message: "The draft does not state the class of shares purchased.",
                                           range: range(1, 1, 1, 1)),
                    justification: nil,
                    suppression: range(3, 1, 3, 51)),
            ])
        return LintReport(files: [overCap, unknown, japanese])
    }

    /// A fixed rule set for reporters that describe the rules (SARIF), so that their snapshots do
    /// not change when the real packs in `rules/` do. `cost-note` of the report is in no pack, like
    /// the engine's own findings.
    static var rules: RuleSet {
        let pack = """
            {
              "version": 1,
              "id": "tse-buyback-results",
              "name": "Sample pack",
              "recognize": {"allOf": [["results"], ["buyback"]]},
              "sections": [
                {"id": "shares-purchased", "name": "number of shares purchased", "scope": "results", "value": "shares", "synonyms": ["number of shares"]}
              ],
              "rules": [
                \(rule("missing-share-class", "warning", "The class of shares is not stated anywhere.", nil)),
                \(rule("shares-exceed-cap", "error", "More shares were purchased than the board approved.",
                       "A purchase over the approved maximum is a breach of the resolution that must be disclosed and explained.")),
                \(rule("cost-exceeds-cap", "error", "More was paid than the approved maximum total price.",
                       "Paying more than the board approved breaches the \\\"resolution\\\" (quotes are escaped).")),
                \(rule("placeholder-text", "error", "An unresolved placeholder: XX, TBD, ●, ○○.", "A placeholder published is a false statement."))
              ]
            }
            """
        // The pack above is valid by construction; a failure here is a bug in this helper.
        return try! RuleSet(packs: [RulePack.load(file: "sample.json", text: pack)])
    }

    private static func rule(_ id: String, _ severity: String, _ description: String, _ rationale: String?) -> String {
        let why = rationale.map { ", \"rationale\": \"\($0)\"" } ?? ""
        return """
            {"id": "\(id)", "severity": "\(severity)", "description": "\(description)"\(why),
             "checks": [{"kind": "required", "section": "shares-purchased", "message": "m"}],
             "examples": {"triggering": [], "nonTriggering": []}}
            """
    }
}
