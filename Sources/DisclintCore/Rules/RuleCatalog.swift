/// The text of `disclint rules` and `disclint explain`.
package enum RuleCatalog {
    /// A table of every rule: id, severity, pack, description. Control characters in a pack's
    /// text are made visible before the columns are measured.
    package static func table(_ rules: RuleSet) -> String {
        let rows = rules.rules.map { [$0.rule.id, $0.rule.severity.rawValue, $0.pack.id, $0.rule.description].map { TerminalText.visible($0) } }
        let header = ["ID", "SEVERITY", "PACK", "DESCRIPTION"]
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated().dropLast() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }.joined() + "\n"
        }
        return line(header) + rows.map(line).joined()
    }

    /// The explanation of one rule, or nil if no pack has it: for an id several packs share (the
    /// same concept in English and Japanese), each pack's rule in turn.
    package static func explain(_ id: String, in rules: RuleSet) -> String? {
        let found = rules.rules.filter { $0.rule.id == id }
        guard !found.isEmpty else { return nil }
        return found.map { explain($0.rule, in: $0.pack, rules: rules) }.joined(separator: "\n")
    }

    private static func explain(_ rule: RuleDefinition, in pack: RulePack, rules: RuleSet) -> String {
        let id = rule.id
        var text = "\(rule.id) (\(rule.severity.rawValue), pack \(pack.id))\n\n\(rule.description)\n"
        if !rule.rationale.isEmpty { text += "\nWhy it matters: \(rule.rationale)\n" }
        func examples(_ title: String, _ list: [RuleExample]) {
            guard !list.isEmpty else { return }
            text += "\n\(title):\n"
            let linter = Linter(rules: rules)
            for example in list {
                let found = linter.lint(SourceFile(path: "example", text: example.text)).diagnostics.filter { $0.rule == id }
                text += "  - \(example.summary.replacingOccurrences("\n", with: "⏎"))\n"
                if let finding = found.first {
                    text += "    → line \(finding.range.start.line): \(finding.message)\n"
                } else {
                    text += "    → no finding\n"
                }
            }
        }
        examples("Triggering examples", rule.triggering)
        examples("Non-triggering examples", rule.nonTriggering)
        return text
    }
}
