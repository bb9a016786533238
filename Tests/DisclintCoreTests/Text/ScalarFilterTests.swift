import DisclintCore
import Testing

@Suite("ScalarFilter")
struct ScalarFilterTests {
    /// The filter may only rule out a phrase that does not occur: every phrase found in a line's
    /// words (whole or inside a Japanese word) passes it.
    @Test("passes every phrase that occurs in a line")
    func passesOccurringPhrases() {
        let lines = ["自己株式の取得状況に関するお知らせ", "取得期間　2025年5月14日～2025年6月13日", "（ご参考）累計取得株式数",
                     "Ｔｏｋｙｏ 証券取引所における市場買付け", "shares purchased 819,000 yen"]
        let phrases = ["自己株式", "取得", "ご参考", "証券取引所", "市場買付", "tokyo", "share", "819000", "株式の取得状況"]
        for text in lines {
            let line = Line(number: 1, text: text[...])
            for text in phrases {
                let phrase = Phrase(text)
                if phrase.occurs(in: line.words) {
                    #expect(phrase.mayOccur(in: line.scalars), "\(text) in \(line.text)")
                }
            }
        }
    }

    @Test("is the same made from a line's tokens or from its stemmed words")
    func fromTokens() {
        for text in ["自己株式の取得状況に関するお知らせ", "株式’s companies’s — cafés", "取得期間：2025年5月14日", "The Company's shares", ""] {
            let tokens = Tokenizer.tokens(in: text[...], number: 1)
            #expect(ScalarFilter(wordsOf: tokens) == ScalarFilter(Phrase.words(of: tokens)), "\(text)")
        }
    }

    @Test("rules out a phrase with a scalar the line lacks")
    func rulesOut() {
        let line = Line(number: 1, text: "自己株式の取得状況に関するお知らせ"[...])
        #expect(Phrase("自己株式").mayOccur(in: line.scalars))
        #expect(!Phrase("累計").mayOccur(in: line.scalars))
        #expect(Phrase("累計").mayOccur(in: .all))
    }
}
