/// Everything one run found: a result per draft, in path order.
package struct LintReport: Sendable {
    package var files: [FileResult]

    package init(files: [FileResult]) { self.files = files }

    /// How many findings have a severity.
    package func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
    }
}
