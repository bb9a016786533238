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

    /// Paths, messages and rule ids are shown with their control characters made visible
    /// (``TerminalText/visible(_:keepingLineEnds:)``): a pack's message or a file's name must not
    /// drive the terminal, nor break a finding over two lines.
    package func report(_ report: LintReport) -> String {
        var out = ""
        for file in report.files {
            let path = TerminalText.visible(file.path)
            for diagnostic in file.diagnostics {
                let start = diagnostic.range.start
                out += paint("\(path):\(start.line):\(start.column):", "1") + " "
                out += "\(severityText(diagnostic.severity)): \(TerminalText.visible(diagnostic.message)) [\(TerminalText.visible(diagnostic.rule))]\n"
                out += excerpt(file.source, diagnostic.range)
                for related in diagnostic.related {
                    out += paint("\(path):\(related.range.start.line):\(related.range.start.column):", "1")
                    out += " \(paint("note", "1;36")): \(TerminalText.visible(related.message))\n"
                    out += excerpt(file.source, related.range)
                }
            }
        }
        return out
    }

    /// ` 15 | 1,190,000 shares` and `    | ^~~~~~~~~~~~~~~` under it. Control characters are
    /// shown as U+FFFD, and the underline counts terminal cells, so it stays under wide text.
    func excerpt(_ source: SourceFile, _ range: SourceRange) -> String {
        let number = range.start.line
        let line = source.line(number)
        let gutter = String(number)
        let pad = String.repeating(ascii: UInt8(ascii: " "), count: gutter.count)
        let (text, cells) = HumanReporter.shown(line)
        let first = max(1, min(range.start.column, cells.count + 1))
        var last = range.end.line == range.start.line ? range.end.column : cells.count + 1
        last = min(max(last, first + 1), max(cells.count + 1, first + 1))
        let lead = cells.prefix(first - 1).reduce(0, +)
        let span = max(1, cells.dropFirst(first - 1).prefix(last - first).reduce(0, +))
        let marks = "^" + String.repeating(ascii: UInt8(ascii: "~"), count: span - 1)
        var result = " \(paint(gutter, "34")) \(paint("|", "34")) \(text)\n"
        result += " \(pad) \(paint("|", "34")) \(String.repeating(ascii: UInt8(ascii: " "), count: lead))\(paint(marks, "1;32"))\n"
        return result
    }

    /// How many characters of a line an excerpt shows; a longer line is cut with `…`.
    package static let excerptLength = 300

    /// A line as an excerpt shows it (``excerptLength`` characters, each made printable) and
    /// the terminal cells of each character shown. A line of printable ASCII (most) is shown
    /// from its bytes, one cell a byte: breaking it into characters cost more than the rest of
    /// reporting a finding.
    package static func shown(_ line: Substring) -> (text: String, cells: [Int]) {
        let utf8 = line.utf8
        if utf8.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 < 0x7F) }) {
            let bytes = utf8.prefix(excerptLength).map { $0 == 0x09 ? UInt8(ascii: " ") : $0 }
            var text = String(decoding: bytes, as: UTF8.self)
            if utf8.count > excerptLength { text += "…" }
            return (text, Array(repeating: 1, count: bytes.count))
        }
        let shown = Array(line.prefix(excerptLength)).map(TerminalText.printable)
        var text = String(shown)
        if line.count > excerptLength { text += "…" }
        return (text, shown.map(TerminalText.width))
    }
}
