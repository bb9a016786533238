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
        var candidates: [OperandValue] = []
        // In place: a section is copied only if it has the operand's id.
        let sections = document.sections
        for index in sections.indices where sections[index].id == operand.section {
            let section = sections[index]
            guard let value = section.value else { continue }
            switch (value, operand.part) {
            case (.shares(let quantity), .value):
                candidates.append(OperandValue(value: .shares(quantity.value), tokens: section.valueFocus, line: section.line))
            case (.amount(let amount), .value):
                candidates.append(OperandValue(value: .amount(amount.value, amount.currency), tokens: section.valueFocus, line: section.line))
            case (.date(let date, _), _) where date.isValid:
                candidates.append(OperandValue(value: .date(date), tokens: section.valueFocus, line: section.line))
            case (.period(let period), .start) where period.isValid && period.start <= period.end:
                candidates.append(OperandValue(value: .date(period.start), tokens: section.valueTokens[period.startMention.tokenRange], line: section.line))
            case (.period(let period), .end) where period.isValid && period.start <= period.end:
                candidates.append(OperandValue(value: .date(period.end), tokens: section.valueTokens[period.endMention.tokenRange], line: section.line))
            default:
                continue
            }
            if operand.part != .value || !isDate(candidates.last) { break }
        }
        guard let first = candidates.first else { return nil }
        return candidates.dropFirst().reduce(first) { earliest, next in
            if case .date(let a) = earliest.value, case .date(let b) = next.value, b < a { return next }
            return earliest
        }
    }

    private static func isDate(_ value: OperandValue?) -> Bool {
        if case .date? = value?.value { return true }
        return false
    }
}
