/// One line of a draft with its tokens.
package struct Line: Sendable {
    /// The 1-based line number.
    package var number: Int
    package var text: Substring
    package var tokens: [Token]
    /// The stems of its words and numbers, in order (``Phrase/words(of:)`` of all its tokens).
    package var words: [String]
    /// The number of word tokens.
    package var wordCount: Int

    package init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        self.tokens = Tokenizer.tokens(in: text, number: number)
        self.words = Phrase.words(of: tokens)
        self.wordCount = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }

    /// Whether the line has nothing but white space.
    package var isBlank: Bool { tokens.isEmpty }
}
