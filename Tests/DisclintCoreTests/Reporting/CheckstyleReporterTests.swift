import DisclintCore
import Testing

@Suite("CheckstyleReporter")
struct CheckstyleReporterTests {
    static let output = CheckstyleReporter().report(SampleReport.report)

    @Test("matches its snapshot")
    func snapshot() {
        assertSnapshot(Self.output, named: "CheckstyleReporter.xml")
    }

    @Test("is well-formed XML: a checkstyle 4.3 root, a file per draft, an error per finding")
    func structure() throws {
        #expect(Self.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"))
        #expect(Self.output.hasSuffix("</checkstyle>\n"))
        let xml = try ParsedXML(Self.output)
        #expect(xml.all("checkstyle").first?.attributes["version"] == "4.3")
        #expect(xml.all("file").map { $0.attributes["name"] } == ["samples/over-cap.md", "notes/dividend.txt", "<stdin>"])
        let errors = xml.all("error")
        #expect(errors.count == 5, "suppressed findings are not listed")
        let cap = try #require(errors.first { $0.attributes["source"] == "disclint.shares-exceed-cap" })
        #expect(cap.attributes["line"] == "3")
        #expect(cap.attributes["column"] == "32")
        #expect(cap.attributes["severity"] == "error")
        #expect(cap.attributes["message"] == "Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). (line 8, column 30: maximum approved here)")
        #expect(errors.map { $0.attributes["severity"] } == ["warning", "error", "info", "error", "error"], "a note is info")
        let file = try #require(xml.index(of: "file", where: ["name": "notes/dividend.txt"]))
        #expect(xml.children(of: file, "error").isEmpty)
    }

    @Test("escapes &, <, >, quotes and apostrophes; keeps line breaks; replaces what XML forbids", arguments: [
        ("a & b < c > d \"e\" 'f'", "a & b < c > d \"e\" 'f'"),
        ("line\nbreak\r\nand\ttab", "line\nbreak\r\nand\ttab"),
        ("controls \u{0}\u{1}\u{1B}\u{1F} end", "controls \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} end"),
        ("DEL \u{7F} and C1 \u{85}", "DEL \u{7F} and C1 \u{85}"),
        ("non-characters \u{FFFE}\u{FFFF}", "non-characters \u{FFFD}\u{FFFD}"),
        ("¥2,533 million, 株式, 👍🏽, é", "¥2,533 million, 株式, 👍🏽, é"),
    ])
    func escaping(_ message: String, _ expected: String) throws {
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: message, range: SampleReport.range(1, 1, 1, 2))
        let file = FileResult(source: SourceFile(path: "a&<'\">.md", text: "x"), kind: "k", diagnostics: [diagnostic])
        let output = CheckstyleReporter().report(LintReport(files: [file]))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character in the XML")
        let xml = try ParsedXML(output)
        #expect(xml.all("file").first?.attributes["name"] == "a&<'\">.md")
        #expect(xml.all("error").first?.attributes["message"] == expected)
    }

    @Test("the raw escapes are the five entities and character references")
    func rawEscapes() {
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: "<&>\"'\n", range: SampleReport.range(1, 1, 1, 2))
        let output = CheckstyleReporter().report(LintReport(files: [FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [diagnostic])]))
        #expect(output.contains("message=\"&lt;&amp;&gt;&quot;&apos;&#10;\""))
    }

    @Test("no files: an empty checkstyle element")
    func empty() throws {
        let output = CheckstyleReporter().report(LintReport(files: []))
        #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n")
        _ = try ParsedXML(output)
    }
}
