/// A range of a draft: from ``start`` up to, not including, ``end``.
package struct SourceRange: Hashable, Comparable, Sendable {
    package var start: SourceLocation
    package var end: SourceLocation

    package init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The start of a line, for findings about something missing.
    package static func line(_ line: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 1))
    }

    package static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
