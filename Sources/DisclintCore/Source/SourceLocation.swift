/// A position in a draft: a 1-based line and a 1-based column.
///
/// Columns count characters as an editor shows them: one per extended grapheme cluster, so
/// `é`, `株` and `👍🏽` each count one, and a tab counts one.
package struct SourceLocation: Hashable, Comparable, Sendable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
