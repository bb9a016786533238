import DisclintCore
import Foundation
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    /// A token as the table writes it: kind, text as written, normalized text.
    struct Expected: Sendable, CustomStringConvertible {
        var kind: Token.Kind
        var text: String
        var normalized: String

        var description: String { "\(kind) \(text.debugDescription)→\(normalized.debugDescription)" }

        static func word(_ text: String, _ normalized: String? = nil) -> Expected {
            Expected(kind: .word, text: text, normalized: normalized ?? text.lowercased())
        }
        static func number(_ text: String, _ normalized: String) -> Expected {
            Expected(kind: .number, text: text, normalized: normalized)
        }
        static func symbol(_ text: String, _ normalized: String? = nil) -> Expected {
            Expected(kind: .symbol, text: text, normalized: normalized ?? text)
        }
    }

    static let cases: [(String, [Expected])] = [
        // Thousands groups: one number when every group after a comma has exactly three digits.
        ("2,533,155,000 yen", [.number("2,533,155,000", "2533155000"), .word("yen")]),
        ("819,000 shares", [.number("819,000", "819000"), .word("shares")]),
        // An item number glued to a date is not a decimal: a year follows, or digits of another width.
        ("１．2025年", [.number("１", "1"), .symbol("．", "."), .number("2025", "2025"), .word("年")]),
        ("1.2025年", [.number("1", "1"), .symbol("."), .number("2025", "2025"), .word("年")]),
        ("１．２０２５年", [.number("１", "1"), .symbol("．", "."), .number("２０２５", "2025"), .word("年")]),
        ("０．７２％", [.number("０．７２", "0.72"), .symbol("％", "%")]),
        ("1,000,000", [.number("1,000,000", "1000000")]),
        // The sloppy `September 2,2019` is a day, a comma and a year, not 22,019.
        ("September 2,2019", [.word("September"), .number("2", "2"), .symbol(","), .number("2019", "2019")]),
        // A group of two or four digits ends the number before its comma.
        ("1,23", [.number("1", "1"), .symbol(","), .number("23", "23")]),
        ("1,2345", [.number("1", "1"), .symbol(","), .number("2345", "2345")]),
        ("1,000,00", [.number("1,000", "1000"), .symbol(","), .number("00", "00")]),
        // A first part of more than three digits takes no thousands groups.
        ("1234,567", [.number("1234", "1234"), .symbol(","), .number("567", "567")]),
        // One decimal part.
        ("3.2 billion", [.number("3.2", "3.2"), .word("billion")]),
        ("1,215.50", [.number("1,215.50", "1215.50")]),
        // A full stop after a number is not a decimal point.
        ("in 2007.", [.word("in"), .number("2007", "2007"), .symbol(".")]),
        // Full-width digits, comma and point are folded in `normalized`, kept in `text`.
        ("８１９，０００株", [.number("８１９，０００", "819000"), .word("株")]),
        ("１２．５", [.number("１２．５", "12.5")]),
        ("（注）", [.symbol("（", "("), .word("注"), .symbol("）", ")")]),
        ("ＸＸ", [.word("ＸＸ", "xx")]),
        // Apostrophes inside a word belong to it; quotes around a word do not.
        ("Company's shares", [.word("Company's", "company's"), .word("shares")]),
        ("Company’s", [.word("Company’s", "company’s")]),
        ("'quoted'", [.symbol("'"), .word("quoted"), .symbol("'")]),
        ("shareholders' meeting", [.word("shareholders"), .symbol("'"), .word("meeting")]),
        // Symbols are one character each; white space (including the ideographic space) separates.
        ("¥2,533", [.symbol("¥"), .number("2,533", "2533")]),
        ("US$1", [.word("US", "us"), .symbol("$"), .number("1", "1")]),
        ("a\u{3000}b\tc", [.word("a"), .word("b"), .word("c")]),
        ("3.8%", [.number("3.8", "3.8"), .symbol("%")]),
        ("22nd", [.number("22", "22"), .word("nd")]),
        ("", []),
    ]

    /// Japanese: counters after a number, era names before a year, Japanese and Latin letters apart.
    static let japanese: [(String, [Expected])] = [
        // A scale and a unit after a number are words of their own.
        ("81.9万株", [.number("81.9", "81.9"), .word("万"), .word("株")]),
        ("2,533百万円", [.number("2,533", "2533"), .word("百万"), .word("円")]),
        ("5千万円", [.number("5", "5"), .word("千万"), .word("円")]),
        ("25億5,000万円", [.number("25", "25"), .word("億"), .number("5,000", "5000"), .word("万"), .word("円")]),
        ("100 万株", [.number("100", "100"), .word("万"), .word("株")]),
        ("32億円の範囲内", [.number("32", "32"), .word("億"), .word("円"), .word("の範囲内")]),
        ("819,000株を取得", [.number("819,000", "819000"), .word("株"), .word("を取得")]),
        // Date parts after a number, with the words that follow split off.
        ("5月30日開催の取締役会", [.number("5", "5"), .word("月"), .number("30", "30"), .word("日"), .word("開催の取締役会")]),
        ("14日から", [.number("14", "14"), .word("日"), .word("から")]),
        ("2021 年 11 月2日", [.number("2021", "2021"), .word("年"), .number("11", "11"), .word("月"), .number("2", "2"), .word("日")]),
        // Without a number before it, a word is not split.
        ("株式の総数", [.word("株式の総数")]),
        ("日付", [.word("日付")]),
        ("第165条第2項", [.word("第"), .number("165", "165"), .word("条第"), .number("2", "2"), .word("項")]),
        // An era name before a year, and 元年 after the era.
        ("本日令和7年", [.word("本日"), .word("令和"), .number("7", "7"), .word("年")]),
        ("令和元年5月1日", [.word("令和"), .word("元年"), .number("5", "5"), .word("月"), .number("1", "1"), .word("日")]),
        ("平成 31 年", [.word("平成"), .number("31", "31"), .word("年")]),
        ("令和の時代", [.word("令和の時代")]),
        // Japanese and Latin letters written together are two words.
        ("当社はToSTNeT-3による", [.word("当社は"), .word("ToSTNeT", "tostnet"), .symbol("-"), .number("3", "3"), .word("による")]),
        ("取得日H31.4.30", [.word("取得日"), .word("H", "h"), .number("31", "31"), .symbol("."), .number("4", "4"), .symbol("."), .number("30", "30")]),
        // Letter-spaced labels of PDF text: one word, normalized without the spaces.
        ("取 得 期 間", [.word("取 得 期 間", "取得期間")]),
        ("取\u{3000}得\u{3000}期\u{3000}間", [.word("取\u{3000}得\u{3000}期\u{3000}間", "取得期間")]),
        ("(2) 取 得 期 間：2025年", [.symbol("("), .number("2", "2"), .symbol(")"), .word("取 得 期 間", "取得期間"), .symbol("：", ":"), .number("2025", "2025"), .word("年")]),
        ("株 式 の 取 得 価 額 の 総 額", [.word("株 式 の 取 得 価 額 の 総 額", "株式の取得価額の総額")]),
        // Not joined: two pieces, a piece of two characters, two spaces, a counter after a number, Latin letters.
        ("取 得", [.word("取"), .word("得")]),
        ("取得 期 間", [.word("取得"), .word("期"), .word("間")]),
        ("取  得  期", [.word("取"), .word("得"), .word("期")]),
        ("819,000 株 を 取 得", [.number("819,000", "819000"), .word("株"), .word("を 取 得", "を取得")]),
        ("a b c", [.word("a"), .word("b"), .word("c")]),
        ("5 月 3 日 取", [.number("5", "5"), .word("月"), .number("3", "3"), .word("日"), .word("取")]),
    ]

    @Test("splits Japanese text into words, numbers and symbols", arguments: japanese)
    func tokenizesJapanese(_ input: String, _ expected: [Expected]) {
        tokenizes(input, expected)
    }

    @Test("a letter-spaced label spans its whole run, in characters as written")
    func letterSpacedSpan() throws {
        let line = "２．取 得 期 間　2025年5月14日"
        let found = Tokenizer.tokens(in: line[...], number: 3)
        let label = try #require(found.first { $0.normalized == "取得期間" })
        #expect(String(line[label.span.range(in: line)]) == "取 得 期 間")
        #expect(line.distance(from: line.startIndex, to: label.span.range(in: line).lowerBound) == 2)
        #expect(line.distance(from: line.startIndex, to: label.span.range(in: line).upperBound) == 9)
    }

    /// A pack's Japanese phrase matches inside a longer word and across a letter-spaced label.
    @Test("Japanese phrases still match", arguments: [
        ("取得期間", "２．取 得 期 間", true),
        ("取得期間", "(3) 取得期間", true),
        ("株式の取得価額の総額", "株 式 の 取 得 価 額 の 総 額", true),
        ("取得価額の総額", "株式の取得価額の総額", true),
        ("開催の取締役会", "2025年5月13日開催の取締役会における決議内容", true),
        ("取得し得る株式の総数", "取得し得る株式の総数 1,000,000株（上限）", true),
        ("tostnet", "当社はToSTNeT-3による買付け", true),
        ("取得期間", "取得方法", false),
    ])
    func phrases(_ phrase: String, _ text: String, _ matches: Bool) {
        #expect(Phrase(phrase).occurs(in: Phrase.words(of: tokens(text))) == matches)
    }

    @Test("splits a line into words, numbers and symbols", arguments: cases)
    func tokenizes(_ input: String, _ expected: [Expected]) {
        let actual = tokens(input).map { Expected(kind: $0.kind, text: String(input[$0.span.range(in: input)]), normalized: $0.normalized) }
        #expect(actual.map(\.description) == expected.map(\.description), "input: \(input.debugDescription)")
    }

    /// Strings that must NOT come out as one number.
    @Test("does not glue numbers across a malformed thousands group", arguments: [
        ("September 2,2019", "22019"),
        ("1,2345", "12345"),
        ("1234,567", "1234567"),
        ("2007 - 03 - 22", "20070322"),
        ("12 345", "12345"),
    ])
    func doesNotGlue(_ input: String, _ wrong: String) {
        #expect(!tokens(input).contains { $0.kind == .number && $0.normalized == wrong })
    }

    @Test("records the line number and the exact range of each token")
    func spans() {
        let line = "  Total: ８１９，０００ shares"
        let found = Tokenizer.tokens(in: line[...], number: 7)
        #expect(found.allSatisfy { $0.span.line == 7 })
        #expect(found.map { String(line[$0.span.range(in: line)]) } == ["Total", ":", "８１９，０００", "shares"])
    }

    @Test("survives a 400-digit number as one token")
    func longNumber() {
        let digits = String(repeating: "9", count: 400)
        let found = tokens(digits + " shares")
        #expect(found.count == 2)
        #expect(found.first?.kind == .number)
        #expect(found.first?.normalized == digits)
    }

    /// What a token keeps of its text as written, on both paths (the ASCII path's are compared
    /// with the Unicode path's by `TokenizerASCIIPathTests`).
    static let traitCases: [(String, Token.Traits)] = [
        ("R", [.asciiText, .upperASCII]), ("r", .asciiText), ("Ｒ", .upperFullWidth), ("ｒ", []),
        ("2,533", [.asciiText, .asciiComma]), ("２，５３３", []), ("2533", .asciiText), (",", [.asciiText, .asciiComma]),
        ("Société", .upperASCII), ("株式", []), ("¥", []),
    ]

    @Test("keeps what the text as written says: ASCII, a capital first, an ASCII comma", arguments: traitCases)
    func traits(_ text: String, _ expected: Token.Traits) {
        let found = tokens(text)
        #expect(found.count == 1)
        #expect(found.first?.traits == expected, "\(text)")
    }

    @Test("keeps the first two bytes of the normalized text when they are ASCII", arguments: [
        ("TBD", "tb"), ("x", "x"), ("2,533", "25"), ("1.5", "1."), ("[", "["), ("Ｘ", "x"), ("Ñu", nil), ("tà", nil), ("株式", nil),
    ] as [(String, String?)])
    func asciiPair(_ text: String, _ expected: String?) {
        let found = tokens(text)
        let bytes = expected.map { Array($0.utf8) + [0] }
        #expect(found.first?.asciiPair == bytes.map { UInt16($0[0]) << 7 | UInt16($0[1]) } ?? Token.noPair, "\(text)")
    }

    /// A draft is held as tokens: every byte a token grows by is some ten times the text's size
    /// in memory (a 10 MB line has two million tokens). The pair and the symbol (or stem) fill
    /// padding, and the span is three 32-bit numbers (``TextSpan``).
    @Test("a token is 40 bytes")
    func size() {
        #expect(MemoryLayout<Token>.stride == 40)
    }

    @Test("keeps multibyte words intact")
    func multibyte() {
        let line = "株式 é Société"
        let found = tokens(line)
        #expect(found.map(\.kind) == [.word, .word, .word])
        #expect(found.map { String(line[$0.span.range(in: line)]) } == ["株式", "é", "Société"])
    }

    /// Text from PDFs is often in decomposed form (NFD): `é` as `e` + U+0301, `が` as `か` + U+3099.
    @Test("a combining mark stays in its word")
    func decomposed() {
        let line = "Socie\u{301}te\u{301} \u{304B}\u{3099}"
        let found = tokens(line)
        #expect(found.map(\.kind) == [.word, .word], "\(found.map { String(line[$0.span.range(in: line)]).debugDescription })")
    }
}

@Suite("Tokenizer ASCII fast path")
struct TokenizerASCIIPathTests {
    static let lines: [String] = {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/samples")) ?? []
        var lines: [String] = [
            "2,533,155,000 yen", "September 2,2019", "1,0000", "2007.03.22", "3.2 billion", "1.", "X.XX", "a,b,,c",
            "12,345,67", "1,234.5.6", "It's the Company's", "rock'n'roll",
            // Stems: plurals, possessives, words that keep their s, capitals.
            "Shares SHARES share's shares's boss's x's ties Companies companies's bus basis class was is us Its gas s", "\t\u{0B}tab\u{0C}", "\u{1C}x\u{01}y", "99999999999999999999999999999999999999999",
        ]
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = (try? String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)) ?? ""
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    }()

    /// The byte-level path must give exactly the tokens of the scalar-level one.
    @Test("gives the same tokens as the Unicode path")
    func same() {
        #expect(Self.lines.count > 100)
        for line in Self.lines {
            let fast = Tokenizer.asciiTokens(in: line[...], number: 1)
            let slow = Tokenizer.unicodeTokens(in: line[...], number: 1)
            #expect(fast == slow, "\(line.debugDescription)")
            // `==` leaves out what is derived from the normalized text: the pair made from the bytes.
            #expect(fast?.map(\.asciiPair) == slow.map { Token.asciiPair(of: $0.normalized) }, "\(line.debugDescription)")
            // The stems and the words' keys made from the bytes as the words are read are those
            // made from the tokens.
            #expect(fast?.map(\.stemShape) == slow.map(\.stemShape), "\(line.debugDescription)")
            #expect(fast?.map(\.wordKey) == slow.map(\.wordKey), "\(line.debugDescription)")
            #expect(fast.map { Array(LineWords($0)) } == Phrase.words(of: slow), "\(line.debugDescription)")
            // The summary made as the tokens are read is that of the tokens.
            var summary = LineSummary()
            _ = Tokenizer.asciiTokens(in: line[...], number: 1, summary: &summary)
            #expect(summary == LineSummary(of: slow), "\(line.debugDescription)")
        }
    }

    @Test("leaves a line with a non-ASCII byte to the Unicode path")
    func nonASCII() {
        #expect(Tokenizer.asciiTokens(in: "¥2,533"[...], number: 1) == nil)
    }
}
