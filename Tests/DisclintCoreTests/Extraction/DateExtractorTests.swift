import DisclintCore
import Testing

@Suite("DateExtractor")
struct DateExtractorTests {
    /// Input, then the one date it must yield (year, month, day; nil year when none is written)
    /// and the text the mention spans.
    static let dates: [(String, Int?, Int, Int, String)] = [
        ("March 22, 2007", 2007, 3, 22, "March 22, 2007"),
        ("22 March 2007", 2007, 3, 22, "22 March 2007"),
        ("22 March, 2007", 2007, 3, 22, "22 March, 2007"),
        ("22nd of March, 2007", 2007, 3, 22, "22nd of March, 2007"),
        ("Mar. 22, 2007", 2007, 3, 22, "Mar. 22, 2007"),
        ("Mar 22 2007", 2007, 3, 22, "Mar 22 2007"),
        ("22 Mar. 2007", 2007, 3, 22, "22 Mar. 2007"),
        ("Sept. 2, 2019", 2019, 9, 2, "Sept. 2, 2019"),
        ("MARCH 22, 2007", 2007, 3, 22, "MARCH 22, 2007"),
        ("2007-03-22", 2007, 3, 22, "2007-03-22"),
        ("2007/3/22", 2007, 3, 22, "2007/3/22"),
        ("September 2,2019", 2019, 9, 2, "September 2,2019"),
        ("March 22nd, 2007", 2007, 3, 22, "March 22nd, 2007"),
        ("March 1st 2007", 2007, 3, 1, "March 1st 2007"),
        // A full-width ordinal is folded to the ASCII one; 年 as a compatibility ideograph (U+F98E) is 年.
        ("March 22ｎｄ, 2007", 2007, 3, 22, "March 22ｎｄ, 2007"),
        ("2025\u{F98E}5月1日", 2025, 5, 1, "2025\u{F98E}5月1日"),
        ("May 11, 2023", 2023, 5, 11, "May 11, 2023"),
        // A weekday in parentheses after the date is left alone.
        ("March 22, 2007 (Thu)", 2007, 3, 22, "March 22, 2007"),
        ("March 22, 2007 (Thursday)", 2007, 3, 22, "March 22, 2007"),
        ("22 March 2007 (Thu.)", 2007, 3, 22, "22 March 2007"),
        // In a sentence.
        ("held on June 2, 2025.", 2025, 6, 2, "June 2, 2025"),
        ("TOKYO, Japan, June 30, 2025 -- Kestrel", 2025, 6, 30, "June 30, 2025"),
        // Japanese, with ASCII or full-width digits, year optional.
        ("2007年3月22日", 2007, 3, 22, "2007年3月22日"),
        ("２００７年３月２２日", 2007, 3, 22, "２００７年３月２２日"),
        ("3月22日", nil, 3, 22, "3月22日"),
        ("2025年5月30日（金）", 2025, 5, 30, "2025年5月30日"),
        ("2025年5月30日(金)", 2025, 5, 30, "2025年5月30日"),
        ("２０２５年５月３０日（金）", 2025, 5, 30, "２０２５年５月３０日"),
        ("2021 年 11 月2日", 2021, 11, 2, "2021 年 11 月2日"),
        ("2025年5月13日開催の取締役会", 2025, 5, 13, "2025年5月13日"),
        ("（2025年5月31日現在）", 2025, 5, 31, "2025年5月31日"),
        ("5月31日", nil, 5, 31, "5月31日"),
        ("５月３１日（土）まで", nil, 5, 31, "５月３１日"),
        // Japanese with the year, month and day marked: a day or month that does not exist is read.
        ("2025年2月30日", 2025, 2, 30, "2025年2月30日"),
        ("2025年13月1日", 2025, 13, 1, "2025年13月1日"),
        ("2025年5月999日", 2025, 5, 999, "2025年5月999日"),
        ("99999年5月30日", 99999, 5, 30, "99999年5月30日"),
        // No year: the month and day are still a mention.
        ("March 22", nil, 3, 22, "March 22"),
        ("22 March", nil, 3, 22, "22 March"),
        // A day that does not exist is still read, so that invalid-date can report it.
        ("February 30, 2007", 2007, 2, 30, "February 30, 2007"),
        ("2007-13-01", 2007, 13, 1, "2007-13-01"),
        // So are a year of five digits or more and, month first, a day of three or more.
        ("July 31, 99999", 99999, 7, 31, "July 31, 99999"),
        ("TOKYO, Japan, July 31, 99999 -- Kestrel", 99999, 7, 31, "July 31, 99999"),
        ("31 July 99999.", 99999, 7, 31, "31 July 99999"),
        ("July 999, 2025", 2025, 7, 999, "July 999, 2025"),
        ("July 99999, 99999 (Thu)", 99999, 7, 99999, "July 99999, 99999"),
        // A long number followed by a word is no year.
        ("On July 2, 15000 shares were bought", nil, 7, 2, "July 2"),
        ("On July 2, 150,000 yen", nil, 7, 2, "July 2"),
    ]

    @Test("reads a date", arguments: dates)
    func readsDate(_ input: String, _ year: Int?, _ month: Int, _ day: Int, _ text: String) throws {
        let found = tokens(input)
        let mentions = DateExtractor.mentions(in: found)
        try #require(mentions.count == 1, "\(input.debugDescription) gave \(mentions.count) mentions")
        let mention = mentions[0]
        #expect(mention.year == year)
        #expect(mention.month == month)
        #expect(mention.day == day)
        #expect(spanned(input, found, mention.tokenRange) == text)
    }

    /// `2007.03.22` is documented as a numeric date, like `2007-03-22` and `2007/3/22`.
    @Test("reads a year-first date with dots")
    func dottedDate() {
        let mentions = DateExtractor.mentions(in: tokens("2007.03.22"))
        #expect(mentions.count == 1)
        #expect(mentions.first.map { [$0.year, $0.month, $0.day] } == [2007, 3, 22])
    }

    /// Strings that must NOT yield a date.
    static let notDates: [String] = [
        // `may` the verb is not the month.
        "The Company may 2 times exceed the plan",
        "purchases may 15 days later resume",
        "in 22 may be",
        // Arithmetic in prose: the parts of a numeric date must touch.
        "2007 - 03 - 22",
        "2007 / 3 / 22",
        // Mixed separators.
        "2007-03/22",
        // A month and a year, no day.
        "March 2007",
        "March 2025, 2026",
        // A long day with no year after it.
        "July 999 shares",
        "FY2007",
        // Numbers that are not dates.
        "819,000 shares",
        "1,000,000 shares (maximum)",
        "3.8 % of the shares",
        "22 shares",
        // Words that start like month names.
        "Marching 22 bands",
        "Mayor 3 votes",
        "Junes 4",
        "",
        // Japanese: a month without a day, a year alone, fiscal years, ordinals, counts.
        "2025年5月",
        "2025年",
        "2025年3月期",
        "2025年度",
        "令和7年",
        "令和7年5月",
        "第165条第2項",
        "30日間",
        "819,000株",
        "0.72％",
        "令和の時代",
        "5月 30",
        // An abbreviated era date is read only when it exists, and not inside a longer reference.
        "S1.2.3",
        "R1.4.30",
        "H31.5.1",
        "R7.5.30.1",
        "R7.13.1",
        "R 7.5.30",
        "r7.5.30",
        "ｒ7.5.30",
    ]

    /// A date in a Japanese era: input, Gregorian date (ISO), whether it exists, the text spanned.
    static let eraDates: [(String, String, Bool, String)] = [
        ("令和7年5月30日", "2025-05-30", true, "令和7年5月30日"),
        ("令和７年５月３０日（金）", "2025-05-30", true, "令和７年５月３０日"),
        ("令和元年5月1日", "2019-05-01", true, "令和元年5月1日"),
        ("令和 元年5月1日", "2019-05-01", true, "令和 元年5月1日"),
        ("令和 元 年 5 月 1 日", "2019-05-01", true, "令和 元 年 5 月 1 日"),
        ("令 和 元 年 5 月 1 日", "2019-05-01", true, "令 和 元 年 5 月 1 日"),
        ("令和 7 年 5 月 30 日", "2025-05-30", true, "令和 7 年 5 月 30 日"),
        ("平成31年4月30日", "2019-04-30", true, "平成31年4月30日"),
        ("平成元年1月8日", "1989-01-08", true, "平成元年1月8日"),
        ("昭和64年1月7日", "1989-01-07", true, "昭和64年1月7日"),
        ("昭和元年12月25日", "1926-12-25", true, "昭和元年12月25日"),
        ("本日令和7年5月30日開催の取締役会", "2025-05-30", true, "令和7年5月30日"),
        ("R7.5.30", "2025-05-30", true, "R7.5.30"),
        ("H31.4.30", "2019-04-30", true, "H31.4.30"),
        ("Ｈ３１．４．３０", "2019-04-30", true, "Ｈ３１．４．３０"),
        ("取得日R7.5.30", "2025-05-30", true, "R7.5.30"),
        // Days the era did not cover.
        ("平成31年5月1日", "2019-05-01", false, "平成31年5月1日"),
        ("令和元年4月30日", "2019-04-30", false, "令和元年4月30日"),
        ("平成0年5月1日", "1988-05-01", false, "平成0年5月1日"),
        ("令和0年5月1日", "2018-05-01", false, "令和0年5月1日"),
        ("昭和64年1月8日", "1989-01-08", false, "昭和64年1月8日"),
        ("昭和元年12月24日", "1926-12-24", false, "昭和元年12月24日"),
        ("平成元年1月7日", "1989-01-07", false, "平成元年1月7日"),
        // A day that does not exist in any calendar.
        ("令和7年2月29日", "2025-02-29", false, "令和7年2月29日"),
    ]

    @Test("reads a date in a Japanese era as its Gregorian day", arguments: eraDates)
    func readsEraDate(_ input: String, _ iso: String, _ valid: Bool, _ text: String) throws {
        let found = tokens(input)
        let mentions = DateExtractor.mentions(in: found)
        try #require(mentions.count == 1, "\(input.debugDescription) gave \(mentions.count) mentions")
        let date = try #require(mentions[0].completed(from: nil))
        #expect(date.description == iso)
        #expect(date.isValid == valid)
        #expect(mentions[0].era != nil)
        #expect(spanned(input, found, mentions[0].tokenRange) == text)
    }

    @Test("an era date compares with a Gregorian one")
    func eraCompares() throws {
        let era = try #require(DateExtractor.mentions(in: tokens("令和7年5月30日")).first?.completed(from: nil))
        let western = try #require(DateExtractor.mentions(in: tokens("2025年5月30日")).first?.completed(from: nil))
        let english = try #require(DateExtractor.mentions(in: tokens("May 30, 2025")).first?.completed(from: nil))
        #expect(era == western && western == english)
        let later = try #require(DateExtractor.mentions(in: tokens("令和7年5月31日")).first?.completed(from: nil))
        #expect(western < later)
    }

    /// A month and day take the year of a neighbour, as `May 31` does, and no era with it.
    @Test("a month and day after an era date take its year")
    func monthDayAfterEra() throws {
        let mentions = DateExtractor.mentions(in: tokens("令和7年5月14日～5月31日"))
        try #require(mentions.count == 2)
        #expect(mentions[1].year == nil)
        #expect(mentions[1].completed(from: mentions[0])?.description == "2025-05-31")
        #expect(mentions[1].completed(from: mentions[0])?.isValid == true)
    }

    @Test("does not read a date", arguments: notDates)
    func readsNoDate(_ input: String) {
        let mentions = DateExtractor.mentions(in: tokens(input))
        #expect(mentions.isEmpty, "\(input.debugDescription) gave \(mentions.map { "\($0.year.map(String.init) ?? "-")-\($0.month.map(String.init) ?? "-")-\($0.day)" })")
    }

    @Test("reads two dates of a range, in order, without overlap")
    func twoDates() {
        let line = "From June 3, 2025 to June 27, 2025 (based on trade date)"
        let found = tokens(line)
        let mentions = DateExtractor.mentions(in: found)
        #expect(mentions.map { spanned(line, found, $0.tokenRange) } == ["June 3, 2025", "June 27, 2025"])
        #expect(mentions.count == 2 && mentions[0].tokenRange.upperBound <= mentions[1].tokenRange.lowerBound)
    }

    @Test("a month name is only a month when capitalised", arguments: [
        ("May", 5), ("MAY", 5), ("may", nil), ("Sept", 9), ("sept", nil), ("December", 12), ("Decembers", nil),
    ] as [(String, Int?)])
    func monthNames(_ word: String, _ month: Int?) throws {
        let token = try #require(tokens(word).first)
        #expect(DateExtractor.month(token) == month)
    }

    /// As a day or a year after the month it is a day that does not exist (`invalid-date`
    /// reports it), read as `Int.max`; elsewhere it is no date.
    @Test("a 400-digit number does not crash: a day or a year that does not exist after the month, else no date")
    func longNumber() {
        let digits = String(repeating: "1", count: 400)
        #expect(DateExtractor.mentions(in: tokens("March \(digits), 2007")).map { [$0.year, $0.month, $0.day] } == [[2007, 3, .max]])
        #expect(DateExtractor.mentions(in: tokens("March 22, \(digits)")).map { [$0.year, $0.month, $0.day] } == [[.max, 3, 22]])
        #expect(DateExtractor.mentions(in: tokens("\(digits)-03-22")).isEmpty)
        #expect(DateExtractor.mentions(in: tokens("\(digits) March 2007")).isEmpty)
    }
}
