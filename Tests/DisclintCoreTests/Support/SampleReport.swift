import DisclintCore

/// A fixed, hand-built report that the reporter snapshots render: findings of each severity,
/// related locations, a file of no known kind, multibyte text, a tab, and a message with
/// characters JSON must escape.
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

        """

    static let japaneseText = """
        自己株式の取得結果に関するお知らせ
        取得した株式の総数　XX株
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
            ])
        let unknown = FileResult(source: SourceFile(path: "notes/dividend.txt", text: "Dividend notice\n"),
                                 kind: nil, diagnostics: [])
        let japanese = FileResult(
            source: SourceFile(path: "<stdin>", text: japaneseText),
            kind: "tse-buyback-results-ja",
            diagnostics: [
                Diagnostic(rule: "placeholder-text", severity: .error, message: "Unresolved placeholder 'XX'.",
                           range: range(2, 11, 2, 13)),
            ])
        return LintReport(files: [overCap, unknown, japanese])
    }
}
