/// What linting one draft found.
package struct FileResult: Sendable {
    /// The draft, for excerpts in reports.
    package var source: SourceFile
    /// The pack whose kind the draft is; nil when it is of no known kind (and so has no findings).
    package var kind: String?
    /// The findings, in report order.
    package var diagnostics: [Diagnostic]
    /// The findings that in-source suppressions silenced, in report order.
    package var suppressed: [SuppressedDiagnostic]

    package init(source: SourceFile, kind: String?, diagnostics: [Diagnostic], suppressed: [SuppressedDiagnostic] = []) {
        self.source = source
        self.kind = kind
        self.diagnostics = diagnostics
        self.suppressed = suppressed
    }

    package var path: String { source.path }

    /// The result with only the source lines its findings point at, for long runs: reporters
    /// need those lines (excerpts, columns, baseline text), nothing else. Both ends of every
    /// range are kept: a finding over two lines has its excerpt on the first and its end column
    /// counted on the last (SARIF converts it to code points with that line's text).
    package func compacted() -> FileResult {
        var lines = Set<Int>()
        func keep(_ range: SourceRange) {
            lines.insert(range.start.line)
            lines.insert(range.end.line)
        }
        for diagnostic in diagnostics + suppressed.map(\.diagnostic) {
            keep(diagnostic.range)
            for related in diagnostic.related { keep(related.range) }
        }
        for suppressed in suppressed { keep(suppressed.suppression) }
        return FileResult(source: source.keeping(lines: lines), kind: kind, diagnostics: diagnostics, suppressed: suppressed)
    }
}
