/// One line of a draft with its tokens.
package struct Line: Sendable {
    /// The 1-based line number.
    package var number: Int
    package var text: Substring
    package private(set) var tokens: [Token]
    /// The stems of its words and numbers, in order (``Phrase/words(of:)`` of all its tokens).
    package private(set) var words: [String]
    /// The dates written in it (``DateExtractor/mentions(in:)`` of its tokens), found once: the
    /// parser's dates in context and the check of dates that do not exist both read every line's.
    package private(set) var dateMentions: [DateMention]
    /// The number of word tokens.
    package var wordCount: Int
    /// Whether the line is all ASCII (so no phrase of a script without spaces can be in it).
    package var isASCII: Bool
    /// The scalars of its words, to rule out phrases that cannot occur in it (``Phrase/mayOccur(in:)``);
    /// ``ScalarFilter/all`` for a line of ASCII, whose words the part index rules out by their first.
    package private(set) var scalars: ScalarFilter

    package init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        if let (tokens, words) = Tokenizer.asciiTokensAndWords(in: text, number: number, words: true) {
            self.tokens = tokens
            self.words = words
            self.isASCII = true
            self.scalars = .all
        } else {
            self.tokens = Tokenizer.unicodeTokens(in: text, number: number)
            self.words = Phrase.words(of: tokens)
            self.isASCII = false
            self.scalars = ScalarFilter(words)
        }
        self.dateMentions = DateExtractor.mentions(in: tokens)
        self.wordCount = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }

    /// A stretch of a line, as its own line for the parser (``LineSegmenter``): the same line
    /// number, and tokens that keep their places in the line.
    package init(number: Int, text: Substring, tokens: [Token], isASCII: Bool) {
        self.number = number
        self.text = text
        self.tokens = tokens
        self.isASCII = isASCII
        self.words = Phrase.words(of: tokens)
        self.scalars = isASCII ? .all : ScalarFilter(words)
        self.dateMentions = DateExtractor.mentions(in: tokens)
        self.wordCount = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }

    /// Whether the line has nothing but white space.
    package var isBlank: Bool { tokens.isEmpty }
}
