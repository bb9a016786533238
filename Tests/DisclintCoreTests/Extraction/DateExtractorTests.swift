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
        #expect(spanned(found, mention.tokenRange) == text)
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
    ]

    @Test("does not read a date", arguments: notDates)
    func readsNoDate(_ input: String) {
        let mentions = DateExtractor.mentions(in: tokens(input))
        #expect(mentions.isEmpty, "\(input.debugDescription) gave \(mentions.map { "\($0.year.map(String.init) ?? "-")-\($0.month.map(String.init) ?? "-")-\($0.day)" })")
    }

    @Test("reads two dates of a range, in order, without overlap")
    func twoDates() {
        let found = tokens("From June 3, 2025 to June 27, 2025 (based on trade date)")
        let mentions = DateExtractor.mentions(in: found)
        #expect(mentions.map { spanned(found, $0.tokenRange) } == ["June 3, 2025", "June 27, 2025"])
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
