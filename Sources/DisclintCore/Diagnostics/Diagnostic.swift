/// One finding in one draft.
package struct Diagnostic: Hashable, Sendable {
    /// The rule's id, a public contract: users suppress and configure by it.
    package var rule: String
    package var severity: Severity
    /// The message, with the numbers quoted as the draft writes them.
    package var message: String
    /// Where the finding points; for something missing, where it belongs.
    package var range: SourceRange
    /// Other places the finding is about.
    package var related: [RelatedLocation]

    package init(rule: String, severity: Severity, message: String, range: SourceRange, related: [RelatedLocation] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
    }

    /// The most characters of a draft that a message quotes (a value, a date, a placeholder, a
    /// rule named in a suppression). A release's values are a few dozen characters; a longer
    /// quote is cut, so that a 10 MB placeholder still makes a message of one readable line (a
    /// CI annotation, a terminal, a SARIF viewer all choke on megabytes).
    package static let quoteLimit = 80

    /// `text` as a message quotes it: whole up to ``quoteLimit`` characters, else its first
    /// ``quoteLimit`` characters and `…`.
    package static func quote(_ text: some StringProtocol) -> String {
        guard let cut = text.index(text.startIndex, offsetBy: quoteLimit, limitedBy: text.endIndex), cut < text.endIndex else {
            return String(text)
        }
        return String(text[..<cut]) + "…"
    }

    /// Report order: by position, then rule id, then message.
    package static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
