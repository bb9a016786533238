/// Prints what disclint read in a draft, as a tree with `@line:col-line:col` ranges (after
/// swift-markdown's `MarkupTreeDumper`): the kind, where each part starts, and every section
/// with its label, its value as written and what the value reads as. The rule author's debugger.
package enum DocumentDumper {
    package static func dump(_ document: Document) -> String {
        var out = "Document kind: \(document.pack.id) (\(document.source.path))\n"
        let starts = document.scopeStarts.sorted { $0.value < $1.value }
        for (scope, line) in starts { out += "├─ part \(scope.rawValue) starts @\(line)\n" }
        for (index, section) in document.sections.enumerated() {
            let last = index == document.sections.count - 1
            let branch = last ? "└─ " : "├─ "
            let stem = last ? "   " : "│  "
            out += "\(branch)\(section.id) [\(section.scope.rawValue)]"
            if let range = document.range(of: section.labelTokens) {
                out += " label \(at(range)) \"\(document.text(of: section.labelTokens))\""
            }
            out += "\n"
            if let range = document.range(of: section.valueTokens) {
                out += "\(stem)├─ value \(at(range)) \"\(document.text(of: section.valueTokens).prefix(120))\"\n"
            }
            out += "\(stem)└─ reads as \(describe(section.value, section))\n"
        }
        return out
    }

    static func at(_ range: SourceRange) -> String {
        "@\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    static func describe(_ value: SectionValue?, _ section: Section) -> String {
        switch value {
        case .none: return "nothing (does not read as \(section.definition.value.rawValue))"
        case .shares(let quantity): return "shares \(quantity.value)"
        case .amount(let amount): return "amount \(amount.value) \(amount.currency?.code ?? "(no currency)")"
        case .period(let period):
            return "period \(period.start) … \(period.end)" + (period.basis.map { " (\($0.rawValue) basis)" } ?? "")
        case .date(let date, _): return "date \(date)"
        case .text: return "text"
        }
    }
}
