/// A period: from a first day to a last day, both included.
package struct DateRange: Hashable, Sendable {
    /// What the days of a period count: the day a trade was made or the day it settled.
    package enum Basis: String, Hashable, Sendable {
        /// "based on trade date", "contract basis", 約定ベース.
        case trade
        /// "delivery basis", "settlement date basis", 受渡ベース.
        case settlement
    }

    package var start: CalendarDate
    package var end: CalendarDate
    package var basis: Basis?
    /// The mentions the range was read from (token indices into the value's tokens).
    package var startMention: DateMention
    package var endMention: DateMention

    package init(start: CalendarDate, end: CalendarDate, basis: Basis?, startMention: DateMention, endMention: DateMention) {
        self.start = start
        self.end = end
        self.basis = basis
        self.startMention = startMention
        self.endMention = endMention
    }

    /// Whether both days exist.
    package var isValid: Bool { start.isValid && end.isValid }

    /// Whether `other` lies within this range, both ends included.
    package func contains(_ other: DateRange) -> Bool { start <= other.start && other.end <= end }
}
