/// `--format human` (the default): `path:line:col: severity: message [rule-id]`, then the
/// source line with the range underlined, swift-syntax style, and each related place as a note.
package struct HumanReporter: Reporter {
    package static let identifier = "human"
    package static let summary = "findings with the source line underlined (default)"
    /// Whether to colour the output (ANSI).
    package var color: Bool

    package init(color: Bool) { self.color = color }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func severityText(_ severity: Severity) -> String {
        switch severity {
        case .error: return paint("error", "1;31")
        case .warning: return paint("warning", "1;33")
        case .note: return paint("note", "1;36")
        }
    }

    package func report(_ report: LintReport) -> String {
        var out = ""
        for file in report.files {
            for diagnostic in file.diagnostics {
                let start = diagnostic.range.start
                out += paint("\(file.path):\(start.line):\(start.column):", "1") + " "
                out += "\(severityText(diagnostic.severity)): \(diagnostic.message) [\(diagnostic.rule)]\n"
                out += excerpt(file.source, diagnostic.range)
                for related in diagnostic.related {
                    out += paint("\(file.path):\(related.range.start.line):\(related.range.start.column):", "1")
                    out += " \(paint("note", "1;36")): \(related.message)\n"
                    out += excerpt(file.source, related.range)
                }
            }
        }
        return out
    }

    /// ` 15 | 1,190,000 shares` and `    | ^~~~~~~~~~~~~~~` under it.
    func excerpt(_ source: SourceFile, _ range: SourceRange) -> String {
        let number = range.start.line
        let line = source.line(number)
        let gutter = String(number)
        let pad = String(repeating: " ", count: gutter.count)
        var text = ""
        var width = 0
        // Tabs become one space, so the underline stays under the text; long lines are cut.
        for character in line.prefix(300) { text.append(character == "\t" ? " " : character); width += 1 }
        if line.count > 300 { text += "…" }
        let startColumn = min(range.start.column, width + 1)
        var endColumn = range.end.line == range.start.line ? range.end.column : width + 1
        endColumn = min(max(endColumn, startColumn + 1), max(width + 1, startColumn + 1))
        let marks = "^" + String(repeating: "~", count: max(0, endColumn - startColumn - 1))
        var result = " \(paint(gutter, "34")) \(paint("|", "34")) \(text)\n"
        result += " \(pad) \(paint("|", "34")) \(String(repeating: " ", count: startColumn - 1))\(paint(marks, "1;32"))\n"
        return result
    }
}
