/// What the suppressions of a draft did to its findings.
package struct SuppressionOutcome: Sendable {
    /// The findings still reported.
    package var kept: [Diagnostic]
    /// The findings silenced, with the reason given.
    package var suppressed: [SuppressedDiagnostic]
    /// Findings about the suppressions themselves: an unknown rule id (warning), a suppression
    /// that silenced nothing (note), a missing reason when reasons are required (error).
    package var findings: [Diagnostic]
}
