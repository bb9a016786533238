/// Runs the checks of one rule on one document.
///
/// A rule reports the findings of its first check that finds something, so one fault gives one
/// finding (a purchase over the cap is not reported again for the cumulative total).
package struct RuleEvaluator {
    let document: Document
    /// The language messages are written in (`--lang`); nil for the pack's own.
    let language: String?
    /// Placeholders found in the draft, by every placeholder check of the pack.
    let placeholders: [[Token]]

    package init(document: Document, language: String? = nil) {
        self.document = document
        self.language = language
        var found: [[Token]] = []
        let rules = document.pack.rules
        for index in rules.indices {
            for case .placeholders(let spec, _) in rules[index].checks {
                found += PlaceholderFinder.find(in: document.lines, spec: spec)
            }
        }
        self.placeholders = found
    }

    /// The findings of `rule` at `severity`; `reported` are the rules that have already reported
    /// on this draft (for ``RuleDefinition/redundantWith``).
    package func evaluate(_ rule: RuleDefinition, severity: Severity, reported: Set<String> = []) -> [Diagnostic] {
        for index in rule.checks.indices {
            if index < rule.redundantWith.count, rule.redundantWith[index].contains(where: reported.contains) { continue }
            let findings = evaluate(rule.checks[index])
            if !findings.isEmpty {
                return findings.map { Diagnostic(rule: rule.id, severity: severity, message: $0.message, range: $0.range, related: $0.related) }
            }
        }
        return []
    }

    /// A finding before it has a rule id and a severity.
    struct Finding {
        var message: String
        var range: SourceRange
        var related: [RelatedLocation] = []
    }

    func evaluate(_ check: Check) -> [Finding] {
        let language = self.language
        switch check {
        case .required(let section, let message): return required(section, message.text(language))
        case .validValues(let message): return validValues(message.text(language), in: message.code(language))
        case .validDates(let message): return validDates(message.text(language))
        case .orderedPeriods(let message): return orderedPeriods(message.text(language))
        case .placeholders(_, let message): return placeholderFindings(message.text(language))
        case .compare(let left, let op, let right, let message, let related):
            return compare(left, op, right, message.text(language), related.text(language))
        case .within(let inner, let outer, let message, let related):
            return within(inner, outer, message.text(language), related.text(language))
        case .sameCurrency(let left, let right, let message, let related):
            return sameCurrency(left, right, message.text(language), related.text(language))
        case .consistent(let section, let message, let related):
            return consistent(section, message.text(language), related.text(language))
        case .ratio(let part, let whole, let bought, let message, let related):
            return ratio(part, whole, bought, message.text(language), related.text(language))
        }
    }

    // MARK: - Helpers

    /// Fills a message template: `{name}` becomes `values["name"]`; a name without a value, and
    /// a `{` without a `}` after it, stay as written.
    ///
    /// Read on UTF-8 bytes (the braces are ASCII): looking for them character by character
    /// cost about 50,000 instructions a message.
    package static func render(_ template: String, _ values: [String: String]) -> String {
        let utf8 = template.utf8
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        func text(_ range: Range<String.Index>) -> String { String(decoding: utf8[range], as: UTF8.self) }
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            result += text(rest..<open)
            let after = utf8.index(after: close)
            if let value = values[text(utf8.index(after: open)..<close)] { result += value } else { result += text(open..<after) }
            rest = after
        }
        return result + text(rest..<utf8.endIndex)
    }

    func range(_ tokens: some Collection<Token>, orLine line: Int) -> SourceRange {
        document.range(of: tokens) ?? .line(line)
    }

    /// The tokens' text as a message quotes it (``Diagnostic/quote(_:)``: at most
    /// ``Diagnostic/quoteLimit`` characters).
    func text(_ tokens: some Collection<Token>) -> String { Diagnostic.quote(document.text(of: tokens)) }

    func name(_ id: String) -> String { document.pack.section(id)?.name(language) ?? id }

    static func typeName(_ type: ValueType) -> String {
        switch type {
        case .shares: return "a number of shares"
        case .amount: return "an amount of money"
        case .period: return "a period (first and last day)"
        case .date: return "a date"
        case .text: return "text"
        case .presence: return "text"
        }
    }
}
