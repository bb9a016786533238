/// What the parser asks of a line before it reads its words: the signature of its words'
/// stems, its symbols and its number of words (``Line/signature``, ``Line/symbols``,
/// ``Line/wordCount``); and whether it has a number, without which it has no date.
///
/// Made as the ASCII tokenizer reads each token (``Tokenizer/asciiTokens(in:number:summary:)``):
/// a second pass over a line's tokens to make it cost a sixtieth of linting an English draft.
package struct LineSummary: Equatable, Sendable {
    package var signature = WordSignature()
    package var symbols = SymbolSet()
    package var wordCount = 0
    /// Whether a token is a number (every date has one: most lines of prose have none).
    package var hasNumber = false

    package init() {}

    /// The summary of tokens already read (a line of another script, a stretch of a line).
    package init(of tokens: [Token]) {
        for index in tokens.indices {
            add(tokens[index])
        }
    }

    /// Counts one more token of the line.
    @inline(__always)
    package mutating func add(_ token: Token) {
        switch token.kind {
        case .symbol:
            symbols.insert(token.symbol)
        case .word:
            wordCount &+= 1
            signature.insert(key: token.wordKey)
        case .number:
            hasNumber = true
            signature.insert(key: token.wordKey)
        }
    }
}
