import DisclintCore
import Foundation
import Testing

/// Golden tests for `samples/`: every draft there is linted with the embedded rule packs and its
/// findings are compared with `samples/NAME.expected`, one finding a line, formatted
/// `LINE:COLUMN: SEVERITY: [RULE-ID] MESSAGE`, in report order (an empty file: no findings).
///
/// The `.expected` files say what a careful compliance officer wants to see, not merely what the
/// engine prints today. After an intended change of output, rewrite them with
///
///     DISCLINT_RECORD=1 swift test --filter SampleGolden
///
/// and review the diff of `samples/*.expected` like any other change. Samples listed in
/// ``SampleGoldenTests/knownEngineBugs`` are never rewritten: their expectations are written by
/// hand and the engine does not meet them yet.
@Suite("Sample drafts (golden)")
struct SampleGoldenTests {
    /// Samples whose `.expected` the engine does not meet yet, with the bug. The comparison runs
    /// as a known issue; once the engine is fixed, Swift Testing reports that the known issue was
    /// not recorded, and the entry must be removed here.
    static let knownEngineBugs: [String: Comment] = [:]

    @Test("Findings match samples/NAME.expected", arguments: Samples.drafts())
    func sampleMatchesExpectation(_ name: String) throws {
        let actual = try Samples.findings(of: name)
        let expectedPath = Samples.expectedPath(for: name)
        if Samples.recording {
            guard SampleGoldenTests.knownEngineBugs[name] == nil else { return }
            let text = actual.map { $0 + "\n" }.joined()
            try text.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expectedText = try #require(
            try? String(contentsOfFile: expectedPath, encoding: .utf8),
            "samples/\(name) has no \(Samples.expectedName(for: name)); run with DISCLINT_RECORD=1 to write it")
        let expected = Samples.lines(of: expectedText)
        if let bug = SampleGoldenTests.knownEngineBugs[name] {
            withKnownIssue(bug) { Samples.expectSame(name, expected: expected, actual: actual) }
        } else {
            Samples.expectSame(name, expected: expected, actual: actual)
        }
    }

    /// Decoys (`decoy-*`) are announcements of another kind and must not be read as buyback
    /// releases (a dividend notice must never fail a CI gate); every other sample must be.
    @Test("Decoys are of no known kind, the other samples are", arguments: Samples.drafts())
    func sampleKind(_ name: String) throws {
        let kind = try Samples.kind(of: name)
        if name.hasPrefix("decoy-") {
            #expect(kind == nil, "samples/\(name) is a decoy but was read as \(kind ?? "")")
        } else {
            #expect(kind != nil, "samples/\(name) was read as no known kind")
        }
    }

    @Test("Every sample has an .expected file and every .expected file a sample")
    func samplesAndExpectationsPair() throws {
        // While recording, the other test is writing the files this one checks; the next plain
        // run checks them.
        if Samples.recording { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: Samples.directory)
            .filter { !$0.hasPrefix(".") }
        let drafts = Samples.drafts()
        #expect(!drafts.isEmpty, "no sample drafts found in \(Samples.directory)")
        let expectations = Set(names.filter { $0.hasSuffix(".expected") })
        var stems: [String: String] = [:]
        for draft in drafts {
            let expected = Samples.expectedName(for: draft)
            #expect(expectations.contains(expected), "samples/\(draft) has no samples/\(expected)")
            if let other = stems.updateValue(draft, forKey: expected) {
                Issue.record("samples/\(other) and samples/\(draft) would share samples/\(expected); rename one")
            }
        }
        for expected in expectations.sorted() where stems[expected] == nil {
            Issue.record("samples/\(expected) belongs to no sample draft (*.md, *.markdown, *.txt)")
        }
        let others = names.filter { name in
            !name.hasSuffix(".expected") && !drafts.contains(name)
        }
        #expect(others.isEmpty, "files in samples/ that are neither drafts nor expectations: \(others.sorted())")
        for bug in SampleGoldenTests.knownEngineBugs.keys.sorted() {
            #expect(drafts.contains(bug), "knownEngineBugs names samples/\(bug), which does not exist")
        }
    }
}

/// The sample drafts of the repository and how their findings are written.
enum Samples {
    /// `samples/` of the repository this test file belongs to.
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/DisclintCoreTests/Golden/SampleGoldenTests.swift → the repository root.
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("samples").path
    }()

    static var recording: Bool {
        ProcessInfo.processInfo.environment["DISCLINT_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    /// The file names of the drafts in `samples/`, sorted: what `disclint lint samples/` lints.
    static func drafts() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
            return FileDiscovery.extensions.contains(name[name.index(after: dot)...].lowercased())
        }.sorted()
    }

    /// `over-cap.md` → `over-cap.expected`.
    static func expectedName(for draft: String) -> String {
        let stem = draft.lastIndex(of: ".").map { String(draft[..<$0]) } ?? draft
        return stem + ".expected"
    }

    static func expectedPath(for draft: String) -> String {
        directory + "/" + expectedName(for: draft)
    }

    /// One draft linted with the embedded packs.
    static func lint(_ draft: String) throws -> FileResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + draft))
        let source = SourceFile(path: "samples/" + draft, bytes: Array(data))
        return Linter(rules: try RuleSet.embedded()).lint(source)
    }

    /// The findings of one draft as `.expected` lines.
    static func findings(of draft: String) throws -> [String] {
        try lint(draft).diagnostics.map(line(for:))
    }

    /// The pack a draft was read as, or nil.
    static func kind(of draft: String) throws -> String? {
        try lint(draft).kind
    }

    static func line(for diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        return "\(start.line):\(start.column): \(diagnostic.severity.rawValue): [\(diagnostic.rule)] \(diagnostic.message)"
    }

    /// The lines of an `.expected` file: CRLF tolerated, trailing blank lines ignored.
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func expectSame(_ draft: String, expected: [String], actual: [String]) {
        guard expected != actual else { return }
        Issue.record(Comment(rawValue: """
            samples/\(draft) does not give the findings of samples/\(expectedName(for: draft)) \
            (- expected, + actual):
            \(diff(expected, actual))
            If the new output is right, rerun with DISCLINT_RECORD=1 and review the diff.
            """))
    }

    /// A line diff (longest common subsequence): `  ` same, `- ` only expected, `+ ` only actual.
    static func diff(_ old: [String], _ new: [String]) -> String {
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                out.append("  " + old[i]); i += 1; j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
                out.append("+ " + new[j]); j += 1
            } else {
                out.append("- " + old[i]); i += 1
            }
        }
        if old.isEmpty { out.insert("  (expected: no findings)", at: 0) }
        if new.isEmpty { out.append("  (actual: no findings)") }
        return out.joined(separator: "\n")
    }
}
