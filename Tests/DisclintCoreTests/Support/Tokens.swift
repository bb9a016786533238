import DisclintCore

/// The tokens of `text`, read as line 1.
func tokens(_ text: String) -> [Token] {
    Tokenizer.tokens(in: text[...], number: 1)
}

/// The text `tokens[range]` spans, as written (from the first token's start to the last one's end).
func spanned(_ tokens: [Token], _ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let first = tokens[range.lowerBound]
    let last = tokens[range.upperBound - 1]
    return String(first.text.base[first.span.range.lowerBound..<last.span.range.upperBound])
}
