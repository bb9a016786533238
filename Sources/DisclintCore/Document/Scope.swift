/// The part of a release a section belongs to.
package enum Scope: String, CaseIterable, Sendable {
    /// Title, dateline, addresses and the opening paragraph.
    case preamble
    /// What was bought in the period reported.
    case results
    /// What the board approved (the "Note" / "Reference" / "Details of the resolution" block).
    case resolution
    /// The running total since the resolution ("accumulative number of shares purchased as of …").
    case cumulative
    /// What follows the body: the forward-looking notice, "About the company", contacts. No
    /// section label is read there.
    case trailer
    /// Anywhere in the draft.
    case any
}
