import DisclintCore
import Testing

@Suite("StemShape")
struct StemShapeTests {
    /// Words with every way a stem is made: nothing cut, `'s`, `’s`, a plural `s`, `ies` → `y`,
    /// words that keep their `s`, non-ASCII words, and the empty stems of `'s` and `’s`.
    static let words = [
        "shares", "share", "share's", "shares's", "boss's", "boss", "x's", "ties", "companies", "companies's",
        "company’s", "companies’s", "bus", "basis", "class", "was", "is", "us", "its", "gas", "s", "株's", "株式’s",
        "cafés", "cafés's", "yen", "repurchases", "series", "'s", "’s", "days", "directors", "2533", "1.5", "株式",
        "é's", "a'b’s", "ab'c’s", "sss", "ies", "iess", "aies", "",
    ]

    @Test("makes the stem Phrase.stem makes", arguments: words)
    func stem(_ word: String) {
        let shape = StemShape(of: word)
        #expect(shape.stem(of: word) == Phrase.stem(word))
        // What is cut is at most the word.
        #expect(shape.cut <= word.utf8.count)
        // A word with nothing cut keeps the empty shape, which a token's symbol bits never are.
        #expect((shape.rawValue == 0) == (Phrase.stem(word) == word))
    }

    @Test("reads an ASCII word's bytes as the general path does", arguments: words.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    func ascii(_ word: String) {
        let bytes = Array(word.utf8)
        #expect(bytes.withUnsafeBufferPointer(StemShape.init(ascii:)) == StemShape(of: word))
    }

    @Test("compares a stem in place as the stems compare")
    func same() {
        let stems = Self.words.map(Phrase.stem) + ["compan", "companyy", "y", "shar", "sharex", ""]
        for word in Self.words {
            let shape = StemShape(of: word)
            for stem in stems {
                #expect(shape.same(stem, stemOf: word) == (Phrase.stem(word).utf8.elementsEqual(stem.utf8)),
                        "\(stem.debugDescription) vs the stem of \(word.debugDescription)")
            }
            // The key made from the word's first byte and length is the stem's own.
            #expect(shape.key(ofWordFirst: word.utf8.first ?? 0, count: word.utf8.count) == StemShape.key(of: Phrase.stem(word)),
                    "\(word.debugDescription)")
        }
    }

    @Test("is kept in a token without making it larger")
    func token() {
        let tokens = Tokenizer.tokens(in: "The Company's shares, ¥2,533 and 株式’s (series)."[...], number: 1)
        for token in tokens {
            #expect(token.stem == (token.kind == .symbol ? "" : Phrase.stem(token.normalized)))
            #expect(token.kind != .symbol || token.symbol == token.normalized.unicodeScalars.first)
        }
        #expect(MemoryLayout<Token>.stride == 40)
    }
}
