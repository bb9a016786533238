extension RuleEvaluator {
    /// Lint: a required section is missing. Points where the section belongs.
    func required(_ id: String, _ message: String) -> [Finding] {
        guard document.sections(id).isEmpty, let definition = document.pack.section(id) else { return [] }
        let line: Int
        switch definition.detect {
        case .dateline: line = 1
        case .dateInContext: line = document.anchorLine(for: .resolution)
        case .phrase: line = document.anchorLine(for: .any)
        case .label: line = document.anchorLine(for: definition.scope == .any ? .results : definition.scope)
        }
        let text = document.text(ofLine: line)
        let range = SourceRange(start: SourceLocation(line: line, column: 1),
                                end: SourceLocation(line: line, column: text.count + 1))
        return [Finding(message: RuleEvaluator.render(message, ["section": definition.name]), range: range)]
    }

    /// Lint: a section's value does not read as its type (a placeholder is reported on its own).
    func validValues(_ message: String) -> [Finding] {
        var findings: [Finding] = []
        for section in document.sections where section.value == nil && section.definition.detect == .label {
            let spans = Set(section.valueTokens.map(\.span))
            if placeholders.contains(where: { $0.contains { spans.contains($0.span) } }) { continue }
            let written = section.valueTokens.isEmpty ? "nothing" : "'\(text(section.valueTokens))'"
            let tokens = section.valueTokens.isEmpty ? section.labelTokens : section.valueTokens
            findings.append(Finding(
                message: RuleEvaluator.render(message, ["section": section.definition.name, "value": written,
                                                        "type": RuleEvaluator.typeName(section.definition.value)]),
                range: range(tokens, orLine: section.line)))
        }
        return findings
    }

    /// Lint: an unresolved placeholder.
    func placeholderFindings(_ message: String) -> [Finding] {
        placeholders.map { tokens in
            Finding(message: RuleEvaluator.render(message, ["text": text(tokens)]), range: range(tokens, orLine: 1))
        }
    }
}
