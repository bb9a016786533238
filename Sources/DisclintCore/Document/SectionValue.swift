/// What a section's value reads as.
package enum SectionValue: Sendable {
    case shares(Quantity)
    case amount(Amount)
    case period(DateRange)
    case date(CalendarDate, DateMention)
    case text
}
