/// Turns a lint report into the text of one output format.
package protocol Reporter: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// The report's text, ending with a newline (or empty).
    func report(_ report: LintReport) -> String
}
