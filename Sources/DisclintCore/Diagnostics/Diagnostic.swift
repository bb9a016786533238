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

    /// Report order: by position, then rule id, then message.
    package static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
