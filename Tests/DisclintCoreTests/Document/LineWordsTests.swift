import DisclintCore
import Testing

@Suite("LineWords")
struct LineWordsTests {
    static let lines = [
        "The Company's shares were repurchased (series A) on May 1, 2025.",
        "Total number of shares acquired: 1,000,000 shares",
        "取得した株式の総数　普通株式 819,000株", "株式’s companies’s — cafés",
        "| Trade date | Number of shares | Aggregate cost (yen) |", "", "   ", "...",
    ]

    @Test("are the stemmed words of the line's tokens", arguments: lines)
    func words(_ text: String) {
        let line = Line(number: 1, text: text[...])
        #expect(Array(line.words) == Phrase.words(of: line.tokens))
        // Each word points at its token.
        let nonSymbols = line.tokens.indices.filter { line.tokens[$0].kind != .symbol }
        #expect(line.words.indices.map(line.words.tokenIndex(of:)) == nonSymbols)
    }

    @Test("answer a phrase's word as the strings do", arguments: lines)
    func compare(_ text: String) {
        let line = Line(number: 1, text: text[...])
        let strings = Phrase.words(of: line.tokens)
        let candidates = strings + ["share", "company", "shares", "compan", "株式", "株", "x", ""]
        for position in line.words.indices {
            for stem in candidates {
                #expect(line.words.word(at: position, is: stem, key: LineWords.key(of: stem))
                    == strings.word(at: position, is: stem, key: LineWords.key(of: stem)))
                let bytes = Array(stem.utf8)
                #expect(line.words.word(at: position, contains: bytes) == strings.word(at: position, contains: bytes))
            }
        }
    }

    @Test("find a phrase where the strings find it")
    func phrases() {
        let phrases = ["number of shares", "share acquired", "取得した株式", "company", "trade date", "aggregate cost yen", "株式"].map(Phrase.init)
        for text in Self.lines {
            let line = Line(number: 1, text: text[...])
            let strings = Phrase.words(of: line.tokens)
            for phrase in phrases {
                #expect(phrase.end(in: line.words) == phrase.end(in: strings), "\(phrase) in \(text)")
                #expect(phrase.end(in: line.words.dropFirst()) == phrase.end(in: strings.dropFirst()), "\(phrase) in \(text)")
                #expect(phrase.starts(line.words) == phrase.starts(strings), "\(phrase) in \(text)")
            }
        }
    }
}
