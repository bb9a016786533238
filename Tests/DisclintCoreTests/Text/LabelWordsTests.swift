import DisclintCore
import Testing

@Suite("LabelWords")
struct LabelWordsTests {
    @Test("keeps each word once, in order")
    func distinct() {
        let label = LabelWords(["number", "of", "share", "number", "share"])
        #expect(label.words == ["number", "of", "share"])
        #expect(label.count == 3)
    }

    @Test("finds an ASCII word by its bytes, and no word that only starts or ends like it")
    func ascii() {
        let label = LabelWords(["maximum", "number", "share"])
        #expect(label.contains("number", ascii: true))
        #expect(!label.contains("numbers", ascii: true))
        #expect(!label.contains("numb", ascii: true))
        #expect(!label.contains("price", ascii: true))
    }

    @Test("finds a word outside ASCII written in another canonically equivalent form, as a set would")
    func canonical() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let label = LabelWords([decomposed, composed, "株式"])
        #expect(label.count == 2, "the two spellings are one word")
        #expect(label.contains(composed, ascii: false))
        #expect(label.contains("株式", ascii: false))
        #expect(!label.contains("株", ascii: false))
    }

    @Test("finds bytes inside a word of a script without spaces")
    func inside() {
        let label = LabelWords(["取得株式の総数"])
        #expect(label.containsInside(Array("株式".utf8)))
        #expect(!label.containsInside(Array("価額".utf8)))
    }

    @Test("scores a synonym by its content words when the label has them all", arguments: [
        (["number", "of", "share", "purchased"], 3 as Int?),
        (["total", "number", "of", "share", "purchased", "in", "the", "period"], 3),
        (["number", "of", "share"], nil),
        (["aggregate", "cost"], nil),
    ])
    func score(_ words: [String], _ expected: Int?) {
        #expect(Phrase("Number of shares purchased").labelScore(LabelWords(words)) == expected)
    }

    @Test("scores a Japanese synonym by its words inside the label's")
    func japaneseScore() {
        #expect(Phrase("取得株式の総数").labelScore(LabelWords(["1", "取得株式の総数"])) != nil)
        #expect(Phrase("取得価額の総額").labelScore(LabelWords(["取得株式の総数"])) == nil)
    }
}
