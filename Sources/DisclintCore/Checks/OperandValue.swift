#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The value of a check's operand in a document, with the tokens that state it.
struct OperandValue {
    enum Value {
        case shares(Decimal)
        case amount(Decimal, Currency?)
        case date(CalendarDate)
    }

    var value: Value
    var tokens: ArraySlice<Token>
    var line: Int

    /// The operand's value in `document`: the first section with its id (for a date stated
    /// several times, the earliest: a mismatch is reported on its own). Nil when it is not
    /// stated or does not read (other rules report that).
    static func resolve(_ operand: Operand, in document: Document) -> OperandValue? {
        // In place: no section is copied, ids are compared on their bytes (most differ in
        // length), and the earliest date is kept as it is found: this runs for every operand of
        // every check of every draft.
        var result: OperandValue?
        let sections = document.sections
        for index in sections.indices where Token.same(sections[index].id, operand.section) {
            guard let value = sections[index].value else { continue }
            let candidate: OperandValue
            switch (value, operand.part) {
            case (.shares(let quantity), .value):
                candidate = OperandValue(value: .shares(quantity.value), tokens: sections[index].valueFocus, line: sections[index].line)
            case (.amount(let amount), .value):
                candidate = OperandValue(value: .amount(amount.value, amount.currency), tokens: sections[index].valueFocus, line: sections[index].line)
            case (.date(let date, _), _) where date.isValid:
                candidate = OperandValue(value: .date(date), tokens: sections[index].valueFocus, line: sections[index].line)
            case (.period(let period), .start) where period.isValid && period.start <= period.end:
                candidate = OperandValue(value: .date(period.start), tokens: sections[index].valueTokens[period.startMention.tokenRange], line: sections[index].line)
            case (.period(let period), .end) where period.isValid && period.start <= period.end:
                candidate = OperandValue(value: .date(period.end), tokens: sections[index].valueTokens[period.endMention.tokenRange], line: sections[index].line)
            default:
                continue
            }
            if let earliest = result {
                // Only dates go on past the first (below): the earliest is kept, the first of equals.
                if case .date(let a) = earliest.value, case .date(let b) = candidate.value, b < a { result = candidate }
            } else {
                result = candidate
            }
            if operand.part != .value || !isDate(candidate) { break }
        }
        return result
    }

    private static func isDate(_ value: OperandValue) -> Bool {
        if case .date = value.value { return true }
        return false
    }
}
