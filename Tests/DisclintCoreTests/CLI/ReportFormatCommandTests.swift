import DisclintCore
import Foundation
import Testing

/// `disclint lint --format sarif|github|checkstyle|junit` and `--output FILE`, run in-process.
@Suite("CommandLineTool: CI formats and --output")
struct ReportFormatCommandTests {
    /// The over-cap draft with the finding silenced by a suppression with a reason.
    static let suppressedOverCap = Drafts.overCap.replacingFirst(
        "3. Number of shares purchased",
        with: "<!-- disclint-disable-next-line shares-exceed-cap -- cap raised by the board on 2025-07-20 -->\n3. Number of shares purchased")

    @Test("each format is accepted and selects its reporter", arguments: [
        ("sarif", LintOptions.Format.sarif), ("github", .github), ("checkstyle", .checkstyle), ("junit", .junit),
    ])
    func parses(_ name: String, _ format: LintOptions.Format) throws {
        var options = LintOptions()
        options.paths = ["a.md"]
        options.format = format
        #expect(try ArgumentParser.parse(["--format", name, "a.md"]) == .lint(options))
    }

    @Test("--output FILE and --output=FILE")
    func parsesOutput() throws {
        var options = LintOptions()
        options.paths = ["a.md"]
        options.output = "out.sarif"
        #expect(try ArgumentParser.parse(["--output", "out.sarif", "a.md"]) == .lint(options))
        #expect(try ArgumentParser.parse(["a.md", "--output=out.sarif"]) == .lint(options))
        #expect(LintOptions().output == nil)
        let missing = runTool(["a.md", "--output"])
        #expect(missing.status == .usage)
        #expect(missing.stderr.hasPrefix("Error: Missing value for '--output'\n"))
    }

    @Test("a bad --format value lists every format")
    func badFormat() {
        let result = runTool(["--format", "xml", "a.md"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format' (values: human, json, sarif, github, checkstyle, junit)\n"))
    }

    @Test("--help lists the formats and --output")
    func help() {
        let help = runTool(["--help"]).stdout
        #expect(help.contains("(values: human, json, sarif, github,\n                          checkstyle, junit; default: human)"))
        #expect(help.contains("  --output <file>         Write the report to this file"))
    }

    @Test("--format sarif: a SARIF 2.1.0 log on stdout, every embedded rule described, exit 1")
    func sarif() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(["--format", "sarif", path])
            #expect(result.status == .findings)
            #expect(result.stderr == "1 error, 0 warnings, 0 notes in 1 file\n")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(root["version"] as? String == "2.1.0")
            let run = try #require((root["runs"] as? [[String: Any]])?.first)
            let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
            let ids = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Set(ids) == Set(try RuleSet.embedded().rules.map(\.rule.id)))
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(results.map { $0["ruleId"] as? String } == ["shares-exceed-cap"])
            let location = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: String])?["uri"] == path)
            #expect(location?["region"] as? [String: Int] == ["startLine": 7, "startColumn": 32, "endLine": 7, "endColumn": 48])
        }
    }

    @Test("--format sarif carries a suppressed finding with its justification; it does not fail the run")
    func sarifSuppressed() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Self.suppressedOverCap)
            let result = runTool(["--format", "sarif", path])
            #expect(result.status == .success)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            let suppressed = try #require(results.first { $0["ruleId"] as? String == "shares-exceed-cap" })
            let suppression = try #require((suppressed["suppressions"] as? [[String: Any]])?.first)
            #expect(suppression["kind"] as? String == "inSource")
            #expect(suppression["justification"] as? String == "cap raised by the board on 2025-07-20")
        }
    }

    @Test("--format github: one annotation command per finding")
    func github() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(["--format", "github", path])
            #expect(result.status == .findings)
            #expect(result.stdout.hasPrefix("::error file=\(GitHubReporter.escapedProperty(path)),line=7,col=32,endLine=7,endColumn=48,title=shares-exceed-cap::Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares)."))
            #expect(result.stdout.split(separator: "\n").count == 1)
            #expect(result.stderr == "1 error, 0 warnings, 0 notes in 1 file\n")
            let clean = runTool(["--format", "github", try dir.write("clean.md", Drafts.clean)])
            #expect(clean.status == .success)
            #expect(clean.stdout.isEmpty)
        }
    }

    @Test("--format checkstyle: well-formed Checkstyle XML")
    func checkstyle() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(["--format", "checkstyle", path])
            #expect(result.status == .findings)
            let xml = try ParsedXML(result.stdout)
            #expect(xml.all("file").map { $0.attributes["name"] } == [path])
            #expect(xml.all("error").map { $0.attributes["source"] } == ["disclint.shares-exceed-cap"])
            #expect(xml.all("error").first?.attributes["line"] == "7")
        }
    }

    @Test("--format junit: a failing test case per faulty draft, passing for a clean one; --fail-on applies")
    func junit() throws {
        try withTemporaryDirectory { dir in
            try dir.write("a-clean.md", Drafts.clean)
            try dir.write("b-over-cap.md", Drafts.overCap)
            try dir.write("c-warning.md", Drafts.warningOnly)
            let result = runTool(["--format", "junit", dir.path])
            #expect(result.status == .findings)
            let xml = try ParsedXML(result.stdout)
            let suite = try #require(xml.all("testsuite").first)
            #expect(suite.attributes["tests"] == "3")
            #expect(suite.attributes["failures"] == "1")
            #expect(xml.all("failure").map { $0.attributes["type"] } == ["shares-exceed-cap"])
            let strict = try ParsedXML(runTool(["--format", "junit", "--fail-on", "warning", dir.path]).stdout)
            #expect(strict.all("failure").map { $0.attributes["type"] } == ["shares-exceed-cap", "missing-share-class"])
        }
    }

    @Test("--output writes the report to the file, nothing to stdout, the summary to stderr")
    func output() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            for format in ["sarif", "github", "checkstyle", "junit", "json", "human"] {
                let file = dir.path + "/report.\(format)"
                let expected = runTool(["--format", format, path]).stdout
                let result = runTool(["--format", format, path, "--output", file])
                #expect(result.status == .findings, "\(format)")
                #expect(result.stdout.isEmpty, "\(format)")
                #expect(result.stderr == "1 error, 0 warnings, 0 notes in 1 file\n", "\(format)")
                let written = try String(contentsOfFile: file, encoding: .utf8)
                #expect(written == expected, "\(format)")
            }
        }
    }

    @Test("--output truncates an existing file and writes an empty report as an empty file")
    func outputTruncates() throws {
        try withTemporaryDirectory { dir in
            let clean = try dir.write("clean.md", Drafts.clean)
            let file = try dir.write("report.txt", String(repeating: "old report\n", count: 100))
            let result = runTool(["--format", "github", clean, "--output", file])
            #expect(result.status == .success)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "")
        }
    }

    @Test("--output never colours the human report, even when stdout is a terminal")
    func outputNoColour() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let file = dir.path + "/report.txt"
            _ = runTool([path, "--output", file], console: TestConsole(terminal: true))
            let written = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!written.isEmpty)
            #expect(!written.contains("\u{1B}"))
        }
    }

    @Test("an unwritable --output: Error: cannot write 'FILE': reason, the summary still, exit 2")
    func outputUnwritable() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let missing = dir.path + "/no-such-dir/report.sarif"
            let result = runTool(["--format", "sarif", path, "--output", missing])
            #expect(result.status == .unreadable)
            #expect(result.status.rawValue == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "Error: cannot write '\(missing)': no such file or directory\n1 error, 0 warnings, 0 notes in 1 file\n")
            #expect(!FileManager.default.fileExists(atPath: dir.path + "/no-such-dir"))

            let directory = runTool(["--format", "sarif", path, "--output", dir.path])
            #expect(directory.status == .unreadable)
            #expect(directory.stderr.hasPrefix("Error: cannot write '\(dir.path)': is a directory\n"))
        }
    }

    @Test("a failed --output wins over clean drafts: exit 2, not 0")
    func outputUnwritableClean() throws {
        try withTemporaryDirectory { dir in
            let clean = try dir.write("clean.md", Drafts.clean)
            let result = runTool(["--format", "junit", "-q", clean, "--output", dir.path + "/x/y.xml"])
            #expect(result.status == .unreadable)
            #expect(result.stderr == "Error: cannot write '\(dir.path)/x/y.xml': no such file or directory\n")
        }
    }
}
