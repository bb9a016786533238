/// A day of the Gregorian calendar, with no time and no time zone.
///
/// A `CalendarDate` may hold a day that does not exist (February 30, month 13): the extractor
/// keeps what the draft says and ``isValid`` tells whether such a day exists. A date written in
/// a Japanese era (令和7年5月30日) is held as its Gregorian day (2025-05-30), so that it compares
/// with any other; one the era did not cover (平成31年5月1日) is marked ``outsideEra``.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int
    /// Whether the date was written in a Japanese era that did not cover it (平成31年5月1日:
    /// 平成 ended on April 30, 2019; 令和元年4月30日; 平成0年…): such a day does not exist.
    package var outsideEra: Bool

    package init(year: Int, month: Int, day: Int, outsideEra: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.outsideEra = outsideEra
    }

    /// Whether the day exists: month 1–12, day within that month (leap years counted), year
    /// 1–9999, and inside the Japanese era it was written in, if any.
    package var isValid: Bool {
        guard !outsideEra, (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= CalendarDate.daysIn(month: month, year: year)
    }

    /// The number of days in a month of a year.
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days since 0001-01-01 (valid dates only), for day arithmetic.
    package var dayNumber: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<max(1, min(month, 13)) { days += CalendarDate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// ISO 8601, e.g. `2007-03-22`.
    package var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
