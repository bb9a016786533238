/// What a section's value must read as.
package enum ValueType: String, CaseIterable, Sendable {
    /// A number of shares: `819,000 shares`.
    case shares
    /// A sum of money: `2,533,155,000 yen`.
    case amount
    /// A period: `From March 22, 2007 to March 30, 2007`.
    case period
    /// A day: `March 20, 2007`.
    case date
    /// Any words: a class of shares, a purchase method.
    case text
    /// Nothing: the section only has to be there (a notice found by its phrases).
    case presence
}
