import DisclintCore
import Foundation
import Testing

/// Labelled cases (`Fixtures/LabelledCases/LANG/NAME.txt` with `NAME.expect.json`), scored as
/// the evaluation of DESIGN.md scores real releases: every expected rule must be reported (at
/// any severity), on its labelled line when one is given, and no error may be reported that the
/// labels neither expect nor allow. The Japanese set is one base release per style with one
/// fault injected per case (see its README).
@Suite("Labelled cases")
struct LabelledCaseTests {
    @Test("reports what the labels expect, where they expect it, and no other error", arguments: LabelledCases.names("ja"))
    func japanese(_ name: String) throws {
        try LabelledCases.check("ja", name)
    }

    @Test("English cases: what the labels expect, where they expect it, and no other error", arguments: LabelledCases.names("en"))
    func english(_ name: String) throws {
        try LabelledCases.check("en", name)
    }
}

enum LabelledCases {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/DisclintCoreTests/Golden/LabelledCaseTests.swift → Tests/DisclintCoreTests.
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures").appendingPathComponent("LabelledCases").path
    }()

    struct Label: Decodable {
        var expect: [String]
        var allow: [String]
        var lines: [String: Int]?
    }

    static func names(_ language: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + language)) ?? []
        return files.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && $0 != "README.md" }.sorted()
    }

    static func check(_ language: String, _ name: String) throws {
        let folder = directory + "/" + language
        let stem = String(name[..<name.lastIndex(of: ".")!])
        let label = try JSONDecoder().decode(Label.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + stem + ".expect.json")))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        let result = Linter(rules: try RuleSet.embedded()).lint(SourceFile(path: name, bytes: Array(bytes)))
        let reported = Set(result.diagnostics.map(\.rule))
        let shown = result.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.severity.rawValue) [\($0.rule)] \($0.message)" }
        let missed = Set(label.expect).subtracting(reported)
        #expect(missed.isEmpty, "\(name): missed \(missed.sorted()); reported:\n\(shown.joined(separator: "\n"))")
        let unexpected = Set(result.diagnostics.filter { $0.severity == .error }.map(\.rule)).subtracting(label.expect + label.allow)
        #expect(unexpected.isEmpty, "\(name): unexpected errors \(unexpected.sorted()); reported:\n\(shown.joined(separator: "\n"))")
        for (rule, line) in label.lines ?? [:] where reported.contains(rule) {
            let places = result.diagnostics.filter { $0.rule == rule }.flatMap { [$0.range.start.line] + $0.related.map(\.range.start.line) }
            #expect(places.contains(line), "\(name): \(rule) points at lines \(places), not \(line)")
        }
    }
}
