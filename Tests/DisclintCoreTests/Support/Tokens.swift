import DisclintCore

/// The tokens of `text`, read as line 1.
func tokens(_ text: String) -> [Token] {
    Tokenizer.tokens(in: text[...], number: 1)
}

/// The text `tokens[range]` of `line` spans, as written (from the first token's start to the
/// last one's end). `line` is the string the tokens were read from, or a slice of it.
func spanned<S: StringProtocol>(_ line: S, _ tokens: [Token], _ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let first = tokens[range.lowerBound]
    let last = tokens[range.upperBound - 1]
    return String(line[first.span.range.lowerBound..<last.span.range.upperBound])
}
