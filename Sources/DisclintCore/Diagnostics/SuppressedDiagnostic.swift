/// A finding that an in-source suppression (`<!-- disclint-disable-next-line rule -- reason -->`)
/// silenced. It is not reported as a finding and does not fail a run, but reports that can carry
/// it (SARIF `suppressions[]`) do, with its justification, so that nothing is suppressed silently.
package struct SuppressedDiagnostic: Hashable, Sendable {
    package var diagnostic: Diagnostic
    /// The reason written in the suppression, if any.
    package var justification: String?
    /// Where the suppression comment is.
    package var suppression: SourceRange

    package init(diagnostic: Diagnostic, justification: String?, suppression: SourceRange) {
        self.diagnostic = diagnostic
        self.justification = justification
        self.suppression = suppression
    }
}
