import DisclintCore
import Testing

@Suite("JUnitReporter")
struct JUnitReporterTests {
    static let output = JUnitReporter().report(SampleReport.report)

    @Test("matches its snapshot")
    func snapshot() {
        assertSnapshot(Self.output, named: "JUnitReporter.xml")
    }

    @Test("is well-formed XML: one suite, a test case per draft, with the counts")
    func structure() throws {
        let xml = try ParsedXML(Self.output)
        let suites = xml.all("testsuite")
        #expect(suites.count == 1)
        for counted in [xml.all("testsuites").first, suites.first] {
            #expect(counted?.attributes["tests"] == "3")
            #expect(counted?.attributes["failures"] == "2")
            #expect(counted?.attributes["errors"] == "0")
            #expect(counted?.attributes["skipped"] == "1")
        }
        let cases = xml.all("testcase")
        #expect(cases.map { $0.attributes["name"] } == ["samples/over-cap.md", "notes/dividend.txt", "<stdin>"])
        #expect(cases.map { $0.attributes["classname"] } == ["disclint.tse-buyback-results", "disclint.unknown-kind", "disclint.tse-buyback-results-ja"])
        #expect(cases.map { $0.attributes["file"] } == ["samples/over-cap.md", "notes/dividend.txt", "<stdin>"])
    }

    @Test("a draft with errors fails once: the first error names it, the text lists every finding")
    func failure() throws {
        let xml = try ParsedXML(Self.output)
        let index = try #require(xml.index(of: "testcase", where: ["name": "samples/over-cap.md"]))
        let failures = xml.children(of: index, "failure")
        try #require(failures.count == 1)
        #expect(failures[0].attributes["type"] == "shares-exceed-cap")
        #expect(failures[0].attributes["message"]
                == "line 3, column 32: Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). (and 1 more)")
        #expect(failures[0].text == """
            samples/over-cap.md:1:1: warning: The draft does not state the class of shares purchased (e.g. "Class of shares: Common stock"). [missing-share-class]
            samples/over-cap.md:3:32: error: Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). [shares-exceed-cap]
            samples/over-cap.md:8:30: note: maximum approved here
            samples/over-cap.md:4:20: note: Quotes "x" and a backslash \\ are escaped in JSON; ¥ and 株式 are not. [cost-note]
            samples/over-cap.md:5:21: error: Unresolved placeholder 'TBD'. [placeholder-text]

            """)
    }

    @Test("a draft of no known kind is skipped, not passed")
    func skipped() throws {
        let xml = try ParsedXML(Self.output)
        let index = try #require(xml.index(of: "testcase", where: ["name": "notes/dividend.txt"]))
        #expect(xml.children(of: index, "skipped").count == 1)
        #expect(xml.children(of: index, "failure").isEmpty)
    }

    @Test("findings below --fail-on do not fail a draft; they are in its system-out")
    func failOn() throws {
        let warning = Diagnostic(rule: "missing-share-class", severity: .warning, message: "No class.", range: .line(1))
        let report = LintReport(files: [FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [warning])])
        let passing = try ParsedXML(JUnitReporter(failOn: .error).report(report))
        #expect(passing.all("failure").isEmpty)
        #expect(passing.all("system-out").first?.text == "a.md:1:1: warning: No class. [missing-share-class]\n")
        #expect(passing.all("testsuite").first?.attributes["failures"] == "0")
        let failing = try ParsedXML(JUnitReporter(failOn: .warning).report(report))
        #expect(failing.all("failure").first?.attributes["type"] == "missing-share-class")
        #expect(failing.all("testsuite").first?.attributes["failures"] == "1")
    }

    @Test("a clean draft is a passing, empty test case")
    func clean() throws {
        let report = LintReport(files: [FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [])])
        let output = JUnitReporter().report(report)
        #expect(output.contains("    <testcase name=\"a.md\" classname=\"disclint.k\" file=\"a.md\"/>\n"))
        let xml = try ParsedXML(output)
        #expect(xml.all("testsuite").first?.attributes["failures"] == "0")
    }

    @Test("hostile paths and messages stay well-formed XML")
    func escaping() throws {
        let message = "<script>&\"'\u{1B}[2J\u{0}]]>\r\n\tend"
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: message, range: SampleReport.range(1, 1, 1, 2))
        let report = LintReport(files: [FileResult(source: SourceFile(path: "x\"/><evil a='.md", text: "x"), kind: "k", diagnostics: [diagnostic])])
        let xml = try ParsedXML(JUnitReporter().report(report))
        #expect(xml.all("testcase").first?.attributes["name"] == "x\"/><evil a='.md")
        #expect(xml.all("evil").isEmpty)
        let shown = "<script>&\"'\u{FFFD}[2J\u{FFFD}]]>\r\n\tend"
        #expect(xml.all("failure").first?.attributes["message"] == "line 1, column 1: " + shown, "line breaks survive in attributes")
        #expect(xml.all("failure").first?.text == "x\"/><evil a='.md:1:1: error: \(shown) [r]\n", "and in the failure's text")
    }

    @Test("no files: empty suite, zero counts")
    func empty() throws {
        let xml = try ParsedXML(JUnitReporter().report(LintReport(files: [])))
        #expect(xml.all("testsuite").first?.attributes["tests"] == "0")
        #expect(xml.all("testcase").isEmpty)
    }
}
