#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A table whose header row names sections and whose rows hold their values, as weekly status
/// reports give daily purchases:
///
///     | Trade date         | Number of shares purchased | Aggregate cost (yen) |
///     | September 29, 2025 | 42,000                     | 97,986,000           |
///     | Total              | 200,000                    | 471,874,200          |
///
/// The values are those of the `Total` row, or of the only row; a table of several rows with no
/// total states no total. A period column gives the period from the first row to the last.
struct ColumnTable {
    struct Column {
        var index: Int
        var definition: SectionDefinition
        var scope: Scope
        var label: [Token]
    }

    var columns: [Column]
    var rows: [(tokens: [Token], cells: [Range<Int>])] = []

    /// The last row, when it is the sum of the rows above it in a column of shares or amounts (a
    /// total row whose `合計` was left out): three rows at least.
    func unlabelledTotal() -> (tokens: [Token], cells: [Range<Int>])? {
        guard rows.count >= 3, let last = rows.last else { return nil }
        for column in columns where column.definition.value == .shares || column.definition.value == .amount {
            func value(_ row: (tokens: [Token], cells: [Range<Int>])) -> Decimal? {
                guard column.index < row.cells.count else { return nil }
                let cell = Array(row.tokens[row.cells[column.index]])
                if column.definition.value == .shares { return QuantityExtractor.quantity(in: cell)?.value }
                return AmountExtractor.amount(in: cell, unit: LabelUnit(label: column.label))?.value
            }
            var sum = Decimal(0)
            for row in rows.dropLast() {
                guard let part = value(row) else { return nil }
                sum += part
            }
            guard let total = value(last), total == sum else { return nil }
            return last
        }
        return nil
    }

    /// Words that open a row of totals.
    static let totalWords: Set<String> = ["total", "totals", "sum", "aggregate", "合計", "計"]

    init(columns: [Column]) { self.columns = columns }

    func sections() -> [Section] {
        let totals = rows.last { row in
            guard let first = row.cells.first, let word = row.tokens[first].first(where: { $0.kind == .word }) else { return false }
            return ColumnTable.totalWords.contains(word.normalized)
        } ?? unlabelledTotal()
        var result: [Section] = []
        // A period column of several rows (one a month, with a total row or not): the period is
        // the first row's start to the last row's end, and each row's own period is read too, so
        // that a row that ends before it starts is found.
        let dataRows = rows.filter { $0.tokens != totals?.tokens }
        for column in columns where column.definition.value == .period && (dataRows.count > 1 || totals != nil) {
            let cells = dataRows.compactMap { row in column.index < row.cells.count ? Array(row.tokens[row.cells[column.index]]) : nil }
            if cells.count == 1, let only = cells.first, !only.isEmpty {
                result.append(Section(definition: column.definition, scope: column.scope, labelTokens: column.label, valueTokens: only, value: nil))
                continue
            }
            guard let first = cells.first, let last = cells.last,
                  let opening = DateRangeExtractor.range(in: first), let closing = DateRangeExtractor.range(in: last) else { continue }
            var end = closing.endMention
            end.tokenRange = (end.tokenRange.lowerBound + first.count)..<(end.tokenRange.upperBound + first.count)
            let period = DateRange(start: opening.start, end: closing.end, basis: opening.basis ?? closing.basis,
                                   startMention: opening.startMention, endMention: end)
            result.append(Section(definition: column.definition, scope: column.scope, labelTokens: column.label,
                                  valueTokens: first + last, value: .period(period)))
            for cell in cells where !cell.isEmpty {
                result.append(Section(definition: column.definition, scope: column.scope, labelTokens: [], valueTokens: cell, value: nil))
            }
        }
        guard let row = totals ?? (rows.count == 1 ? rows[0] : nil) else { return result }
        for column in columns where column.index < row.cells.count {
            // A total row has no single date: a date column is read from the rows (above).
            if totals != nil, column.definition.value == .period || column.definition.value == .date { continue }
            let value = Array(row.tokens[row.cells[column.index]])
            guard !value.isEmpty else { continue }
            result.append(Section(definition: column.definition, scope: column.scope, labelTokens: column.label,
                                  valueTokens: value, value: nil))
        }
        return result
    }
}
