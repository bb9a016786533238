import DisclintCore
import Testing

@Suite("HumanReporter")
struct HumanReporterTests {
    static let plain = HumanReporter(color: false).report(SampleReport.report)
    static let colored = HumanReporter(color: true).report(SampleReport.report)

    @Test("matches its snapshot (colour off)")
    func snapshot() {
        assertSnapshot(Self.plain, named: "HumanReporter.txt")
    }

    @Test("uses colour codes only when colour is on")
    func colour() {
        #expect(!Self.plain.contains("\u{1B}"))
        #expect(Self.colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(Self.colored.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(Self.colored.contains("\u{1B}[1;36mnote\u{1B}[0m"))
    }

    @Test("colour changes nothing but the colour codes")
    func colourOnlyAddsCodes() {
        #expect(Self.stripANSI(Self.colored) == Self.plain)
    }

    @Test("a report without findings is empty")
    func empty() {
        #expect(HumanReporter(color: true).report(LintReport(files: [])).isEmpty)
        let clean = FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [])
        #expect(HumanReporter(color: false).report(LintReport(files: [clean])).isEmpty)
    }

    @Test("the header line is path:line:col: severity: message [rule]")
    func header() {
        #expect(Self.plain.hasPrefix("samples/over-cap.md:1:1: warning: The draft does not state the class of shares purchased"))
        #expect(Self.plain.contains("\nsamples/over-cap.md:3:32: error: Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). [shares-exceed-cap]\n"))
        #expect(Self.plain.contains("\nsamples/over-cap.md:8:30: note: maximum approved here\n"))
    }

    @Test("the excerpt underlines the range under the text")
    func excerpt() {
        let source = SourceFile(path: "a.md", text: "3. Number of shares purchased: 1,190,000 shares\n")
        let text = Self.excerpt(source, SampleReport.range(1, 32, 1, 48))
        #expect(text == " 1 | 3. Number of shares purchased: 1,190,000 shares\n   |                                ^~~~~~~~~~~~~~~~\n")
    }

    @Test("a tab counts one column and shows as a space")
    func tab() {
        let source = SourceFile(path: "a.md", text: "\tCost: TBD\n")
        let text = Self.excerpt(source, SampleReport.range(1, 8, 1, 11))
        #expect(text == " 1 |  Cost: TBD\n   |        ^~~\n")
    }

    @Test("multibyte characters count one column each in the header")
    func multibyteHeader() {
        #expect(Self.plain.contains("\n<stdin>:2:11: error: Unresolved placeholder 'XX'. [placeholder-text]\n"))
    }

    /// The underline must stay under the text as a terminal shows it: a CJK character or a
    /// full-width space takes two cells (East Asian Width W/F), so the padding before the caret
    /// must be as wide as the text before the range.
    @Test("the underline stays under wide (CJK) characters")
    func wideCharacters() {
        let source = SourceFile(path: "a.md", text: "株式の総数　XX株\n")
        let text = Self.excerpt(source, SampleReport.range(1, 7, 1, 9))
        let lines = text.split(separator: "\n").map(String.init)
        let textBefore = lines.first.map { String($0.prefix(" 1 | ".count + 6)) } ?? ""
        let padBefore = lines.count > 1 ? String(lines[1].prefix { $0 != "^" }) : ""
        #expect(Self.displayWidth(padBefore) == Self.displayWidth(textBefore), "\(text)")
    }

    /// A draft is untrusted input: bytes such as ESC must not reach the terminal raw, or a draft
    /// can rewrite the screen (clear it, hide findings, set the window title).
    @Test("control characters from the draft are not written raw")
    func controlCharacters() {
        let source = SourceFile(path: "a.md", text: "Method: \u{1B}[2J\u{1B}]0;pwned\u{7} TBD\n")
        let diagnostic = Diagnostic(rule: "placeholder-text", severity: .error, message: "Unresolved placeholder 'TBD'.",
                                    range: SampleReport.range(1, 21, 1, 24))
        let text = HumanReporter(color: false).report(LintReport(files: [FileResult(source: source, kind: "k", diagnostics: [diagnostic])]))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(text.debugDescription)")
    }

    @Test("control characters in a path, a message or a rule id are shown escaped, on one line")
    func controlCharactersInFields() {
        let source = SourceFile(path: "a\u{1B}[2J.md", text: "x\n")
        let diagnostic = Diagnostic(rule: "rule\u{9B}31m", severity: .note, message: "No contact\u{1B}]0;pwned\u{7}\nhere.",
                                    range: SampleReport.range(1, 1, 1, 2),
                                    related: [RelatedLocation(range: SampleReport.range(1, 1, 1, 2), message: "see\u{202E} here")])
        let text = HumanReporter(color: true).report(LintReport(files: [FileResult(source: source, kind: "k", diagnostics: [diagnostic])]))
        #expect(Self.stripANSI(text) == """
            a\\u{1B}[2J.md:1:1: note: No contact\\u{1B}]0;pwned\\u{7}\\u{A}here. [rule\\u{9B}31m]
             1 | x
               | ^
            a\\u{1B}[2J.md:1:1: note: see\\u{202E} here
             1 | x
               | ^

            """)
    }

    /// Terminal cells a string takes: two for East Asian wide and full-width characters.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 2 : 1)
        }
    }

    @Test("a finding about something missing gets one caret")
    func emptyRange() {
        let source = SourceFile(path: "a.md", text: "Title\n")
        let text = Self.excerpt(source, SampleReport.range(1, 1, 1, 1))
        #expect(text == " 1 | Title\n   | ^\n")
    }

    @Test("a range past the end of the line stays under the line")
    func pastEnd() {
        let source = SourceFile(path: "a.md", text: "abc\n")
        let text = Self.excerpt(source, SampleReport.range(1, 9, 1, 20))
        #expect(text == " 1 | abc\n   |    ^\n")
    }

    @Test("a range over several lines is underlined to the end of its first line")
    func multiLine() {
        let source = SourceFile(path: "a.md", text: "From June 3, 2025\nto June 27, 2025\n")
        let text = Self.excerpt(source, SampleReport.range(1, 6, 2, 17))
        #expect(text == " 1 | From June 3, 2025\n   |      ^~~~~~~~~~~~\n")
    }

    @Test("a very long line is cut")
    func longLine() {
        let source = SourceFile(path: "a.md", text: String(repeating: "a", count: 1000) + "\n")
        let text = Self.excerpt(source, SampleReport.range(1, 1, 1, 2))
        let first = text.split(separator: "\n").first ?? ""
        #expect(first.hasSuffix("…"))
        #expect(first.count < 320)
    }

    /// The excerpt the reporter prints under a finding at `range` of `source`.
    static func excerpt(_ source: SourceFile, _ range: SourceRange) -> String {
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: "m", range: range)
        let report = LintReport(files: [FileResult(source: source, kind: "k", diagnostics: [diagnostic])])
        let text = HumanReporter(color: false).report(report)
        let header = "\(source.path):\(range.start.line):\(range.start.column): error: m [r]\n"
        #expect(text.hasPrefix(header))
        return String(text.dropFirst(header.count))
    }

    static func stripANSI(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                while let next = iterator.next(), next != "m" {}
                continue
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The excerpt of a line as a character-by-character reading shows it: a tab as a space, a
    /// control character as U+FFFD, two cells for a kanji; the first 300 characters and `…`.
    static func reference(_ line: String) -> (text: String, cells: [Int]) {
        let shown = line.prefix(HumanReporter.excerptLength).map { (character: Character) -> Character in
            if character == "\t" { return " " }
            return character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } ? "\u{FFFD}" : character
        }
        let cells = shown.map { $0.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) ? 2 : 1 } ?? 0 }
        return (String(shown) + (line.count > HumanReporter.excerptLength ? "…" : ""), cells)
    }

    @Test("shows a line as read character by character, from its bytes when it is printable ASCII", arguments: [
        "", "Purchase period: May 12, 2025", "a\tb\t\tc", String(repeating: "x", count: 300),
        String(repeating: "Ab1 ", count: 90), "Tokyo\u{1B}[2J", "取得\t株式", "café\tx", "\u{7F}del",
    ])
    func shown(_ line: String) {
        let shown = HumanReporter.shown(line[...])
        let expected = Self.reference(line)
        #expect(shown.text == expected.text)
        #expect(shown.cells == expected.cells)
    }
}
