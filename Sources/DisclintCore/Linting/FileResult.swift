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
    /// need those lines (excerpts, columns, baseline text), nothing else.
    package func compacted() -> FileResult {
        var lines = Set<Int>()
        for diagnostic in diagnostics + suppressed.map(\.diagnostic) {
            lines.insert(diagnostic.range.start.line)
            for related in diagnostic.related { lines.insert(related.range.start.line) }
        }
        for suppressed in suppressed { lines.insert(suppressed.suppression.start.line) }
        return FileResult(source: source.keeping(lines: lines), kind: kind, diagnostics: diagnostics, suppressed: suppressed)
    }
}
