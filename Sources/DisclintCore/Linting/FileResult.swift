/// What linting one draft found.
package struct FileResult: Sendable {
    /// The draft, for excerpts in reports.
    package var source: SourceFile
    /// The pack whose kind the draft is; nil when it is of no known kind (and so has no findings).
    package var kind: String?
    /// The findings, in report order.
    package var diagnostics: [Diagnostic]

    package init(source: SourceFile, kind: String?, diagnostics: [Diagnostic]) {
        self.source = source
        self.kind = kind
        self.diagnostics = diagnostics
    }

    package var path: String { source.path }
}
