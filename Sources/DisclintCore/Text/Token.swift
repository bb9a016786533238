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
    /// The text as written in the draft.
    package var text: Substring
    /// The text for matching: lower-cased, full-width forms folded to ASCII, and for numbers
    /// the digits alone with a `.` for the decimal point (`2,533` → `2533`).
    package var normalized: String
    /// Where the token is.
    package var span: TextSpan
    /// The word's stem for phrase matching (``Phrase/stem(_:)``); empty for symbols.
    package var stem: String

    package init(kind: Kind, text: Substring, normalized: String, span: TextSpan) {
        self.kind = kind
        self.text = text
        self.normalized = normalized
        self.span = span
        self.stem = kind == .symbol ? "" : Phrase.stem(normalized)
    }

    /// A token whose stem is known (the tokenizer's fast path).
    package init(kind: Kind, text: Substring, normalized: String, span: TextSpan, stem: String) {
        self.kind = kind
        self.text = text
        self.normalized = normalized
        self.span = span
        self.stem = stem
    }

    /// Whether this is the word `word` (compared lower-cased).
    package func isWord(_ word: String) -> Bool { kind == .word && Token.same(normalized, word) }

    /// Whether this is the symbol `symbol`.
    package func isSymbol(_ symbol: String) -> Bool { kind == .symbol && Token.same(normalized, symbol) }

    /// Whether two texts are the same bytes. String `==` compares canonical equivalence, which
    /// for any text outside ASCII (every Japanese token) means normalising both on each call.
    @inline(__always)
    package static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// The number of digits before the decimal point, for numbers.
    package var integerDigits: Int {
        guard kind == .number else { return 0 }
        return normalized.split(separator: ".", maxSplits: 1).first?.count ?? 0
    }
}
