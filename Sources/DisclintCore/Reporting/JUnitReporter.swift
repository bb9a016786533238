/// `--format junit`: JUnit XML, for the test-report views of Jenkins and GitLab.
///
/// The mapping: one `<testsuite name="disclint">`, one `<testcase>` per linted draft
/// (`name` = its path, `classname` = `disclint.` + its kind). A draft with a finding at or above
/// its failing severity (`--fail-on`, or its configuration's `failOn`) fails, so the report agrees
/// with the exit status; a draft of no known kind is `<skipped>` (it was not checked, and saying
/// it passed would overstate it); every other draft passes, with any lesser findings in its
/// `<system-out>`.
///
/// Why one `<failure>` per draft rather than one per finding: Jenkins' JUnit plugin reads only the
/// first `<failure>` of a test case, and GitLab's parser expects one (several become an array it
/// shows as such), so further failures would be lost or garbled. The `<failure>` therefore names
/// the first failing finding (`type` = its rule id, `message` = where and what, and how many more)
/// and its text lists every finding of the draft, `path:line:col: severity: message [rule]` with
/// the related places as notes, which both tools show in full. And why test cases per draft in one
/// suite rather than a suite per draft: both tools list suites and then their cases, so a suite
/// holding one case would add a level without information. The classname carries the kind
/// because Jenkins splits it at the last `.` into package and class, which groups drafts by kind
/// (a path, with its dots, would be split mid-name).
package struct JUnitReporter: Reporter {
    package static let identifier = "junit"
    package static let summary = "JUnit XML, one test case per draft (Jenkins, GitLab)"

    /// The least severe finding that fails a draft's test case (`--fail-on`).
    package var failOn: Severity
    /// The failing severity of each draft, in report order, where configurations set their own
    /// (`failOn` of `.disclint.json`); drafts past its end use ``failOn``.
    package var fileThresholds: [Severity]

    package init(failOn: Severity = .error, fileThresholds: [Severity] = []) {
        self.failOn = failOn
        self.fileThresholds = fileThresholds
    }

    package func report(_ report: LintReport) -> String {
        let thresholds = report.files.indices.map { $0 < fileThresholds.count ? fileThresholds[$0] : failOn }
        let failing = zip(report.files, thresholds).filter { isFailing($0, $1) }.count
        let skipped = zip(report.files, thresholds).filter { $0.kind == nil && !isFailing($0, $1) }.count
        let counts = "tests=\"\(report.files.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"\(skipped)\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"disclint\" \(counts)>\n"
        out += "  <testsuite name=\"disclint\" \(counts)>\n"
        for (file, threshold) in zip(report.files, thresholds) {
            let path = XMLText.attribute(file.path)
            let kind = XMLText.attribute(file.kind ?? "unknown-kind")
            out += "    <testcase name=\"\(path)\" classname=\"disclint.\(kind)\" file=\"\(path)\""
            let listing = file.diagnostics.map { findingText($0, path: file.path) }.joined()
            if let first = file.diagnostics.first(where: { $0.severity >= threshold }) {
                let more = file.diagnostics.filter { $0.severity >= threshold }.count - 1
                var message = "line \(first.range.start.line), column \(first.range.start.column): \(first.message)"
                if more > 0 { message += " (and \(more) more)" }
                out += ">\n      <failure type=\"\(XMLText.attribute(first.rule))\" message=\"\(XMLText.attribute(message))\">"
                out += XMLText.text(listing) + "</failure>\n    </testcase>\n"
            } else if file.kind == nil {
                out += ">\n      <skipped message=\"of no known kind: no pack recognises this draft, so it was not checked\"/>\n"
                if !listing.isEmpty { out += "      <system-out>\(XMLText.text(listing))</system-out>\n" }
                out += "    </testcase>\n"
            } else if !listing.isEmpty {
                out += ">\n      <system-out>\(XMLText.text(listing))</system-out>\n    </testcase>\n"
            } else {
                out += "/>\n"
            }
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private func isFailing(_ file: FileResult, _ threshold: Severity) -> Bool {
        file.diagnostics.contains { $0.severity >= threshold }
    }

    /// `path:line:col: severity: message [rule]`, then each related place as a note.
    private func findingText(_ diagnostic: Diagnostic, path: String) -> String {
        let start = diagnostic.range.start
        var text = "\(path):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]\n"
        for related in diagnostic.related {
            text += "\(path):\(related.range.start.line):\(related.range.start.column): note: \(related.message)\n"
        }
        return text
    }
}
