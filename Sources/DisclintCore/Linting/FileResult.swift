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
}
