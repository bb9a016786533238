import DisclintCore
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("whether a day exists", arguments: [
        // February 29: leap years are divisible by 4, except centuries not divisible by 400.
        (2024, 2, 29, true),
        (2023, 2, 29, false),
        (1900, 2, 29, false),
        (2000, 2, 29, true),
        (2100, 2, 29, false),
        (2023, 2, 28, true),
        (2024, 2, 30, false),
        // Month and day bounds.
        (2007, 13, 1, false),
        (2007, 0, 1, false),
        (2007, 3, 0, false),
        (2007, 3, -1, false),
        (2007, 4, 31, false),
        (2007, 6, 31, false),
        (2007, 4, 30, true),
        (2007, 12, 31, true),
        (2007, 1, 32, false),
        // Year bounds.
        (0, 1, 1, false),
        (1, 1, 1, true),
        (9999, 12, 31, true),
        (10000, 1, 1, false),
    ])
    func validity(_ year: Int, _ month: Int, _ day: Int, _ valid: Bool) {
        #expect(CalendarDate(year: year, month: month, day: day).isValid == valid)
    }

    @Test("leap years", arguments: [(2024, true), (2023, false), (1900, false), (2000, true), (2100, false), (2400, true)])
    func leap(_ year: Int, _ leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
    }

    @Test("day numbers count days", arguments: [
        ((2025, 6, 30), (2025, 7, 1), 1),
        ((2024, 2, 28), (2024, 3, 1), 2),
        ((2023, 2, 28), (2023, 3, 1), 1),
        ((2024, 12, 31), (2025, 1, 1), 1),
        ((2024, 1, 1), (2025, 1, 1), 366),
        ((2023, 1, 1), (2024, 1, 1), 365),
        ((1900, 1, 1), (1901, 1, 1), 365),
    ] as [((Int, Int, Int), (Int, Int, Int), Int)])
    func dayNumbers(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ days: Int) {
        let first = CalendarDate(year: a.0, month: a.1, day: a.2)
        let second = CalendarDate(year: b.0, month: b.1, day: b.2)
        #expect(second.dayNumber - first.dayNumber == days)
    }

    @Test("the first day is day 0")
    func epoch() {
        #expect(CalendarDate(year: 1, month: 1, day: 1).dayNumber == 0)
    }

    @Test("orders by year, month, day")
    func order() {
        let dates = [
            CalendarDate(year: 2025, month: 1, day: 31), CalendarDate(year: 2024, month: 12, day: 31),
            CalendarDate(year: 2025, month: 1, day: 2), CalendarDate(year: 2025, month: 2, day: 1),
        ]
        #expect(dates.sorted().map(\.description) == ["2024-12-31", "2025-01-02", "2025-01-31", "2025-02-01"])
    }

    @Test("prints as ISO 8601", arguments: [
        (2007, 3, 22, "2007-03-22"), (99, 1, 5, "0099-01-05"), (2025, 12, 31, "2025-12-31"),
    ])
    func iso(_ year: Int, _ month: Int, _ day: Int, _ text: String) {
        #expect(CalendarDate(year: year, month: month, day: day).description == text)
    }
}
