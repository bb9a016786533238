/// The stemmed words of a line (``Phrase/words(of:)`` of its tokens), read from the tokens in
/// place: each word's stem is its normalized text with the token's ``Token/stemShape`` applied.
///
/// A line kept its words as strings of their own, and making and then dropping a second string
/// for every word of a draft was an eighth of linting it. Here the words are the tokens that are
/// not symbols, and a word's position is its token's index: nothing is made for them, and each
/// token holds its stem's first byte and length (``Token/wordKey``), so that a phrase's word is
/// ruled out for most of a line's words without their text being read.
package struct LineWords: BidirectionalCollection, PhraseWords, Sendable {
    /// The line's tokens.
    package let tokens: [Token]
    /// The index of the first word's token (``endIndex`` if there is none).
    package let startIndex: Int

    /// The words of `tokens`.
    package init(_ tokens: [Token]) {
        self.tokens = tokens
        var first = 0
        while first < tokens.count, tokens[first].kind == .symbol { first += 1 }
        startIndex = first
    }

    /// Past the last token.
    package var endIndex: Int { tokens.count }

    /// The index of the next word's token.
    @inline(__always)
    package func index(after position: Int) -> Int {
        var next = position + 1
        while next < tokens.count, tokens[next].kind == .symbol { next += 1 }
        return next
    }

    /// The index of the word's token before.
    package func index(before position: Int) -> Int {
        var previous = position - 1
        while previous > startIndex, tokens[previous].kind == .symbol { previous -= 1 }
        return previous
    }

    /// The stem of the word whose token is at `position`.
    package subscript(position: Int) -> String { tokens[position].stem }

    /// The first byte and the length of the word at `position`, for a ``WordFilter``.
    @inline(__always)
    package func filterKey(at position: Int) -> (first: UInt8, count: Int) {
        StemShape.firstByteAndCount(ofKey: tokens[position].wordKey)
    }

    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt32) -> Bool {
        guard tokens[position].wordKey == key else { return false }
        return tokens[position].stemShape.same(stem, stemOf: tokens[position].normalized)
    }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool {
        // A word with nothing cut (all but `’s` and plurals) is searched in place.
        guard tokens[position].stemShape.rawValue == 0 else { return ByteSearch.contains(bytes, in: tokens[position].stem) }
        return ByteSearch.contains(bytes, in: tokens[position].normalized)
    }
}

extension Slice: PhraseWords where Base == LineWords {
    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt32) -> Bool { base.word(at: position, is: stem, key: key) }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool { base.word(at: position, contains: bytes) }
}
