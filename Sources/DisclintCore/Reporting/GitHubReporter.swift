/// `--format github`: GitHub Actions workflow commands, one line per finding, which the runner
/// turns into annotations on the pull request's diff:
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE-ID::MESSAGE`
/// (`warning` for warnings, `notice` for notes).
///
/// Escaping is GitHub's documented one: in the message `%` → `%25`, CR → `%0D`, LF → `%0A`; in
/// property values also `:` → `%3A` and `,` → `%2C`. An escaped line break cannot start a new
/// command, so a hostile draft quoted in a message cannot inject one. Other control characters
/// (which the log viewer would interpret, e.g. ANSI escapes) are shown as U+FFFD, and a tab as
/// a space. Suppressed findings are not annotated.
package struct GitHubReporter: Reporter {
    package static let identifier = "github"
    package static let summary = "GitHub Actions workflow commands (pull-request annotations)"

    package init() {}

    package func report(_ report: LintReport) -> String {
        var out = ""
        for file in report.files {
            let path = Self.escapedProperty(file.path)
            for diagnostic in file.diagnostics {
                let range = diagnostic.range
                let line = max(1, range.start.line)
                let endLine = max(line, range.end.line)
                let column = max(1, range.start.column)
                let endColumn = endLine == line ? max(column, range.end.column) : max(1, range.end.column)
                out += "::\(Self.command(diagnostic.severity)) file=\(path),line=\(line),col=\(column),"
                out += "endLine=\(endLine),endColumn=\(endColumn),title=\(Self.escapedProperty(diagnostic.rule))"
                out += "::\(Self.escapedMessage(diagnostic.flatMessage))\n"
            }
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// A message (the data after `::`).
    package static func escapedMessage(_ text: String) -> String { escaped(text, property: false) }

    /// A property value (`file=…`, `title=…`).
    package static func escapedProperty(_ text: String) -> String { escaped(text, property: true) }

    private static func escaped(_ text: String, property: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where property: result += "%3A"
            case "," where property: result += "%2C"
            case "\t": result += " "
            default:
                if TerminalText.isControl(scalar) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
