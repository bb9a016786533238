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
        // A word's position is its token's index; backwards as forwards.
        let nonSymbols = line.tokens.indices.filter { line.tokens[$0].kind != .symbol }
        #expect(Array(line.words.indices) == nonSymbols)
        #expect(Array(line.words.reversed()) == Phrase.words(of: line.tokens).reversed())
        // The key kept in each token is that of its stem.
        for position in line.words.indices {
            let stem = line.words[position]
            #expect(line.tokens[position].wordKey == StemShape.key(of: stem), "\(stem.debugDescription)")
        }
    }

    @Test("answer a phrase's word as the strings do", arguments: lines)
    func compare(_ text: String) {
        let line = Line(number: 1, text: text[...])
        let strings = Phrase.words(of: line.tokens)
        let candidates = strings + ["share", "company", "shares", "compan", "株式", "株", "x", ""]
        for (index, position) in line.words.indices.enumerated() {
            for stem in candidates {
                #expect(line.words.word(at: position, is: stem, key: StemShape.key(of: stem))
                    == strings.word(at: index, is: stem, key: StemShape.key(of: stem)))
                let bytes = Array(stem.utf8)
                #expect(line.words.word(at: position, contains: bytes) == strings.word(at: index, contains: bytes))
            }
        }
    }

    @Test("find a phrase where the strings find it")
    func phrases() {
        let phrases = ["number of shares", "share acquired", "取得した株式", "company", "trade date", "aggregate cost yen", "株式"].map(Phrase.init)
        for text in Self.lines {
            let line = Line(number: 1, text: text[...])
            let strings = Phrase.words(of: line.tokens)
            // A line's positions are its words' token indices: the end is one past the last
            // word's token, where the strings' is one past the last word.
            let positions = Array(line.words.indices)
            func asWord(_ end: Int?) -> Int? { end.map { end in positions.filter { $0 < end }.count } }
            for phrase in phrases {
                #expect(asWord(phrase.end(in: line.words)) == phrase.end(in: strings), "\(phrase) in \(text)")
                #expect(phrase.end(in: line.words).map { line.tokens[$0 - 1].kind != .symbol } ?? true, "\(phrase) in \(text)")
                #expect(asWord(phrase.end(in: line.words.dropFirst())) == phrase.end(in: strings.dropFirst()), "\(phrase) in \(text)")
                #expect(phrase.starts(line.words) == phrase.starts(strings), "\(phrase) in \(text)")
                #expect(phrase.starts(line.words.dropFirst()) == phrase.starts(strings.dropFirst()), "\(phrase) in \(text)")
            }
        }
    }
}
