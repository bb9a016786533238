import Testing
@testable import DisclintCore

@Suite("Token")
struct TokenTests {
    static func word(_ text: String) -> Token {
        Token(kind: .word, text: text[...], normalized: Tokenizer.fold(text), span: TextSpan(line: 1, offsets: 0..<text.utf8.count))
    }

    /// `hasText` answers as `==` does, for the texts the extractors ask about, on bytes but for a
    /// CJK compatibility ideograph (U+F98E is canonically 年, U+2F8B2 is canonically 成).
    @Test("has a text as == says, a compatibility ideograph included", arguments: [
        ("年", "年", true), ("\u{F98E}", "年", true), ("年度", "年", false), ("月", "年", false), ("\u{F98E}", "月", false),
        ("\u{2F8B2}", "成", true), ("st", "st", true), ("ST", "st", true), ("ｓｔ", "st", true), ("s", "st", false), ("sts", "st", false),
        ("nd", "st", false), ("ｔｈ", "th", true),
    ])
    func hasText(_ written: String, _ text: String, _ expected: Bool) {
        let token = Self.word(written)
        #expect(token.hasText(text) == expected)
        #expect(token.hasText(text) == (token.normalized == text))
    }
}
