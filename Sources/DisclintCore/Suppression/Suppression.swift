/// An in-source suppression: a comment in a draft that silences findings, with the reason an
/// auditor will ask for.
///
///     <!-- disclint-disable-next-line cost-exceeds-cap -- cap raised by the board on 2025-06-02 -->
///     <!-- disclint-disable placeholder-text -->  …  <!-- disclint-enable placeholder-text -->
///     <!-- disclint-disable-file missing-forward-looking-notice -- translation of a TSE filing -->
///
/// Rules are separated by commas or spaces; no rule (or `all`) means every rule. The reason
/// follows ` -- `. Plain-text drafts use the same comments.
package struct Suppression: Hashable, Sendable {
    /// What a suppression covers.
    package enum Kind: String, Sendable {
        /// From this line to the matching `disclint-enable` (or the end of the draft).
        case disable
        /// Ends a `disable` region.
        case enable
        /// The line after the comment.
        case nextLine = "disable-next-line"
        /// The whole draft.
        case file = "disable-file"
    }

    package var kind: Kind
    /// The rule ids named; empty means every rule.
    package var rules: [String]
    /// The reason written after ` -- `, if any.
    package var reason: String?
    /// Where the comment is.
    package var range: SourceRange

    package init(kind: Kind, rules: [String], reason: String?, range: SourceRange) {
        self.kind = kind
        self.rules = rules
        self.reason = reason
        self.range = range
    }

    /// Whether it names `rule` (or every rule).
    package func covers(_ rule: String) -> Bool { rules.isEmpty || rules.contains(rule) }
}
