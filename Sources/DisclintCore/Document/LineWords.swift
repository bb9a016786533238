/// The stemmed words of a line (``Phrase/words(of:)`` of its tokens), read from the tokens in
/// place: each word's stem is its normalized text with the token's ``Token/stemShape`` applied.
///
/// A line kept its words as strings of their own, and making and then dropping a second string
/// for every word of a draft was an eighth of linting it. Here a word is the index of its token,
/// with the first byte and the length of its stem beside it (``key(first:count:)``), so that a
/// phrase's word is ruled out for most of a line's words without their text being read.
package struct LineWords: RandomAccessCollection, PhraseWords, Sendable {
    /// The line's tokens.
    package let tokens: [Token]
    /// For each word (each token that is not a symbol), in order: the index of its token (low 32
    /// bits) and the key of its stem (the high 32).
    private let entries: [UInt64]

    /// The words of `tokens`.
    package init(_ tokens: [Token]) {
        self.tokens = tokens
        var entries: [UInt64] = []
        entries.reserveCapacity(tokens.count)
        for index in tokens.indices where tokens[index].kind != .symbol {
            let (first, length) = tokens[index].stemShape.firstByteAndCount(of: tokens[index].normalized)
            entries.append(LineWords.entry(token: index, first: first, count: length))
        }
        self.entries = entries
    }

    /// Words whose entries (``entry(token:first:count:)`` of each) were made as the tokens were
    /// read (``Tokenizer/asciiWords(in:number:)``).
    init(tokens: [Token], entries: [UInt64]) {
        self.tokens = tokens
        self.entries = entries
    }

    /// The entry of a word: the index of its token, and the key of its stem.
    @inline(__always)
    static func entry(token index: Int, first: UInt8, count: Int) -> UInt64 {
        key(first: first, count: count) | UInt64(truncatingIfNeeded: index)
    }

    /// The key of a stem whose first byte is `first` and whose length is `count` bytes, in the
    /// high 32 bits (the first byte, then the length, capped).
    @inline(__always)
    package static func key(first: UInt8, count: Int) -> UInt64 {
        UInt64(first) << 32 | UInt64(Swift.min(count, 0xFF_FFFF)) << 40
    }

    /// The key of a phrase's word (``key(first:count:)`` of its bytes).
    package static func key(of stem: String) -> UInt64 {
        let utf8 = stem.utf8
        return key(first: utf8.first ?? 0, count: utf8.count)
    }

    package typealias Indices = Range<Int>

    package var startIndex: Int { 0 }
    package var endIndex: Int { entries.count }
    package var indices: Range<Int> { 0..<entries.count }

    /// The stem of the word at `position`.
    package subscript(position: Int) -> String { tokens[tokenIndex(of: position)].stem }

    /// The index in ``tokens`` of the word at `position`.
    @inline(__always)
    package func tokenIndex(of position: Int) -> Int { Int(truncatingIfNeeded: entries[position] & 0xFFFF_FFFF) }

    /// The first byte and the length of the word at `position`, for a ``WordFilter``.
    @inline(__always)
    package func filterKey(at position: Int) -> (first: UInt8, count: Int) {
        let entry = entries[position]
        return (UInt8(truncatingIfNeeded: entry >> 32), Int(truncatingIfNeeded: entry >> 40))
    }

    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt64) -> Bool {
        let entry = entries[position]
        guard entry & 0xFFFF_FFFF_0000_0000 == key else { return false }
        let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
        return tokens[index].stemShape.same(stem, stemOf: tokens[index].normalized)
    }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool {
        let index = tokenIndex(of: position)
        // A word with nothing cut (all but `’s` and plurals) is searched in place.
        guard tokens[index].stemShape.rawValue == 0 else { return ByteSearch.contains(bytes, in: tokens[index].stem) }
        return ByteSearch.contains(bytes, in: tokens[index].normalized)
    }
}

extension Slice: PhraseWords where Base == LineWords {
    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt64) -> Bool { base.word(at: position, is: stem, key: key) }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool { base.word(at: position, contains: bytes) }
}
