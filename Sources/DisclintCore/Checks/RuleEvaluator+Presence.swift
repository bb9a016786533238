extension RuleEvaluator {
    /// Lint: a required section is missing. Points where the section belongs.
    func required(_ id: String, _ message: String) -> [Finding] {
        guard !document.has(id), let definition = document.pack.section(id) else { return [] }
        let line: Int
        switch definition.detect {
        case .dateline: line = 1
        case .dateInContext: line = document.anchorLine(for: .resolution)
        case .phrase: line = document.anchorLine(for: .any)
        case .label: line = placeLine(for: definition)
        }
        let text = document.text(ofLine: line)
        let range = SourceRange(start: SourceLocation(line: line, column: 1),
                                end: SourceLocation(line: line, column: text.count + 1))
        return [Finding(message: RuleEvaluator.render(message, ["section": definition.name(language)]), range: range)]
    }

    /// Where a missing labelled section belongs: before the first section of its part that the
    /// pack lists after it, else after the last section of its part, else where the part starts.
    func placeLine(for definition: SectionDefinition) -> Int {
        let scope = definition.scope == .any ? Scope.results : definition.scope
        let order = document.pack.sections.map(\.id)
        guard let position = order.firstIndex(of: definition.id) else { return document.anchorLine(for: scope) }
        let present = document.sections.filter { $0.scope == scope && $0.definition.detect == .label }
        if let next = present.first(where: { (order.firstIndex(of: $0.id) ?? 0) > position }) {
            return next.line
        }
        if let last = present.last {
            let end = (last.valueTokens.last ?? last.labelTokens.last)?.span.line ?? last.line
            return min(end + 1, max(1, document.lines.count))
        }
        return document.anchorLine(for: scope)
    }

    /// Lint: a section's value does not read as its type (a placeholder is reported on its own).
    func validValues(_ message: String, in language: String = "en") -> [Finding] {
        var findings: [Finding] = []
        for section in document.sections where section.value == nil && section.definition.detect == .label {
            let spans = Set(section.valueTokens.map(\.span))
            if placeholders.contains(where: { $0.contains { spans.contains($0.span) } }) { continue }
            let written = RuleEvaluator.written(section.valueTokens.isEmpty ? nil : text(section.valueTokens), in: language)
            let tokens = section.valueTokens.isEmpty ? section.labelTokens : section.valueTokens
            findings.append(Finding(
                message: RuleEvaluator.render(message, ["section": section.definition.name(language), "value": written,
                                                        "type": RuleEvaluator.typeName(section.definition.value)]),
                range: range(tokens, orLine: section.line)))
        }
        return findings
    }

    /// A value quoted as the message's language quotes (`'1.2 shares'`, `「未定」`), or what says
    /// there is none (`nothing`, `記載なし`).
    static func written(_ value: String?, in language: String) -> String {
        switch (language, value) {
        case ("ja", let value?): return "「\(value)」"
        case ("ja", nil): return "記載なし"
        case (_, let value?): return "'\(value)'"
        case (_, nil): return "nothing"
        }
    }

    /// Lint: an unresolved placeholder.
    func placeholderFindings(_ message: String) -> [Finding] {
        placeholders.map { tokens in
            Finding(message: RuleEvaluator.render(message, ["text": text(tokens)]), range: range(tokens, orLine: 1))
        }
    }
}
