/// One word, number or symbol of a line.
package struct Token: Hashable, Sendable {
    /// What a token is.
    package enum Kind: Hashable, Sendable {
        /// Letters (with inner apostrophes), e.g. `shares`, `Company's`, `取得`.
        case word
        /// ASCII or full-width digits with `,` thousands groups and one `.` decimal part.
        case number
        /// Any other single character that is not white space, e.g. `(`, `¥`, `–`, `:`.
        case symbol
    }

    package var kind: Kind
    /// For a symbol, its one scalar as folded (``normalized``'s only scalar); U+0000 for words and
    /// numbers. It fills padding after ``kind`` (the token is no larger), and makes
    /// ``isSymbol(_:)`` (asked of most tokens of every line: `.`, `|`, `(`) one compare of
    /// integers instead of a comparison of strings.
    package var symbol: Unicode.Scalar
    /// The whole text the token's line is part of (``TextSpan/range`` indexes it).
    ///
    /// The token keeps the string and its span, and makes ``text`` only when asked: cutting a
    /// substring for every token (bounds and scalar alignment checked) cost more than the rest
    /// of reading an English word.
    package var base: String
    /// The text for matching: lower-cased, full-width forms folded to ASCII, and for numbers
    /// the digits alone with a `.` for the decimal point (`2,533` → `2533`).
    package var normalized: String
    /// Where the token is.
    package var span: TextSpan
    /// The word's stem for phrase matching (``Phrase/stem(_:)``); empty for symbols. Made when
    /// asked, not kept: a line's stems are made once as its tokens are read (``Line/words``), and
    /// a third string in every token cost a release each time a token was dropped and a sixth
    /// of the token's size.
    package var stem: String { kind == .symbol ? "" : Phrase.stem(normalized) }

    /// The text as written in the draft.
    package var text: Substring { base[span.range] }

    package init(kind: Kind, text: Substring, normalized: String, span: TextSpan) {
        self.init(kind: kind, base: text.base, normalized: normalized, span: span)
    }

    /// A token of `base`'s text at `span` (the tokenizer's fastest path: no substring is cut).
    package init(kind: Kind, base: String, normalized: String, span: TextSpan) {
        self.kind = kind
        self.base = base
        self.normalized = normalized
        self.span = span
        self.symbol = Token.symbol(kind, normalized)
    }

    /// A symbol token of `base`'s text at `span` whose folded scalar is known (the tokenizer's
    /// path for symbols).
    package init(symbol: Unicode.Scalar, base: String, normalized: String, span: TextSpan) {
        self.kind = .symbol
        self.base = base
        self.normalized = normalized
        self.span = span
        self.symbol = symbol
    }

    /// ``symbol`` of a token: the only scalar of a symbol's normalized text, else U+0000 (a
    /// symbol made by hand with more than one scalar is no single symbol either).
    private static func symbol(_ kind: Kind, _ normalized: String) -> Unicode.Scalar {
        guard kind == .symbol else { return "\u{0}" }
        var scalars = normalized.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return "\u{0}" }
        return first
    }

    /// Tokens are equal when all they say is: kind, text as written, normalized text and place
    /// (not the rest of the draft they are in; the stem is made from the normalized text).
    package static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.span == b.span && a.normalized == b.normalized && a.text == b.text
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(normalized)
        hasher.combine(span)
    }

    /// Whether the text as written is all ASCII, read in place.
    package var textIsASCII: Bool {
        // On the contiguous bytes by offset: stepping a slice of the string's UTF-8 view checks
        // every index, and cost more than the rest of a line's item structure.
        let utf8 = base.utf8
        let start = utf8.distance(from: utf8.startIndex, to: span.range.lowerBound)
        let end = utf8.distance(from: utf8.startIndex, to: span.range.upperBound)
        return base.utf8.withContiguousStorageIfAvailable { bytes in
            var index = start
            while index < end {
                if bytes[index] >= 0x80 { return false }
                index += 1
            }
            return true
        } ?? base.utf8[span.range].allSatisfy { $0 < 0x80 }
    }

    /// Whether the first byte of the text as written is `A`–`Z` (a capitalised word), read in
    /// place.
    package var startsUpperCaseASCII: Bool {
        guard span.range.lowerBound < span.range.upperBound else { return false }
        let first = base.utf8[span.range.lowerBound]
        return first >= 0x41 && first <= 0x5A
    }

    /// Whether this is the word `word` (compared lower-cased).
    package func isWord(_ word: String) -> Bool { kind == .word && Token.same(normalized, word) }

    /// Whether this is the symbol `symbol` (one scalar, compared with the folded ``symbol``:
    /// the same answer as comparing ``normalized`` with it byte for byte).
    @inline(__always)
    package func isSymbol(_ symbol: Unicode.Scalar) -> Bool { kind == .symbol && self.symbol == symbol }

    /// Whether two texts are the same bytes. String `==` compares canonical equivalence, which
    /// for any text outside ASCII (every Japanese token) means normalising both on each call.
    @inline(__always)
    package static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && sameBytes(a, b)
    }

    /// Whether two texts of the same length are the same bytes, compared on their contiguous
    /// storage (native and small strings have it): the generic `elementsEqual` of two UTF-8
    /// views stepped index by index, and cost a tenth of linting an English draft. Not inlined,
    /// so that the phrase matching that calls it stays small enough to be inlined itself.
    @inline(never)
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let equal = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                var index = 0
                while index < x.count {
                    guard x[index] == y[index] else { return false }
                    index += 1
                }
                return true
            }
        }
        if let equal, let equal { return equal }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The number of digits before the decimal point, for numbers.
    package var integerDigits: Int {
        guard kind == .number else { return 0 }
        return normalized.split(separator: ".", maxSplits: 1).first?.count ?? 0
    }
}
