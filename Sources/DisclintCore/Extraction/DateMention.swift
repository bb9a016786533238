/// A date as written in a draft, possibly without a year or a month (`March 22` in
/// `March 22 to March 30, 2007`, `30` in `22 to 30 March 2007`).
package struct DateMention: Hashable, Sendable {
    package var year: Int?
    package var month: Int?
    package var day: Int
    /// The tokens it was read from: `tokens[tokenRange]`.
    package var tokenRange: Range<Int>
    /// The Japanese era the year was written in (`令和7年`), if any; ``year`` is then the
    /// Gregorian year (2025).
    package var era: JapaneseEra?

    package init(year: Int?, month: Int?, day: Int, tokenRange: Range<Int>, era: JapaneseEra? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.tokenRange = tokenRange
        self.era = era
    }

    /// Whether year, month and day are all written.
    package var isComplete: Bool { year != nil && month != nil }

    /// The date, with a missing year or month taken from `other` (the other end of a range).
    /// A date of a Japanese era that did not cover it is marked ``CalendarDate/outsideEra``, so
    /// that it is not valid.
    package func completed(from other: DateMention?) -> CalendarDate? {
        guard let year = year ?? other?.year, let month = month ?? other?.month else { return nil }
        var date = CalendarDate(year: year, month: month, day: day)
        if let era, !era.covers(date) { date.outsideEra = true }
        return date
    }
}
