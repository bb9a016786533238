import Foundation
import Testing
@testable import DisclintCore

@Suite("SymbolSet")
struct SymbolSetTests {
    static let lines: [String] = {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        var lines = [
            "| Trade date | Number of shares | Aggregate cost (yen) |", "Total number of shares acquired: 1,000 shares",
            "取得期間：2025年5月14日～2025年5月31日", "a | b | c", "10:30 a.m.", "｜取得株数｜819,000株｜", "1. (1) Label: value",
            "z º ú Ú", "", "   ", "...",
        ]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/samples")) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = (try? String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)) ?? ""
            lines += text.split(separator: "\n").map(String.init)
        }
        return lines
    }()

    @Test("has every symbol of a line, and a line keeps its own")
    func contains() {
        for text in Self.lines {
            let line = Line(number: 1, text: text[...])
            #expect(line.symbols == SymbolSet(line.tokens))
            for token in line.tokens where token.kind == .symbol { #expect(line.symbols.mayContain(token.symbol), "\(text)") }
        }
        #expect(!SymbolSet(Tokenizer.tokens(in: "no colon here"[...], number: 1)).mayContain(":"))
    }

    @Test("reads a line's items as reading every token does")
    func itemLines() {
        #expect(Self.lines.count > 100)
        for text in Self.lines {
            let line = Line(number: 1, text: text[...])
            #expect(ItemLine(line.tokens, in: line.text, ascii: line.isASCII, symbols: line.symbols)
                == ItemLine(line.tokens, in: line.text, ascii: line.isASCII), "\(text)")
        }
    }
}
