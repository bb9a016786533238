import DisclintCore
import Testing

@Suite("GitHubReporter")
struct GitHubReporterTests {
    static let output = GitHubReporter().report(SampleReport.report)

    @Test("matches its snapshot")
    func snapshot() {
        assertSnapshot(Self.output, named: "GitHubReporter.txt")
    }

    @Test("one workflow command per finding, none for suppressed findings or clean files")
    func lines() {
        let lines = Self.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6, "5 findings and the final newline")
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::") })
        #expect(!Self.output.contains("cost-exceeds-cap"), "a suppressed finding is no annotation")
        #expect(!Self.output.contains("dividend"))
    }

    @Test("the command: severity, file, line, col, endLine, endColumn, title, message")
    func command() {
        #expect(Self.output.contains(
            "::error file=samples/over-cap.md,line=3,col=32,endLine=3,endColumn=48,title=shares-exceed-cap"
            + "::Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). (line 8, column 30: maximum approved here)\n"))
        #expect(Self.output.hasPrefix("::warning file=samples/over-cap.md,line=1,col=1,endLine=1,endColumn=27,title=missing-share-class::"))
        #expect(Self.output.contains("::notice file=samples/over-cap.md,line=4,col=20,endLine=4,endColumn=34,title=cost-note::"), "a note is a notice")
        #expect(Self.output.contains("::error file=<stdin>,line=2,col=11,endLine=2,endColumn=13,title=placeholder-text::Unresolved placeholder 'XX'.\n"))
    }

    @Test("the message escapes %, CR and LF, and keeps : and ,")
    func messageEscaping() {
        #expect(GitHubReporter.escapedMessage("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapedMessage("%0A") == "%250A", "% first, so an escape in the text is not decoded")
    }

    @Test("property values also escape : and ,")
    func propertyEscaping() {
        #expect(GitHubReporter.escapedProperty("drafts/a:b,c%d\re\nf.md") == "drafts/a%3Ab%2Cc%25d%0De%0Af.md")
    }

    /// A draft's text reaches messages (quoted numbers, placeholders); a line break in it must
    /// not let the draft start a workflow command of its own (`::add-mask::`, `::set-output`).
    @Test("a hostile message and path stay on one line and cannot inject a command")
    func injection() {
        let diagnostic = Diagnostic(rule: "placeholder-text", severity: .error,
                                    message: "Unresolved placeholder 'x\n::warning::pwned\r\n::stop-commands::t\u{1B}[2J'.",
                                    range: SampleReport.range(1, 1, 1, 2))
        let file = FileResult(source: SourceFile(path: "a,line=9\n::error::x.md", text: "x"), kind: "k", diagnostics: [diagnostic])
        let output = GitHubReporter().report(LintReport(files: [file]))
        #expect(output.split(separator: "\n").count == 1)
        #expect(output == "::error file=a%2Cline=9%0A%3A%3Aerror%3A%3Ax.md,line=1,col=1,endLine=1,endColumn=2,title=placeholder-text"
                + "::Unresolved placeholder 'x%0A::warning::pwned%0D%0A::stop-commands::t\u{FFFD}[2J'.\n")
    }

    @Test("an empty range keeps col = endColumn; a multi-line range keeps its end line")
    func ranges() {
        let missing = Diagnostic(rule: "missing-schedule", severity: .error, message: "m", range: .line(4))
        let period = Diagnostic(rule: "inverted-period", severity: .error, message: "m", range: SampleReport.range(2, 6, 3, 4))
        let output = GitHubReporter().report(LintReport(files: [
            FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [missing, period]),
        ]))
        #expect(output == "::error file=a.md,line=4,col=1,endLine=4,endColumn=1,title=missing-schedule::m\n"
                + "::error file=a.md,line=2,col=6,endLine=3,endColumn=4,title=inverted-period::m\n")
    }

    @Test("no findings, no output")
    func empty() {
        #expect(GitHubReporter().report(LintReport(files: [])).isEmpty)
        let clean = FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [])
        #expect(GitHubReporter().report(LintReport(files: [clean])).isEmpty)
    }
}
