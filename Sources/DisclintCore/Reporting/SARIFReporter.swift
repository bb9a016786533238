/// `--format sarif`: a SARIF 2.1.0 log (OASIS), for GitHub code scanning and other SARIF viewers.
///
/// One run whose `tool.driver.rules` describes every rule of the loaded packs (so a viewer can
/// show what a rule checks and why it matters), then one result per finding and one per
/// suppressed finding, the latter with `suppressions: [{"kind": "inSource", "justification": …}]`
/// so that an auditor sees what a draft silenced and why. Keys come in a fixed order, so the
/// same findings always give the same bytes.
package struct SARIFReporter: Reporter {
    package static let identifier = "sarif"
    package static let summary = "SARIF 2.1.0 log (GitHub code scanning), suppressed findings included"
    package static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    package static let informationURI = "https://github.com/disclint/disclint"

    package var version: String
    /// The rules of the loaded packs, one per id (the first pack that defines an id describes it).
    package var rules: [RuleDefinition]

    package init(version: String, rules: RuleSet) {
        self.init(version: version, packs: rules.packs)
    }

    /// Describes the rules of `packs` (every pack a run linted with, which configurations can add to).
    package init(version: String, packs: [RulePack]) {
        self.version = version
        var seen = Set<String>()
        self.rules = packs.flatMap(\.rules).filter { seen.insert($0.id).inserted }
    }

    package func report(_ report: LintReport) -> String {
        // Findings of the engine itself (invalid-encoding, findings about suppressions) have no
        // definition in a pack: they get a descriptor with their id only, after the packs' rules,
        // in the order they first occur, so that every result has a `ruleIndex`.
        var ruleIndex = [String: Int]()
        for (index, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        var engineRules: [String] = []
        for file in report.files {
            for rule in file.diagnostics.map(\.rule) + file.suppressed.map(\.diagnostic.rule) where ruleIndex[rule] == nil {
                ruleIndex[rule] = rules.count + engineRules.count
                engineRules.append(rule)
            }
        }

        var json = JSONWriter()
        json.open("{")
        json.string(Self.schema, key: "$schema")
        json.string("2.1.0", key: "version")
        json.open("[", key: "runs")
        json.open("{")
        json.open("{", key: "tool")
        json.open("{", key: "driver")
        json.string("disclint", key: "name")
        json.string(version, key: "version")
        json.string(Self.informationURI, key: "informationUri")
        json.open("[", key: "rules")
        for rule in rules { writeDescriptor(rule, into: &json) }
        for id in engineRules {
            json.open("{")
            json.string(id, key: "id")
            json.close("}")
        }
        json.close("]")
        json.close("}")
        json.close("}")
        // disclint counts columns in extended grapheme clusters (what an editor shows as one
        // character); SARIF offers only UTF-16 code units and Unicode code points. Code points are
        // the nearest unit (the same for precomposed and CJK text), and to make the claim exact
        // each column is converted from clusters to code points on the draft's own line
        // (`codePointColumn`), so `e` + U+0301 or 👍🏽 count as the code points they are.
        json.string("unicodeCodePoints", key: "columnKind")
        json.open("[", key: "results")
        for file in report.files {
            // Findings and suppressed findings together, in report order.
            var entries = file.diagnostics.map { (diagnostic: $0, suppression: SuppressedDiagnostic?.none) }
            entries += file.suppressed.map { (diagnostic: $0.diagnostic, suppression: Optional($0)) }
            entries.sort { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
            for entry in entries {
                writeResult(entry.diagnostic, suppression: entry.suppression, file: file,
                            ruleIndex: ruleIndex[entry.diagnostic.rule]!, into: &json)
            }
        }
        json.close("]")
        json.close("}")
        json.close("]")
        json.close("}")
        return json.text + "\n"
    }

    /// A `reportingDescriptor`: id, descriptions, default level and help.
    private func writeDescriptor(_ rule: RuleDefinition, into json: inout JSONWriter) {
        let full = rule.rationale.isEmpty ? rule.description : rule.description + " " + rule.rationale
        json.open("{")
        json.string(rule.id, key: "id")
        json.open("{", key: "shortDescription")
        json.string(rule.description, key: "text")
        json.close("}")
        json.open("{", key: "fullDescription")
        json.string(full, key: "text")
        json.close("}")
        json.open("{", key: "defaultConfiguration")
        json.string(Self.level(rule.severity), key: "level")
        json.close("}")
        json.open("{", key: "help")
        json.string("\(full) Run 'disclint explain \(rule.id)' for examples; silence one finding with "
                    + "'<!-- disclint-disable-next-line \(rule.id) -- reason -->'.", key: "text")
        json.close("}")
        json.close("}")
    }

    private func writeResult(_ diagnostic: Diagnostic, suppression: SuppressedDiagnostic?, file: FileResult,
                             ruleIndex: Int, into json: inout JSONWriter) {
        json.open("{")
        json.string(diagnostic.rule, key: "ruleId")
        json.number(ruleIndex, key: "ruleIndex")
        json.string(Self.level(diagnostic.severity), key: "level")
        json.open("{", key: "message")
        json.string(diagnostic.message, key: "text")
        json.close("}")
        json.open("[", key: "locations")
        json.open("{")
        writePhysicalLocation(diagnostic.range, file: file, into: &json)
        json.close("}")
        json.close("]")
        if !diagnostic.related.isEmpty {
            json.open("[", key: "relatedLocations")
            for (index, related) in diagnostic.related.enumerated() {
                json.open("{")
                json.number(index, key: "id")
                writePhysicalLocation(related.range, file: file, into: &json)
                json.open("{", key: "message")
                json.string(related.message, key: "text")
                json.close("}")
                json.close("}")
            }
            json.close("]")
        }
        if let suppression {
            json.open("[", key: "suppressions")
            json.open("{")
            json.string("inSource", key: "kind")
            if let justification = suppression.justification { json.string(justification, key: "justification") }
            json.open("{", key: "location")
            writePhysicalLocation(suppression.suppression, file: file, into: &json)
            json.close("}")
            json.close("}")
            json.close("]")
        }
        json.close("}")
    }

    /// `"physicalLocation": {"artifactLocation": {"uri": …}, "region": {…}}`.
    private func writePhysicalLocation(_ range: SourceRange, file: FileResult, into json: inout JSONWriter) {
        // SARIF lines and columns are 1-based and the end column is exclusive, as disclint's are.
        let startLine = max(1, range.start.line)
        let endLine = max(startLine, range.end.line)
        let startColumn = Self.codePointColumn(range.start.column, line: startLine, in: file.source)
        var endColumn = Self.codePointColumn(range.end.column, line: endLine, in: file.source)
        if endLine == startLine { endColumn = max(endColumn, startColumn) }
        json.open("{", key: "physicalLocation")
        json.open("{", key: "artifactLocation")
        json.string(Self.uri(file.path), key: "uri")
        json.close("}")
        json.open("{", key: "region")
        json.number(startLine, key: "startLine")
        json.number(startColumn, key: "startColumn")
        json.number(endLine, key: "endLine")
        json.number(endColumn, key: "endColumn")
        json.close("}")
        json.close("}")
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// A grapheme-cluster column of a line as a code-point column (both 1-based); a column past
    /// the end of the line stays as far past the end.
    package static func codePointColumn(_ column: Int, line number: Int, in source: SourceFile) -> Int {
        let column = max(1, column)
        var result = 1
        var remaining = column - 1
        for character in source.line(number) {
            guard remaining > 0 else { break }
            result += character.unicodeScalars.count
            remaining -= 1
        }
        return result + remaining
    }

    /// The path as given, as a relative URI reference: bytes outside RFC 3986's unreserved
    /// characters, sub-delimiters, `@` and `/` are percent-encoded (`:` too, so that the first
    /// segment cannot read as a scheme; `%` too, so that a name with `%` survives decoding).
    package static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let kept = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~!$&'()*+,;=@/".unicodeScalars.contains(scalar)
            if kept {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
