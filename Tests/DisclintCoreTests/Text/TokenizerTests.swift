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

    @Test("splits a line into words, numbers and symbols", arguments: cases)
    func tokenizes(_ input: String, _ expected: [Expected]) {
        let actual = tokens(input).map { Expected(kind: $0.kind, text: String($0.text), normalized: $0.normalized) }
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
        #expect(found.map { String(line[$0.span.range]) } == ["Total", ":", "８１９，０００", "shares"])
    }

    @Test("survives a 400-digit number as one token")
    func longNumber() {
        let digits = String(repeating: "9", count: 400)
        let found = tokens(digits + " shares")
        #expect(found.count == 2)
        #expect(found.first?.kind == .number)
        #expect(found.first?.normalized == digits)
    }

    @Test("keeps multibyte words intact")
    func multibyte() {
        let found = tokens("株式 é Société")
        #expect(found.map(\.kind) == [.word, .word, .word])
        #expect(found.map { String($0.text) } == ["株式", "é", "Société"])
    }

    /// Text from PDFs is often in decomposed form (NFD): `é` as `e` + U+0301, `が` as `か` + U+3099.
    @Test("a combining mark stays in its word")
    func decomposed() {
        let found = tokens("Socie\u{301}te\u{301} \u{304B}\u{3099}")
        #expect(found.map(\.kind) == [.word, .word], "\(found.map { String($0.text).debugDescription })")
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
        }
    }

    @Test("leaves a line with a non-ASCII byte to the Unicode path")
    func nonASCII() {
        #expect(Tokenizer.asciiTokens(in: "¥2,533"[...], number: 1) == nil)
    }
}
