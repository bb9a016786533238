/// One line of a draft with its tokens.
package struct Line: Sendable {
    /// The 1-based line number.
    package var number: Int
    package var text: Substring
    /// The stems of its words and numbers, in order (``Phrase/words(of:)`` of all its tokens),
    /// read from its tokens.
    package private(set) var words: LineWords
    package var tokens: [Token] { words.tokens }
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
    /// Its words' stem keys, to rule out phrases that cannot occur in it (``Phrase/mayOccur(in:signature:)``).
    package private(set) var signature: WordSignature
    /// Its symbols, to rule out the item structure's `|` and `:` without a look (``ItemLine``).
    package private(set) var symbols: SymbolSet

    package init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        var summary = LineSummary()
        if let ascii = Tokenizer.asciiTokens(in: text, number: number, summary: &summary) {
            self.words = LineWords(ascii)
            self.isASCII = true
            self.scalars = .all
        } else {
            var scalars = ScalarFilter()
            self.words = LineWords(Tokenizer.unicodeTokens(in: text, number: number, scalars: &scalars))
            self.isASCII = false
            self.scalars = scalars
            summary = LineSummary(of: words.tokens)
        }
        (signature, symbols, wordCount) = (summary.signature, summary.symbols, summary.wordCount)
        self.dateMentions = summary.hasNumber ? DateExtractor.mentions(in: words.tokens) : []
    }

    /// A stretch of a line, as its own line for the parser (``LineSegmenter``): the same line
    /// number, and tokens that keep their places in the line.
    package init(number: Int, text: Substring, tokens: [Token], isASCII: Bool) {
        self.number = number
        self.text = text
        self.isASCII = isASCII
        self.words = LineWords(tokens)
        self.scalars = isASCII ? .all : ScalarFilter(wordsOf: tokens)
        let summary = LineSummary(of: tokens)
        (signature, symbols, wordCount) = (summary.signature, summary.symbols, summary.wordCount)
        self.dateMentions = DateExtractor.mentions(in: tokens)
    }

    /// Whether the line has nothing but white space.
    package var isBlank: Bool { tokens.isEmpty }
}
