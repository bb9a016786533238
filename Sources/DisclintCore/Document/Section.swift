/// A section found in a draft: its label, its value tokens and what the value reads as.
package struct Section: Sendable {
    /// The pack's definition of the section.
    package var definition: SectionDefinition
    /// The part of the draft it stands in.
    package var scope: Scope
    /// The label as written (empty for sections found by a date or a phrase).
    package var labelTokens: [Token]
    /// The value's tokens, possibly over several lines.
    package var valueTokens: [Token]
    /// The value read as the section's type; nil when it does not read.
    package var value: SectionValue?

    package var id: String { definition.id }

    /// The line the section starts on.
    package var line: Int { (labelTokens.first ?? valueTokens.first)?.span.line ?? 1 }

    /// The tokens a finding about this section's value should point at: the value read, or all
    /// of the value, or the label.
    package var valueFocus: ArraySlice<Token> {
        switch value {
        case .shares(let quantity): return valueTokens[quantity.tokenRange]
        case .amount(let amount): return valueTokens[amount.tokenRange]
        case .period(let range):
            return valueTokens[range.startMention.tokenRange.lowerBound..<range.endMention.tokenRange.upperBound]
        case .date(_, let mention): return valueTokens[mention.tokenRange]
        case .text, .none: return valueTokens.isEmpty ? labelTokens[...] : valueTokens[...]
        }
    }
}
