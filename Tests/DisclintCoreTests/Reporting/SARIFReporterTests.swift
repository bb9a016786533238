import DisclintCore
import Foundation
import Testing

@Suite("SARIFReporter")
struct SARIFReporterTests {
    static let output = SARIFReporter(version: "0.1.0", rules: SampleReport.rules).report(SampleReport.report)

    @Test("matches its snapshot")
    func snapshot() {
        assertSnapshot(Self.output, named: "SARIFReporter.sarif")
    }

    /// The root object, the one run, its driver and its results.
    static func parsed(_ text: String = output) throws -> (root: [String: Any], run: [String: Any], driver: [String: Any], results: [[String: Any]]) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        return (root, runs[0], driver, results)
    }

    @Test("parses as JSON: a SARIF 2.1.0 log with its schema, ending with a newline")
    func version() throws {
        #expect(Self.output.hasSuffix("}\n"))
        let (root, run, _, _) = try Self.parsed()
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test("the driver names disclint and describes every rule of the rule set")
    func driver() throws {
        let (_, _, driver, _) = try Self.parsed()
        #expect(driver["name"] as? String == "disclint")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == "https://github.com/disclint/disclint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["missing-share-class", "shares-exceed-cap", "cost-exceeds-cap", "placeholder-text", "cost-note"])
        let cap = rules[1]
        #expect((cap["shortDescription"] as? [String: String])?["text"] == "More shares were purchased than the board approved.")
        #expect((cap["fullDescription"] as? [String: String])?["text"]
                == "More shares were purchased than the board approved. A purchase over the approved maximum is a breach of the resolution that must be disclosed and explained.")
        #expect((cap["defaultConfiguration"] as? [String: String])?["level"] == "error")
        #expect(((cap["help"] as? [String: String])?["text"] ?? "").contains("disclint explain shares-exceed-cap"))
        #expect((rules[0]["defaultConfiguration"] as? [String: String])?["level"] == "warning")
        #expect((rules[0]["fullDescription"] as? [String: String])?["text"] == "The class of shares is not stated anywhere.",
                "without a rationale the full description is the description")
        #expect(rules[4].keys.sorted() == ["id"], "a rule of no pack (the engine's own) has its id only")
    }

    @Test("every rule of the embedded packs is described, each id once")
    func embeddedRules() throws {
        let rules = try RuleSet.embedded()
        let output = SARIFReporter(version: "0.1.0", rules: rules).report(LintReport(files: []))
        let (_, _, driver, results) = try Self.parsed(output)
        let ids = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(ids) == Set(rules.rules.map(\.rule.id)))
        #expect(ids.count == Set(ids).count)
        #expect(results.isEmpty)
    }

    @Test("a result has ruleId, the matching ruleIndex, level, message and a 1-based region")
    func results() throws {
        let (_, _, driver, results) = try Self.parsed()
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(results.count == 7, "5 findings and 2 suppressed findings")
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Int])
            #expect(region["startLine"]! >= 1 && region["startColumn"]! >= 1)
            #expect(region["endLine"]! >= region["startLine"]!)
        }
        let cap = try #require(results.first { $0["ruleId"] as? String == "shares-exceed-cap" })
        #expect((cap["message"] as? [String: String])?["text"] == "Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares).")
        let location = try #require((cap["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "samples/over-cap.md")
        #expect(location["region"] as? [String: Int] == ["startLine": 3, "startColumn": 32, "endLine": 3, "endColumn": 48])
        let related = try #require((cap["relatedLocations"] as? [[String: Any]])?.first)
        #expect((related["message"] as? [String: String])?["text"] == "maximum approved here")
        let relatedRegion = (related["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(relatedRegion == ["startLine": 8, "startColumn": 30, "endLine": 8, "endColumn": 46])
        #expect(results.first { $0["ruleId"] as? String == "cost-note" }?["level"] as? String == "note")
    }

    @Test("a suppressed finding is a result with an inSource suppression and its justification")
    func suppressed() throws {
        let (_, _, _, results) = try Self.parsed()
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.map { $0["ruleId"] as? String } == ["cost-exceeds-cap", "missing-share-class"])
        let cost = try #require((suppressed[0]["suppressions"] as? [[String: Any]])?.first)
        #expect(cost["kind"] as? String == "inSource")
        #expect(cost["justification"] as? String == "cap raised by the board on 2025-06-02")
        let place = (cost["location"] as? [String: Any])?["physicalLocation"] as? [String: Any]
        #expect((place?["region"] as? [String: Int])?["startLine"] == 9, "the suppression comment's place")
        let unexplained = try #require((suppressed[1]["suppressions"] as? [[String: Any]])?.first)
        #expect(unexplained["kind"] as? String == "inSource")
        #expect(unexplained["justification"] == nil, "no reason: no justification key")
        let unsuppressed = results.filter { $0["suppressions"] == nil }
        #expect(unsuppressed.count == 5)
    }

    @Test("results follow report order within a file, suppressed ones in their place")
    func order() throws {
        let (_, _, _, results) = try Self.parsed()
        #expect(results.map { $0["ruleId"] as? String } == [
            "missing-share-class", "shares-exceed-cap", "cost-exceeds-cap", "cost-note", "placeholder-text",
            "missing-share-class", "placeholder-text",
        ])
    }

    /// disclint counts grapheme clusters; SARIF's nearest unit is code points, so the reporter
    /// converts: `é` written as e + U+0301 is one column for disclint and two code points.
    @Test("columns are converted from grapheme clusters to code points")
    func codePointColumns() throws {
        let source = SourceFile(path: "a.md", text: "Cafe\u{301} 👍🏽 TBD\n")
        // "Café 👍🏽 TBD": TBD starts at cluster 8, code point 10 (é is 2, 👍🏽 is 2).
        let diagnostic = Diagnostic(rule: "placeholder-text", severity: .error, message: "m", range: SampleReport.range(1, 8, 1, 11))
        let output = SARIFReporter(version: "0", rules: SampleReport.rules)
            .report(LintReport(files: [FileResult(source: source, kind: "k", diagnostics: [diagnostic])]))
        let (_, _, _, results) = try Self.parsed(output)
        let region = (results.first?["locations"] as? [[String: Any]])?.first
            .flatMap { ($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] }
        #expect(region == ["startLine": 1, "startColumn": 10, "endLine": 1, "endColumn": 13])
        #expect(SARIFReporter.codePointColumn(20, line: 1, in: source) == 22, "past the end: as far past it")
        #expect(SARIFReporter.codePointColumn(1, line: 9, in: source) == 1)
    }

    @Test("the artifact URI is the path as given, percent-encoded where a URI needs it", arguments: [
        ("samples/over-cap.md", "samples/over-cap.md"),
        ("<stdin>", "%3Cstdin%3E"),
        ("drafts/Q3 results.md", "drafts/Q3%20results.md"),
        ("100%.md", "100%25.md"),
        ("c:x.md", "c%3Ax.md"),
        ("株式.md", "%E6%A0%AA%E5%BC%8F.md"),
    ])
    func uri(_ path: String, _ expected: String) {
        #expect(SARIFReporter.uri(path) == expected)
    }

    @Test("a line 0 or an inverted range still gives a valid region")
    func clamped() throws {
        let diagnostic = Diagnostic(rule: "r", severity: .warning, message: "m", range: SampleReport.range(0, 0, 0, 0))
        let output = SARIFReporter(version: "0", rules: SampleReport.rules)
            .report(LintReport(files: [FileResult(source: SourceFile(path: "a.md", text: ""), kind: "k", diagnostics: [diagnostic])]))
        let (_, _, _, results) = try Self.parsed(output)
        let region = (results.first?["locations"] as? [[String: Any]])?.first
            .flatMap { ($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] }
        #expect(region == ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1])
    }

    @Test("an empty report is still a whole log with the rules")
    func empty() throws {
        let (_, _, driver, results) = try Self.parsed(SARIFReporter(version: "0", rules: SampleReport.rules).report(LintReport(files: [])))
        #expect(results.isEmpty)
        #expect((driver["rules"] as? [Any])?.count == 4)
    }

    @Test("messages with quotes, backslashes and controls stay valid JSON")
    func escaping() throws {
        let message = "Quotes \"x\", a backslash \\, a newline\n, ESC \u{1B} and 株式"
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: message, range: SampleReport.range(1, 1, 1, 2))
        let output = SARIFReporter(version: "0", rules: SampleReport.rules)
            .report(LintReport(files: [FileResult(source: SourceFile(path: "a.md", text: "x"), kind: "k", diagnostics: [diagnostic])]))
        let (_, _, _, results) = try Self.parsed(output)
        #expect((results.first?["message"] as? [String: String])?["text"] == message)
    }
}
