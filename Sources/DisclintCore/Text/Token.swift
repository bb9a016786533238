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

    /// What the text as written says beyond ``normalized``, found as the token is read.
    package struct Traits: OptionSet, Hashable, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The text as written is all ASCII.
        package static let asciiText = Traits(rawValue: 1 << 0)
        /// It starts with an ASCII capital, `A`–`Z`.
        package static let upperASCII = Traits(rawValue: 1 << 1)
        /// It starts with a full-width capital, `Ａ`–`Ｚ`.
        package static let upperFullWidth = Traits(rawValue: 1 << 2)
        /// It has an ASCII comma (a number's thousands groups: `2,533`; not `２，５３３`).
        package static let asciiComma = Traits(rawValue: 1 << 3)

        /// The traits of a text as written.
        package init<S: StringProtocol>(of text: S) {
            if let traits = text.utf8.withContiguousStorageIfAvailable(Traits.init(utf8:)) {
                self = traits
            } else {
                self = Array(text.utf8).withUnsafeBufferPointer(Traits.init(utf8:))
            }
        }

        /// The traits of a text's valid UTF-8 bytes: read on bytes alone (a Japanese line's
        /// tokens were read scalar by scalar for these, a twelfth of reading it). The first
        /// scalar is a full-width capital `Ａ`–`Ｚ` (U+FF21–U+FF3A) when its bytes are EF BC A1–BA.
        init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            var traits: Traits = []
            var high: UInt8 = 0
            var comma = false
            for byte in bytes {
                high |= byte
                comma = comma || byte == UInt8(ascii: ",")
            }
            if high < 0x80 { traits.insert(.asciiText) }
            if comma { traits.insert(.asciiComma) }
            if let first = bytes.first {
                if first >= 0x41 && first <= 0x5A { traits.insert(.upperASCII) }
                if first == 0xEF, bytes.count >= 3, bytes[1] == 0xBC, bytes[2] >= 0xA1 && bytes[2] <= 0xBA {
                    traits.insert(.upperFullWidth)
                }
            }
            self = traits
        }

        /// The traits of a symbol written as `scalar` (those of its text, without making one).
        package init(symbol scalar: Unicode.Scalar) {
            self = !scalar.isASCII ? [] : scalar == "," ? [.asciiText, .asciiComma] : .asciiText
        }
    }

    package var kind: Kind
    /// What the text as written says beyond ``normalized``: all a check asks of it. The token
    /// does not keep the text it was read from: a reference to the line's string in every token
    /// cost a reference count each time a token was made, copied or dropped, a tenth of reading
    /// a draft. The text is the line's at ``span`` (``Document/text(of:)``).
    package var traits: Traits
    /// The first two bytes of ``normalized`` as one number, `first << 7 | second` (the second 0
    /// for a text of one byte), when both are ASCII; ``noPair`` otherwise. It fills padding (the
    /// token is no larger), and lets a check that looks at every token of a draft for a few
    /// words (``PlaceholderFinder``) rule most of them out without reading their strings.
    package private(set) var asciiPair: UInt16
    /// For a symbol, the value of its one scalar as folded (``normalized``'s only scalar, or 0 if
    /// it has more); for a word or a number, the shape of its stem (``StemShape``, the low 9
    /// bits) and the stem's key (``wordKey``, the rest). It fills padding after ``kind`` (the
    /// token is no larger). For symbols it makes ``isSymbol(_:)`` (asked of most tokens of every
    /// line: `.`, `|`, `(`) one compare of integers instead of a comparison of strings; for words
    /// it lets a phrase be compared with the word's stem in place (``LineWords``), most words
    /// ruled out by the key alone, without a string made and kept for each word.
    private var payload: UInt32

    /// For a symbol, its one scalar as folded (``normalized``'s only scalar); U+0000 for words and
    /// numbers.
    package var symbol: Unicode.Scalar {
        kind == .symbol ? Unicode.Scalar(payload) ?? "\u{0}" : "\u{0}"
    }

    /// How the stem of a word or number is made from ``normalized`` (nothing cut: the text itself).
    package var stemShape: StemShape {
        kind == .symbol ? StemShape() : StemShape(rawValue: payload & Token.stemBits)
    }

    /// For a word or a number, ``StemShape/key(first:count:)`` of its stem: its first byte and
    /// its length, which a phrase's word must have to be the stem.
    @inline(__always)
    package var wordKey: UInt32 { payload >> 9 }

    private static let stemBits: UInt32 = 0x1FF

    /// The payload of a word or a number: its stem's shape and key.
    private static func wordPayload(_ stem: StemShape, key: UInt32) -> UInt32 { stem.rawValue | key << 9 }
    /// The text for matching: lower-cased, full-width forms folded to ASCII, and for numbers
    /// the digits alone with a `.` for the decimal point (`2,533` → `2533`).
    package private(set) var normalized: String
    /// Where the token is: its line, and its place in the text of that line's string.
    package var span: TextSpan
    /// The word's stem for phrase matching (``Phrase/stem(_:)``); empty for symbols. Made when
    /// asked, not kept: a line's stems are made once as its tokens are read (``Line/words``), and
    /// a third string in every token cost a release each time a token was dropped and a sixth
    /// of the token's size.
    package var stem: String { kind == .symbol ? "" : stemShape.stem(of: normalized) }

    /// A token of `text` (a slice of its line's string) at `span`.
    package init(kind: Kind, text: Substring, normalized: String, span: TextSpan) {
        self.init(kind: kind, traits: Traits(of: text), normalized: normalized, span: span)
    }

    /// A token whose traits are known (the tokenizer's path: no substring is cut).
    package init(kind: Kind, traits: Traits, normalized: String, span: TextSpan) {
        self.init(kind: kind, traits: traits, asciiPair: Token.asciiPair(of: normalized), normalized: normalized, span: span)
    }

    /// A token whose traits and ``asciiPair`` are known (the ASCII tokenizer's path for words:
    /// it has the bytes at hand).
    package init(kind: Kind, traits: Traits, asciiPair: UInt16, normalized: String, span: TextSpan) {
        self.kind = kind
        self.traits = traits
        self.asciiPair = asciiPair
        self.normalized = normalized
        self.span = span
        if kind == .symbol {
            self.payload = Token.symbol(kind, normalized).value
        } else {
            // The stem's shape and key from the text's bytes in one look (most words are read
            // here when they are not ASCII).
            func payload(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
                let stem = StemShape(utf8: bytes)
                return Token.wordPayload(stem, key: stem.key(ofWordFirst: bytes.first ?? 0, count: bytes.count))
            }
            self.payload = normalized.utf8.withContiguousStorageIfAvailable(payload)
                ?? Array(normalized.utf8).withUnsafeBufferPointer(payload)
        }
    }

    /// A word or number whose traits, ``asciiPair``, stem and its key (``wordKey``) are known
    /// (the ASCII tokenizer's path: it has the bytes at hand).
    package init(kind: Kind, traits: Traits, asciiPair: UInt16, normalized: String, stem: StemShape, key: UInt32, span: TextSpan) {
        self.kind = kind
        self.traits = traits
        self.asciiPair = asciiPair
        self.normalized = normalized
        self.span = span
        self.payload = Token.wordPayload(stem, key: key)
    }

    /// A symbol token whose folded scalar is known (the tokenizer's path for symbols).
    package init(symbol: Unicode.Scalar, traits: Traits, normalized: String, span: TextSpan) {
        self.kind = .symbol
        self.traits = traits
        self.asciiPair = symbol.isASCII ? UInt16(symbol.value) << 7 : Token.noPair
        self.normalized = normalized
        self.span = span
        self.payload = symbol.value
    }

    /// ``asciiPair`` of a text that does not start with two ASCII bytes.
    package static let noPair: UInt16 = 0xFFFF

    /// The ``asciiPair`` of a normalized text.
    package static func asciiPair(of text: String) -> UInt16 {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80 else { return noPair }
        let second = bytes.next() ?? 0
        guard second < 0x80 else { return noPair }
        return UInt16(first) << 7 | UInt16(second)
    }

    /// ``symbol`` of a token: the only scalar of a symbol's normalized text, else U+0000 (a
    /// symbol made by hand with more than one scalar is no single symbol either).
    private static func symbol(_ kind: Kind, _ normalized: String) -> Unicode.Scalar {
        guard kind == .symbol else { return "\u{0}" }
        var scalars = normalized.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return "\u{0}" }
        return first
    }

    /// Tokens are equal when all they say is: kind, normalized text, place and what the text as
    /// written says (the stem is made from the normalized text).
    package static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.span == b.span && a.traits == b.traits && a.normalized == b.normalized
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(traits)
        hasher.combine(normalized)
        hasher.combine(span)
    }

    /// Whether the text as written is all ASCII.
    package var textIsASCII: Bool { traits.contains(.asciiText) }

    /// Whether the text as written starts with `A`–`Z` (a capitalised word).
    package var startsUpperCaseASCII: Bool { traits.contains(.upperASCII) }

    /// Whether this is the word `word` (compared lower-cased).
    package func isWord(_ word: String) -> Bool { kind == .word && Token.same(normalized, word) }

    /// Whether the normalized text is `text` as `==` compares strings (canonically), compared on
    /// bytes first, for a `text` of kanji, or of ASCII letters other than `K`: the only texts
    /// canonically equal to such a text with other bytes have a CJK compatibility ideograph
    /// (U+F900–FAFF, U+2F800–2FA1F; UTF-8 lead byte EF or F0), and only such a token is compared
    /// as a string. `==` on a Japanese token normalises both texts on every call. Not for kana:
    /// a voiced kana (`が`) is also written with a combining mark (`か` U+3099), other bytes and
    /// no compatibility ideograph, which this would not find equal.
    package func hasText(_ text: String) -> Bool {
        if Token.same(normalized, text) { return true }
        // An ASCII text has no other spelling; a text of kanji has one only with a
        // compatibility ideograph: EF A4–AB (U+F900–FAFF) or F0 AF (U+2F800–2FA1F).
        guard let lead = text.utf8.first, lead >= 0x80 else { return false }
        // One scalar of three bytes (`年`, `月`: what dates ask) is only itself or one such
        // ideograph, of three or four bytes: any other length is ruled out unscanned (the word
        // after each number of a Japanese draft was scanned byte by byte).
        if lead >= 0xE0, text.utf8.count == 3, normalized.utf8.count != 3, normalized.utf8.count != 4 { return false }
        guard Token.hasCompatibilityIdeograph(normalized) else { return false }
        return normalized == text
    }

    /// Whether a text has a CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F), the one kind
    /// of kanji that is canonically another (U+F98E is 年).
    package static func hasCompatibilityIdeograph(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasCompatibilityIdeograph) ?? Array(text.utf8).withUnsafeBufferPointer(hasCompatibilityIdeograph)
    }

    private static func hasCompatibilityIdeograph(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index], next = bytes[index + 1]
            if (lead == 0xEF && next >= 0xA4 && next <= 0xAB) || (lead == 0xF0 && next == 0xAF) { return true }
            index += 1
        }
        return false
    }

    /// Whether this is the symbol `symbol` (one scalar, compared with the folded ``symbol``:
    /// the same answer as comparing ``normalized`` with it byte for byte).
    @inline(__always)
    package func isSymbol(_ symbol: Unicode.Scalar) -> Bool { kind == .symbol && payload == symbol.value }

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
