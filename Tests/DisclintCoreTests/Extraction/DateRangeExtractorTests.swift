import DisclintCore
import Testing

@Suite("DateRangeExtractor")
struct DateRangeExtractorTests {
    static func day(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Input, first day, last day (ISO).
    static let ranges: [(String, String, String)] = [
        ("From March 22, 2007 to March 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22, 2007 – March 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22, 2007 - March 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22, 2007 through March 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22, 2007, to March 30, 2007", "2007-03-22", "2007-03-30"),
        ("between March 22, 2007 and March 30, 2007", "2007-03-22", "2007-03-30"),
        ("Started on March 22, 2007 and ended on March 30, 2007", "2007-03-22", "2007-03-30"),
        ("22 March 2007 to 30 March 2007", "2007-03-22", "2007-03-30"),
        ("2007/3/22～2007/3/30", "2007-03-22", "2007-03-30"),
        ("2007年3月22日～2007年3月30日", "2007-03-22", "2007-03-30"),
        // Japanese: every dash and tilde, から…まで, the year or month written once, weekdays, eras.
        ("2025年5月14日～2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日〜2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日~2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日‐2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日−2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日－2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日–2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日—2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日 ～ 2025年5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日から2025年5月31日まで", "2025-05-14", "2025-05-31"),
        ("2025年5月14日から5月31日まで", "2025-05-14", "2025-05-31"),
        ("2025年5月14日～5月31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日～31日", "2025-05-14", "2025-05-31"),
        ("2025年5月14日（水）～2025年5月31日（土）", "2025-05-14", "2025-05-31"),
        ("2025年5月14日(水)~2025年5月31日(土)（約定ベース）", "2025-05-14", "2025-05-31"),
        ("２０２５年５月１４日～２０２５年５月３１日", "2025-05-14", "2025-05-31"),
        ("2025 年 5 月 14 日 ～ 2025 年 5 月 31 日", "2025-05-14", "2025-05-31"),
        ("令和7年5月14日～令和7年5月31日", "2025-05-14", "2025-05-31"),
        ("令和7年5月14日～5月31日", "2025-05-14", "2025-05-31"),
        ("平成31年4月1日～令和元年5月31日", "2019-04-01", "2019-05-31"),
        ("2024年12月20日～2025年1月10日", "2024-12-20", "2025-01-10"),
        ("2025年6月3日（ToSTNeT-3による取得）", "2025-06-03", "2025-06-03"),
        // A year or a month written once is shared.
        ("March 22 to March 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22 to 30, 2007", "2007-03-22", "2007-03-30"),
        ("March 22 – 30, 2007", "2007-03-22", "2007-03-30"),
        ("22 to 30 March 2007", "2007-03-22", "2007-03-30"),
        ("22–30 March 2007", "2007-03-22", "2007-03-30"),
        ("March 22, 2007 to April 3", "2007-03-22", "2007-04-03"),
        // Across a year end.
        ("From December 20, 2024 to January 10, 2025", "2024-12-20", "2025-01-10"),
        // One date is a one-day period (a ToSTNeT-3 purchase).
        ("June 3, 2025 (ToSTNeT-3)", "2025-06-03", "2025-06-03"),
        // Inverted periods are read as written (inverted-period reports them).
        ("From June 27, 2025 to June 3, 2025", "2025-06-27", "2025-06-03"),
    ]

    @Test("reads a period", arguments: ranges)
    func readsRange(_ input: String, _ start: String, _ end: String) throws {
        let range = try #require(DateRangeExtractor.range(in: tokens(input)), "no period in \(input.debugDescription)")
        #expect(range.start == Self.day(start))
        #expect(range.end == Self.day(end))
    }

    /// Ordinal days with a shared month or year: "22nd to 30th March 2007".
    @Test("reads a period whose days have ordinal suffixes", arguments: [
        ("22nd to 30th March 2007", "2007-03-22", "2007-03-30"),
        ("March 22nd to 30th, 2007", "2007-03-22", "2007-03-30"),
    ])
    func ordinals(_ input: String, _ start: String, _ end: String) {
        let range = DateRangeExtractor.range(in: tokens(input))
        #expect(range?.start == Self.day(start), "\(input): \(range.map { "\($0.start)…\($0.end)" } ?? "nil")")
        #expect(range?.end == Self.day(end))
    }

    /// A year written once at the end of a period that crosses a year end belongs to the last day.
    @Test("a period across a year end with the year written once")
    func acrossYearEnd() {
        let range = DateRangeExtractor.range(in: tokens("December 20 to January 10, 2025"))
        #expect(range?.start == Self.day("2024-12-20"), "\(range.map { "\($0.start)…\($0.end)" } ?? "nil")")
        #expect(range?.end == Self.day("2025-01-10"))
    }

    @Test("the mentions point at the dates as written")
    func mentions() throws {
        let line = "From June 3, 2025 to June 27, 2025 (based on trade date)"
        let found = tokens(line)
        let range = try #require(DateRangeExtractor.range(in: found))
        #expect(spanned(line, found, range.startMention.tokenRange) == "June 3, 2025")
        #expect(spanned(line, found, range.endMention.tokenRange) == "June 27, 2025")
    }

    /// Strings that must NOT yield a period.
    @Test("reads no period", arguments: [
        "no dates here",
        "March 22 to March 30",
        "22 to 30 March",
        "March 2007 to April 2007",
        "2007 - 03 - 22 to 2007 - 03 - 30",
        "819,000 shares",
        "",
        "5月14日～5月31日",
        "2025年5月～2025年6月",
        "令和7年5月",
        "819,000株",
    ])
    func readsNoRange(_ input: String) {
        let range = DateRangeExtractor.range(in: tokens(input))
        #expect(range == nil, "\(input.debugDescription) gave \(range.map { "\($0.start)…\($0.end)" } ?? "")")
    }

    @Test("reads the basis of a period", arguments: [
        ("From June 3, 2025 to June 27, 2025 (based on trade date)", DateRange.Basis.trade),
        ("From June 3, 2025 to June 27, 2025 (contract basis)", .trade),
        ("From June 3, 2025 to June 27, 2025 (execution basis)", .trade),
        ("From June 3, 2025 to June 27, 2025 (delivery basis)", .settlement),
        ("From June 3, 2025 to June 27, 2025 (settlement date basis)", .settlement),
        ("2025年6月3日～2025年6月27日（約定ベース）", .trade),
        ("2025年6月3日～2025年6月27日（受渡ベース）", .settlement),
        ("2025年6月3日～2025年6月27日(約定日ベース)", .trade),
        ("2025年6月3日～2025年6月27日（受渡日ベース）", .settlement),
        ("令和7年6月3日～6月27日 約定ベース", .trade),
        ("2025年6月3日～2025年6月27日（受け渡しベース）", .settlement),
    ] as [(String, DateRange.Basis)])
    func basis(_ input: String, _ basis: DateRange.Basis) throws {
        let range = try #require(DateRangeExtractor.range(in: tokens(input)))
        #expect(range.basis == basis)
    }

    /// The Japanese words are searched on bytes first: a word with the bytes of a basis but a
    /// mark on its last character (`じ` written `し` + U+3099) does not name it, as `contains`
    /// on characters says.
    @Test("a basis is a whole character sequence, not bytes inside another character", arguments: [
        "2025年6月3日～2025年6月27日（受け渡し\u{3099}ベース）", "2025年6月3日～2025年6月27日（受け渡じベース）",
    ])
    func basisCharacters(_ input: String) throws {
        let range = try #require(DateRangeExtractor.range(in: tokens(input)))
        #expect(range.basis == nil)
    }

    @Test("a period without a basis has none")
    func noBasis() throws {
        let range = try #require(DateRangeExtractor.range(in: tokens("From June 3, 2025 to June 27, 2025")))
        #expect(range.basis == nil)
    }

    @Test("contains: both ends included")
    func contains() throws {
        let schedule = try #require(DateRangeExtractor.range(in: tokens("June 3, 2025 to June 30, 2025")))
        let inside = try #require(DateRangeExtractor.range(in: tokens("June 3, 2025 to June 30, 2025")))
        let later = try #require(DateRangeExtractor.range(in: tokens("June 3, 2025 to July 1, 2025")))
        let earlier = try #require(DateRangeExtractor.range(in: tokens("June 2, 2025 to June 27, 2025")))
        #expect(schedule.contains(inside))
        #expect(!schedule.contains(later))
        #expect(!schedule.contains(earlier))
    }

    @Test("the mentions of a Japanese period point at the dates as written")
    func japaneseMentions() throws {
        let line = "２０２５年５月１４日（水）～５月３１日（土）（約定ベース）"
        let found = tokens(line)
        let range = try #require(DateRangeExtractor.range(in: found))
        #expect(spanned(line, found, range.startMention.tokenRange) == "２０２５年５月１４日")
        #expect(spanned(line, found, range.endMention.tokenRange) == "５月３１日")
        let bareLine = "2025年5月14日～31日"
        let bare = tokens(bareLine)
        let shared = try #require(DateRangeExtractor.range(in: bare))
        #expect(spanned(bareLine, bare, shared.endMention.tokenRange) == "31日")
    }

    @Test("a period with a day its era did not cover is read but not valid", arguments: [
        "平成31年4月1日～平成31年5月31日",
        "令和元年4月1日～令和元年5月31日",
    ])
    func outsideEra(_ input: String) throws {
        let range = try #require(DateRangeExtractor.range(in: tokens(input)))
        #expect(!range.isValid)
    }

    @Test("a period with a day that does not exist is read but not valid")
    func invalidDay() throws {
        let range = try #require(DateRangeExtractor.range(in: tokens("From June 3, 2025 to June 31, 2025")))
        #expect(!range.isValid)
    }
}
