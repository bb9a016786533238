import Foundation
import Testing

/// Compares `actual` with `Tests/DisclintCoreTests/Snapshots/<name>` (found from `#filePath`, so
/// no bundle resources are needed).
///
/// A missing snapshot is a failure. Snapshots are written only on request: run the tests with
/// `DISCLINT_RECORD=1` to (re-)record them, then review the diff before committing.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = snapshotDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DISCLINT_RECORD"] == "1" {
        do {
            try Data(actual.utf8).write(to: url)
        } catch {
            Issue.record("cannot record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing snapshot \(url.path); run with DISCLINT_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    Issue.record("output differs from snapshot \(name):\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
}

/// `Tests/DisclintCoreTests/Snapshots/`.
let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()   // Support
    .deletingLastPathComponent()   // DisclintCoreTests
    .appendingPathComponent("Snapshots", isDirectory: true)

/// The first line where two texts differ, for a readable failure.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let left = index < a.count ? String(a[index]) : "<end of snapshot>"
        let right = index < b.count ? String(b[index]) : "<end of output>"
        if left != right {
            return "line \(index + 1):\n  snapshot: \(left.debugDescription)\n  actual:   \(right.debugDescription)"
        }
    }
    return "(the texts differ only in line endings)"
}
