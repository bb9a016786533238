/// How a section is found in a draft.
package enum Detection: String, CaseIterable, Sendable {
    /// A heading or label that matches a synonym, in the section's scope, with its value after it.
    case label
    /// The release date: the first date at the top of the draft, alone on its line or after a
    /// place name (`TOKYO, Japan, March 30, 2007 --`).
    case dateline
    /// Every date written right after (or just before) one of the section's context words, such
    /// as the date of a board meeting.
    case dateInContext
    /// Present when one of the synonyms occurs anywhere in the draft.
    case phrase
}
