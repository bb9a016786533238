import DisclintCore
import Testing

@Suite("LineSummary")
struct LineSummaryTests {
    @Test("counts the words, and holds every word's key and every symbol")
    func summary() {
        let tokens = Tokenizer.tokens(in: "1. Number of shares: 2,746,300 (2.0%) 株式", number: 1)
        let summary = LineSummary(of: tokens)
        #expect(summary.wordCount == 4)
        for token in tokens {
            switch token.kind {
            case .symbol: #expect(summary.symbols.mayContain(token.symbol))
            case .word, .number:
                var one = WordSignature()
                one.insert(key: token.wordKey)
                #expect(summary.signature.covers(one))
            }
        }
        #expect(!summary.symbols.mayContain("|"))
        #expect(LineSummary(of: []) == LineSummary())
    }

    @Test("is what the line keeps, on either path of the tokenizer", arguments: [
        "| Trade date | Number of shares |", "取得期間：2025年5月12日～2025年6月27日", "", "Shares' cost: ¥2,533 million",
    ])
    func line(_ text: String) {
        let line = Line(number: 3, text: text[...])
        let summary = LineSummary(of: line.tokens)
        #expect(line.signature == summary.signature && line.symbols == summary.symbols && line.wordCount == summary.wordCount)
    }
}
