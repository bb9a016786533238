/// `--format checkstyle`: Checkstyle XML (version 4.3), which Jenkins (Warnings Next
/// Generation), GitLab code-quality converters, reviewdog and many IDEs read.
///
/// Every linted draft is a `<file>`, with no children when it has no finding (as Checkstyle
/// lists every file it audited); each finding is an `<error>` with its line, column, severity
/// (`error`, `warning`, or `info` for a note), its message with the related places appended, and
/// `source="disclint.RULE-ID"`. Suppressed findings are not listed.
package struct CheckstyleReporter: Reporter {
    package static let identifier = "checkstyle"
    package static let summary = "Checkstyle XML (Jenkins, reviewdog, IDEs)"

    package init() {}

    package func report(_ report: LintReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in report.files {
            let name = XMLText.attribute(file.path)
            guard !file.diagnostics.isEmpty else {
                out += "  <file name=\"\(name)\"/>\n"
                continue
            }
            out += "  <file name=\"\(name)\">\n"
            for diagnostic in file.diagnostics {
                out += "    <error line=\"\(max(1, diagnostic.range.start.line))\" column=\"\(max(1, diagnostic.range.start.column))\""
                out += " severity=\"\(Self.severity(diagnostic.severity))\""
                out += " message=\"\(XMLText.attribute(diagnostic.flatMessage))\""
                out += " source=\"disclint.\(XMLText.attribute(diagnostic.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "info"
        }
    }
}
