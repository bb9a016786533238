import DisclintCore
import Foundation
import Testing

/// Every input the fuzzers (`.ci/fuzz`) ever broke disclint with, kept in
/// `Tests/Fuzz/Regressions/lint/` (drafts) and `Tests/Fuzz/Regressions/pack/` (JSON files), is
/// replayed through the calls of the fuzzer that found it (``FuzzTargets``), in a child process
/// (an exit test), so that a crash fails that input's test case rather than the whole run.
///
/// To add one: copy the input the fuzzer saved (`.build-fuzz/artifacts/…/crash-…`) to the folder
/// under a name that says what it shows (`lint/nul-inside-date.txt`), and, where the right
/// outcome can be stated, add it to ``expectations``.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// Inputs that still crash the engine, with the bug: they run as known issues until the
    /// engine is fixed; then Swift Testing reports that the known issue was not recorded, and the
    /// entry must be removed here.
    static let knownCrashes: [String: Comment] = [:]

    @Test("A saved draft is linted, dumped and reported without a crash", arguments: FuzzRegressions.inputs("lint"))
    func draft(_ name: String) async throws {
        try await replay("lint", name)
    }

    @Test("A saved JSON file is read as a pack, a configuration and a baseline without a crash",
          arguments: FuzzRegressions.inputs("pack"))
    func json(_ name: String) async throws {
        try await replay("pack", name)
    }

    /// Replays an input in a child process, expecting it to exit normally (as a known issue if
    /// it is known to crash), then checks its outcome in this process where one is stated.
    func replay(_ kind: String, _ name: String) async throws {
        let key = "\(kind)/\(name)"
        if let bug = Self.knownCrashes[key] {
            await withKnownIssue(bug) {
                await #expect(processExitsWith: .success, "replaying \(key)") { [kind, name] in
                    _ = try FuzzRegressions.replay(kind, name)
                }
            }
            return
        }
        await #expect(processExitsWith: .success, "replaying \(key)") { [kind, name] in
            _ = try FuzzRegressions.replay(kind, name)
        }
        if let expectation = Self.expectations[key] {
            expectation(try FuzzRegressions.replay(kind, name))
        }
    }

    /// What a fuzzer's calls produced with one input.
    enum Outcome {
        case lint(FuzzTargets.LintOutcome)
        case pack(FuzzTargets.PackOutcome)
    }

    /// The right outcome of an input, where it can be stated (beyond "no crash").
    static let expectations: [String: @Sendable (Outcome) -> Void] = [
        // A finding over two lines (a purchase period continued on the next line), whose end
        // line has characters of several code points (e + U+0301, U+07EF) and no finding of
        // its own: `compacted()` used to drop that line, and SARIF's endColumn, converted to
        // code points on it, came out short (3 for 4 in the first, 27 for 29 in the second).
        "lint/sarif-end-column-on-a-line-compaction-dropped.txt": { expectCompactedSARIFIsWhole($0, endColumn: 4) },
        "lint/sarif-end-column-of-a-period-continued-with-combining-accents.txt": { expectCompactedSARIFIsWhole($0, endColumn: 29) },
    ]

    /// `--format sarif` of the result as a run keeps it (compacted) is that of the whole draft,
    /// and the finding over two lines ends at `endColumn` (in code points) of its end line.
    static func expectCompactedSARIFIsWhole(_ outcome: Outcome, endColumn: Int) {
        guard case .lint(let lint) = outcome else { Issue.record("not a draft"); return }
        let reporter = SARIFReporter(version: "0.0.0-fuzz", packs: [])
        let whole = reporter.report(LintReport(files: [lint.result]))
        let compacted = reporter.report(LintReport(files: [lint.result.compacted()]))
        #expect(whole.contains("\"endColumn\": \(endColumn)\n"))
        #expect(compacted == whole)
    }
}

/// The saved inputs and how they are replayed.
enum FuzzRegressions {
    /// `Tests/Fuzz/Regressions/` of the repository this file belongs to.
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/DisclintCoreTests/Fuzz/FuzzRegressionTests.swift → Tests/.
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fuzz").appendingPathComponent("Regressions").path
    }()

    /// The file names in `Regressions/KIND/`, sorted (none when the folder does not exist).
    static func inputs(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(kind, ""))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func path(_ kind: String, _ name: String) -> String {
        "\(directory)/\(kind)/\(name)"
    }

    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var description: String { "cannot read \(path)" }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Unreadable(path: path) }
        return [UInt8](data)
    }

    /// What the fuzzers check every input with, made once per process.
    static func context() throws -> FuzzTargets.Context {
        try shared.get()
    }

    private static let shared = Result { () throws(RulePackError) in FuzzTargets.Context(rules: try RuleSet.embedded()) }

    /// Runs a saved input through the calls of the fuzzer of its kind (`lint` or `pack`).
    static func replay(_ kind: String, _ name: String) throws -> FuzzRegressionTests.Outcome {
        let bytes = try bytes(path(kind, name))
        return kind == "lint" ? .lint(FuzzTargets.lint(bytes, try context())) : .pack(FuzzTargets.packs(bytes, try context()))
    }
}
