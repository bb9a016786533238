import DisclintCore

/// The tokens of `text`, read as line 1.
func tokens(_ text: String) -> [Token] {
    Tokenizer.tokens(in: text[...], number: 1)
}

/// The text `tokens[range]` of `line` spans, as written (from the first token's start to the
/// last one's end). `line` is the string the tokens were read from, or a slice of it.
func spanned(_ line: Substring, _ tokens: [Token], _ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let first = tokens[range.lowerBound]
    let last = tokens[range.upperBound - 1]
    return String(line[TextSpan.indices(Int(first.span.start)..<Int(last.span.end), in: line)])
}

/// ``spanned(_:_:_:)`` of a whole string.
func spanned(_ line: String, _ tokens: [Token], _ range: Range<Int>) -> String { spanned(line[...], tokens, range) }
