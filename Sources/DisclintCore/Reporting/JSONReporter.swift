/// `--format json`: the output contract of DESIGN.md, one JSON object.
package struct JSONReporter: Reporter {
    package static let identifier = "json"
    package static let summary = "one JSON object: tool, files with their diagnostics, summary"
    package var version: String

    package init(version: String) { self.version = version }

    package func report(_ report: LintReport) -> String {
        var json = JSONWriter()
        json.open("{")
        json.open("{", key: "tool")
        json.string("disclint", key: "name")
        json.string(version, key: "version")
        json.close("}")
        json.open("[", key: "files")
        for file in report.files {
            json.open("{")
            json.string(file.path, key: "path")
            if let kind = file.kind { json.string(kind, key: "kind") } else { json.value("null", key: "kind") }
            json.open("[", key: "diagnostics")
            for diagnostic in file.diagnostics {
                json.open("{")
                json.string(diagnostic.rule, key: "rule")
                json.string(diagnostic.severity.rawValue, key: "severity")
                json.string(diagnostic.message, key: "message")
                json.number(diagnostic.range.start.line, key: "line")
                json.number(diagnostic.range.start.column, key: "column")
                json.number(diagnostic.range.end.line, key: "endLine")
                json.number(diagnostic.range.end.column, key: "endColumn")
                if !diagnostic.related.isEmpty {
                    json.open("[", key: "related")
                    for related in diagnostic.related {
                        json.open("{")
                        json.number(related.range.start.line, key: "line")
                        json.number(related.range.start.column, key: "column")
                        json.string(related.message, key: "message")
                        json.close("}")
                    }
                    json.close("]")
                }
                json.close("}")
            }
            json.close("]")
            json.close("}")
        }
        json.close("]")
        json.open("{", key: "summary")
        json.number(report.files.count, key: "files")
        json.number(report.count(.error), key: "errors")
        json.number(report.count(.warning), key: "warnings")
        json.number(report.count(.note), key: "notes")
        json.close("}")
        json.close("}")
        return json.text + "\n"
    }
}
