import Foundation
import Testing
@testable import DisclintCore

/// The byte-level tokenizer of lines that are not all ASCII gives exactly the tokens of the
/// scalar-level one it replaced (``ScalarTokenizerReference``): on the samples' lines, on lines
/// written for its edge cases, and on random lines of the characters it treats apart.
@Suite("Tokenizer Unicode path")
struct UnicodeTokenizerTests {
    /// Everything a token says, compared as the two tokenizers make it.
    static func expectSame(_ line: String, _ comment: Comment? = nil) {
        // The line is cut from a longer text, as a draft's lines are: spans count from its start.
        let text = "前の行 first line\n" + line + "\n次"
        let start = text.index(text.startIndex, offsetBy: 15)
        let end = text.index(start, offsetBy: line.count)
        let substring = text[start..<end]
        #expect(substring == line[...])
        let found = Tokenizer.unicodeTokens(in: substring, number: 7)
        let expected = ScalarTokenizerReference.tokens(in: substring, number: 7)
        #expect(found == expected, "\(line.debugDescription)")
        #expect(found.map(\.asciiPair) == expected.map(\.asciiPair), "\(line.debugDescription)")
        #expect(found.map(\.wordKey) == expected.map(\.wordKey), "\(line.debugDescription)")
        #expect(found.map(\.stemShape) == expected.map(\.stemShape), "\(line.debugDescription)")
        #expect(found.map(\.symbol) == expected.map(\.symbol), "\(line.debugDescription)")
        #expect(found.map { Array($0.normalized.utf8) } == expected.map { Array($0.normalized.utf8) }, "\(line.debugDescription)")
        // The filter of the words' scalars made as the tokens are read is the one made from them.
        var scalars = ScalarFilter()
        _ = Tokenizer.unicodeTokens(in: substring, number: 7, scalars: &scalars)
        #expect(scalars == ScalarFilter(wordsOf: expected), "\(line.debugDescription)")
    }

    static let written = [
        // Numbers: full-width, grouped, decimals, dotted dates, points glued to dates, other widths.
        "８１９，０００株", "1,234,567円", "１２，３４５，６７", "3.5％", "３．５％", "2007.03.22", "１．2025年5月13日", "1.２",
        "12,34", "1,234.5.6", "2025年5月30日開催", "81.9万株", "3,200百万円", "1,000千株", "5月", "第3四半期",
        // Eras: before a year, 元年, with spaces, without a year.
        "本日令和7年5月1日", "令和元年5月1日", "平成 31年", "昭和　64年", "令和の時代", "同日平成", "元年",
        // Letter-spaced labels, ASCII and ideographic spaces, runs too short, runs ended by digits.
        "取 得 期 間 ： 2025年", "取　得　期　間", "取 得", "取 得 期1", "株 式 の 総 数", "a 取 得 期 間",
        // Latin in Japanese, apostrophes, marks, full-width letters, kana with voicing marks.
        "当社はToSTNeTで取得", "Company’s 株式", "rock'n'roll 株", "ＸＸ株", "Ｘ年Ｘ月Ｘ日", "か\u{3099}き\u{309A}", "Socie\u{301}te\u{301} 株",
        "ﾃｽﾄ ｶﾀｶﾅ", "「取得期間」【注】（１）※注記：", "\u{FEFF}取得\u{200B}期間", "😀株式𠀋", "ＡＢＣ　ａｂｃ", "〇〇株", "々", "ー",
        // A Latin letter after a number, a symbol after a counter, nothing at all of a word.
        "5000株、2025年", "100株。", "－", "～", "。", "\u{3000}", "é", "l'été", "Ⅲ期",
    ]

    @Test("gives the tokens the scalar-level tokenizer gave, on lines written for its edge cases", arguments: written)
    func writtenLines(_ line: String) {
        Self.expectSame(line)
    }

    @Test("gives the tokens the scalar-level tokenizer gave, on every line of the samples that is not all ASCII")
    func samples() throws {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/samples").sorted()
        var checked = 0
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = try String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.utf8.allSatisfy({ $0 < 0x80 }) {
                Self.expectSame(String(line), "\(name)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The character classes answer most scalars from their value, without the Unicode
    /// properties: for every scalar, the answer is the plain lookup's.
    @Test("tells spaces, marks, letters, kana and kanji as the Unicode properties do, for every scalar")
    func characterClasses() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let space = (value < 0x80 && (value == 0x20 || (0x09...0x0D).contains(value)))
                || (value >= 0x80 && !Tokenizer.isCJK(scalar) && (properties.isWhitespace || value == 0xFEFF || value == 0x200B))
            let mark: Bool
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: mark = value >= 0x80 && (!Tokenizer.isCJK(scalar) || value == 0x3099 || value == 0x309A)
            default: mark = false
            }
            let excluded = [0x3040, 0x30A0, 0x30FB].contains(value) || (0x3097...0x309C).contains(value)
            let letter: Bool
            if value < 0x80 {
                letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            } else if (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value) {
                letter = true
            } else if !excluded && Tokenizer.isCJK(scalar) {
                letter = true
            } else if !excluded && ((0x3000...0x3004).contains(value) || (0x3008...0x3020).contains(value) || (0xFF00...0xFF20).contains(value)) {
                letter = false
            } else {
                letter = properties.isAlphabetic && Tokenizer.digitValue(scalar) == nil
            }
            let kanaOrKanji = Tokenizer.isCJK(scalar) && letter && !mark
            if Tokenizer.isKanaOrKanjiLetter(value) != kanaOrKanji {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): kana or kanji letter \(Tokenizer.isKanaOrKanjiLetter(value))")
            }
            if Tokenizer.isSpace(scalar) != space || Tokenizer.isMark(scalar) != mark || Tokenizer.isLetter(scalar) != letter {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): space \(Tokenizer.isSpace(scalar)), mark \(Tokenizer.isMark(scalar)), letter \(Tokenizer.isLetter(scalar))")
            }
            checked += 1
        }
        #expect(checked == 0x110000 - 0x800)
    }

    /// Random lines of the characters the tokenizer treats apart: digits of both widths, commas
    /// and points of both widths, counters, era names' characters, kana, kanji, spaces of three
    /// kinds, marks, apostrophes, Latin letters, symbols, and scalars of 1 to 4 bytes.
    @Test("gives the tokens the scalar-level tokenizer gave, on 20,000 random lines")
    func random() {
        let alphabet: [String] = [
            "1", "2", "0", "１", "９", ",", "，", ".", "．", "年", "月", "日", "元", "令", "和", "平", "成", "昭", "百", "万", "千",
            "億", "兆", "株", "円", "取", "得", "の", "か", "\u{3099}", "ー", "々", "ｶ", " ", " ", "\u{3000}", "\t", "\u{301}", "'",
            "’", "a", "Z", "é", "Ｘ", "ｘ", "（", "）", "：", "、", "。", "※", "注", "%", "％", "😀", "𠀋", "\u{FEFF}", "\u{200B}", "-",
        ]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            let length = 1 + round % 24
            let line = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            // A line is cut from a draft at its line ends: it holds none.
            Self.expectSame(line)
        }
    }
}
