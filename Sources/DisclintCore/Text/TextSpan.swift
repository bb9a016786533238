/// A piece of one line of a draft, as string indices into that line.
///
/// Spans are what the parser and the extractors pass around; they become a ``SourceRange``
/// (with columns counted in characters) only when a finding is reported.
package struct TextSpan: Hashable, Sendable {
    /// The 1-based line number.
    package var line: Int
    /// Where the span starts and ends in the line.
    package var range: Range<String.Index>

    package init(line: Int, range: Range<String.Index>) {
        self.line = line
        self.range = range
    }
}
