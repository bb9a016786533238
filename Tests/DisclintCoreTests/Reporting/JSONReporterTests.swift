import DisclintCore
import Foundation
import Testing

@Suite("JSONReporter")
struct JSONReporterTests {
    static let output = JSONReporter(version: "0.1.0").report(SampleReport.report)

    @Test("matches its snapshot")
    func snapshot() {
        assertSnapshot(Self.output, named: "JSONReporter.json")
    }

    @Test("is one JSON object, ending with a newline")
    func parses() throws {
        #expect(Self.output.hasSuffix("}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(Self.output.utf8))
        #expect(object is [String: Any])
    }

    @Test("has exactly the keys of the output contract")
    func keys() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Self.output.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["tool", "files", "summary"])
        let tool = try #require(root["tool"] as? [String: Any])
        #expect(Set(tool.keys) == ["name", "version"])
        #expect(tool["name"] as? String == "disclint")
        #expect(tool["version"] as? String == "0.1.0")
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.count == 3)
        for file in files {
            #expect(Set(file.keys) == ["path", "kind", "diagnostics"])
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            for diagnostic in diagnostics {
                let required: Set<String> = ["rule", "severity", "message", "line", "column", "endLine", "endColumn"]
                #expect(Set(diagnostic.keys) == required || Set(diagnostic.keys) == required.union(["related"]))
                #expect(["error", "warning", "note"].contains(diagnostic["severity"] as? String ?? ""))
                for key in ["line", "column", "endLine", "endColumn"] {
                    #expect((diagnostic[key] as? Int ?? 0) >= 1, "\(key) must be a 1-based number")
                }
                if let related = diagnostic["related"] {
                    let items = try #require(related as? [[String: Any]])
                    #expect(!items.isEmpty)
                    for item in items { #expect(Set(item.keys) == ["line", "column", "message"]) }
                }
            }
        }
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(Set(summary.keys) == ["files", "errors", "warnings", "notes"])
    }

    @Test("states the values of the report")
    func values() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Self.output.utf8)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["samples/over-cap.md", "notes/dividend.txt", "<stdin>"])
        #expect(files[0]["kind"] as? String == "tse-buyback-results")
        #expect(files[1]["kind"] is NSNull, "a file of no known kind has kind null")
        let first = try #require((files[0]["diagnostics"] as? [[String: Any]])?[1])
        #expect(first["rule"] as? String == "shares-exceed-cap")
        #expect(first["message"] as? String == "Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares).")
        #expect([first["line"], first["column"], first["endLine"], first["endColumn"]].map { $0 as? Int } == [3, 32, 3, 48])
        let related = try #require((first["related"] as? [[String: Any]])?.first)
        #expect(related["line"] as? Int == 8)
        #expect(related["column"] as? Int == 30)
        #expect(related["message"] as? String == "maximum approved here")
        let missing = try #require((files[0]["diagnostics"] as? [[String: Any]])?[0])
        #expect(missing["related"] == nil, "a finding without related places omits the key")
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "errors": 3, "warnings": 1, "notes": 1])
    }

    @Test("escapes what JSON requires and keeps the rest", arguments: [
        "Quotes \"x\" and a backslash \\",
        "a tab\t, a newline\n, a carriage return\r",
        "controls \u{0}\u{1}\u{1B}\u{1F} and \u{7F}",
        "separators \u{2028}\u{2029}",
        "¥2,533 million, 株式, 👍🏽, é",
    ])
    func escaping(_ message: String) throws {
        let diagnostic = Diagnostic(rule: "r", severity: .error, message: message, range: SampleReport.range(1, 1, 1, 2))
        let report = LintReport(files: [FileResult(source: SourceFile(path: "p\"\\.md", text: "x"), kind: "k", diagnostics: [diagnostic])])
        let output = JSONReporter(version: "0.1.0").report(report)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control character in the JSON text")
        #expect(!output.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let file = try #require((root["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "p\"\\.md")
        let parsed = try #require((file["diagnostics"] as? [[String: Any]])?.first?["message"] as? String)
        #expect(parsed == message)
    }

    @Test("keys come in the order of the contract")
    func order() throws {
        let keys = ["\"tool\"", "\"name\"", "\"version\"", "\"files\"", "\"path\"", "\"kind\"", "\"diagnostics\"",
                    "\"rule\"", "\"severity\"", "\"message\"", "\"line\"", "\"column\"", "\"endLine\"", "\"endColumn\"",
                    "\"related\"", "\"summary\"", "\"errors\"", "\"warnings\"", "\"notes\""]
        var cursor = Self.output.startIndex
        for key in keys {
            let found = Self.output[cursor...].rangeOfFirst(key)
            #expect(found != nil, "\(key) missing or out of order")
            if let found { cursor = found.upperBound }
        }
    }

    @Test("an empty report is still the whole object")
    func empty() throws {
        let output = JSONReporter(version: "9.9.9").report(LintReport(files: []))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((root["files"] as? [Any])?.isEmpty == true)
        #expect(root["summary"] as? [String: Int] == ["files": 0, "errors": 0, "warnings": 0, "notes": 0])
        #expect((root["tool"] as? [String: String])?["version"] == "9.9.9")
    }
}
