/// A table whose header row names sections and whose rows hold their values, as weekly status
/// reports give daily purchases:
///
///     | Trade date         | Number of shares purchased | Aggregate cost (yen) |
///     | September 29, 2025 | 42,000                     | 97,986,000           |
///     | Total              | 200,000                    | 471,874,200          |
///
/// The values are those of the `Total` row, or of the only row. A table of several rows with no
/// total states no total, and gives no section.
struct ColumnTable {
    struct Column {
        var index: Int
        var definition: SectionDefinition
        var scope: Scope
        var label: [Token]
    }

    var columns: [Column]
    var rows: [(tokens: [Token], cells: [Range<Int>])] = []

    /// Words that open a row of totals.
    static let totalWords: Set<String> = ["total", "totals", "sum", "aggregate", "合計", "計"]

    init(columns: [Column]) { self.columns = columns }

    func sections() -> [Section] {
        let totals = rows.last { row in
            guard let first = row.cells.first, let word = row.tokens[first].first(where: { $0.kind == .word }) else { return false }
            return ColumnTable.totalWords.contains(word.normalized)
        }
        guard let row = totals ?? (rows.count == 1 ? rows[0] : nil) else { return [] }
        var result: [Section] = []
        for column in columns where column.index < row.cells.count {
            // A total row has no single date: a date column is not read from it.
            if totals != nil, column.definition.value == .period || column.definition.value == .date { continue }
            let value = Array(row.tokens[row.cells[column.index]])
            guard !value.isEmpty else { continue }
            result.append(Section(definition: column.definition, scope: column.scope, labelTokens: column.label,
                                  valueTokens: value, value: nil))
        }
        return result
    }
}
