/// Finds dates in tokens, in the forms English releases use.
///
/// - month first: `March 22, 2007`, `Mar. 22, 2007`, `September 2,2019`, `March 22nd, 2007`,
///   `March 22` (no year);
/// - day first: `22 March 2007`, `22nd of March, 2007`, `22 March` (no year);
/// - numeric, year first: `2007-03-22`, `2007/3/22`, `2007.03.22` (years 1800–2199 only, so a
///   phone number such as `0120-12-34` is not read as a date);
/// - Japanese: `2007年3月22日` (year optional), with ASCII or full-width digits.
///
/// A weekday in parentheses after a date (`(Thu)`) is left alone. A day that does not exist is
/// still returned (see ``CalendarDate/isValid``), so that `invalid-date` can report it; a day
/// number above 31 or a month number above 12 in a numeric date is returned the same way, and so
/// are, in the month-first and day-first forms, a year of five or more digits (`July 31, 99999`)
/// and, month first, a day of three or more (`July 999, 2025`): read as a shorter date, they
/// would pass unnoticed (a number too long for an `Int` is read as `Int.max`).
package enum DateExtractor {
    /// All date mentions in `tokens`, in order, none overlapping.
    package static func mentions(in tokens: [Token]) -> [DateMention] {
        // Every mention has a number (its day or its year): most lines of prose have none.
        guard tokens.contains(where: { $0.kind == .number }) else { return [] }
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if let mention = mention(in: tokens, at: index) {
                result.append(mention)
                index = mention.tokenRange.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// A date mention that starts at `tokens[index]`, if one does.
    package static func mention(in tokens: [Token], at index: Int) -> DateMention? {
        let token = tokens[index]
        if token.kind == .word, let month = month(token) {
            return monthFirst(tokens, index, month)
        }
        if token.kind == .number {
            return yearFirstNumeric(tokens, index) ?? japanese(tokens, index) ?? dayFirst(tokens, index)
        }
        return nil
    }

    // MARK: - Month names

    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The month a word names; the word must be capitalised (`May`, `MAY`, not the verb `may`).
    package static func month(_ token: Token) -> Int? {
        guard token.kind == .word, let first = token.text.unicodeScalars.first,
              first >= "A" && first <= "Z" else { return nil }
        return monthNames[token.normalized]
    }

    // MARK: - Forms

    private static func isDay(_ token: Token?) -> Int? {
        guard let token, token.kind == .number, !token.normalized.contains("."),
              (1...2).contains(token.normalized.count), let day = Int(token.normalized) else { return nil }
        return day
    }

    private static func isYear(_ token: Token?) -> Int? {
        guard let token, token.kind == .number, token.normalized.count == 4,
              !token.normalized.contains("."), let year = Int(token.normalized) else { return nil }
        return year
    }

    /// The year at `tokens[index]`: four digits, or five or more written without separators
    /// (a year that does not exist) when no word but a period's connector follows, so that
    /// `On July 2, 15000 shares were …` is not read as a date of year 15000.
    private static func year(_ tokens: [Token], _ index: Int) -> Int? {
        if let year = isYear(at(tokens, index)) { return year }
        guard let token = at(tokens, index), isLongNumber(token, digits: 5...) else { return nil }
        if let next = at(tokens, index + 1), next.kind != .symbol, !DateRangeExtractor.connectors.contains(next.normalized) {
            return nil
        }
        return Int(token.normalized) ?? .max
    }

    /// A day of three digits or more than four (four are a year: `March 2025, 2026` is no day
    /// 2025), followed by `, YEAR`: `July 999, 2025`. The comma and the year make it a date.
    private static func impossibleDay(_ tokens: [Token], _ index: Int) -> Int? {
        guard let token = at(tokens, index), isLongNumber(token, digits: 3...), token.normalized.count != 4,
              at(tokens, index + 1)?.isSymbol(",") == true, year(tokens, index + 2) != nil else { return nil }
        return Int(token.normalized) ?? .max
    }

    /// Whether a token is a whole number of `digits` digits written without separators.
    private static func isLongNumber(_ token: Token, digits: PartialRangeFrom<Int>) -> Bool {
        token.kind == .number && digits.contains(token.normalized.count) && !token.normalized.contains(".")
            && !token.text.contains(",")
    }

    private static func at(_ tokens: [Token], _ index: Int) -> Token? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// Skips an ordinal suffix (`22nd`) glued to the day.
    private static func skipOrdinal(_ tokens: [Token], _ index: Int) -> Int {
        guard let token = at(tokens, index), token.kind == .word,
              ["st", "nd", "rd", "th"].contains(token.normalized),
              token.span.range.lowerBound == tokens[index - 1].span.range.upperBound else { return index }
        return index + 1
    }

    /// `March 22, 2007`, `Mar. 22 2007`, `March 22`.
    private static func monthFirst(_ tokens: [Token], _ start: Int, _ month: Int) -> DateMention? {
        var index = start + 1
        if at(tokens, index)?.isSymbol(".") == true { index += 1 }
        guard let day = isDay(at(tokens, index)) ?? impossibleDay(tokens, index) else { return nil }
        index = skipOrdinal(tokens, index + 1)
        var end = index
        var year: Int?
        var cursor = index
        if at(tokens, cursor)?.isSymbol(",") == true { cursor += 1 }
        if let value = self.year(tokens, cursor) {
            year = value
            end = cursor + 1
        }
        return DateMention(year: year, month: month, day: day, tokenRange: start..<end)
    }

    /// `22 March 2007`, `22nd of March, 2007`, `22 March`.
    private static func dayFirst(_ tokens: [Token], _ start: Int) -> DateMention? {
        guard let day = isDay(at(tokens, start)) else { return nil }
        var index = skipOrdinal(tokens, start + 1)
        if at(tokens, index)?.isWord("of") == true { index += 1 }
        guard let monthToken = at(tokens, index), let month = month(monthToken) else { return nil }
        index += 1
        if at(tokens, index)?.isSymbol(".") == true, monthToken.normalized.count <= 4 { index += 1 }
        var end = index
        var cursor = index
        if at(tokens, cursor)?.isSymbol(",") == true { cursor += 1 }
        var year: Int?
        if let value = self.year(tokens, cursor) {
            year = value
            end = cursor + 1
        }
        return DateMention(year: year, month: month, day: day, tokenRange: start..<end)
    }

    /// `2007-03-22`, `2007/3/22`, `2007.03.22`: the same separator twice, no space around it.
    private static func yearFirstNumeric(_ tokens: [Token], _ start: Int) -> DateMention? {
        // Numbers like `0120-12-34` (a phone number) are not dates: a numeric date has a plausible year.
        guard let year = isYear(at(tokens, start)), (1800...2199).contains(year), let separator = at(tokens, start + 1),
              separator.kind == .symbol, ["-", "/", "."].contains(separator.normalized),
              let month = isDay(at(tokens, start + 2)), let second = at(tokens, start + 3),
              second.normalized == separator.normalized, let day = isDay(at(tokens, start + 4))
        else { return nil }
        // The parts must touch: `2007 - 03 - 22` in prose is arithmetic, not a date.
        for offset in 0..<4 where tokens[start + offset].span.range.upperBound
            != tokens[start + offset + 1].span.range.lowerBound { return nil }
        return DateMention(year: year, month: month, day: day, tokenRange: start..<(start + 5))
    }

    /// `2007年3月22日`, `3月22日`.
    private static func japanese(_ tokens: [Token], _ start: Int) -> DateMention? {
        var index = start
        var year: Int?
        if let value = isYear(at(tokens, index)), at(tokens, index + 1)?.text == "年" {
            year = value
            index += 2
        }
        guard let month = isDay(at(tokens, index)), at(tokens, index + 1)?.text == "月",
              let day = isDay(at(tokens, index + 2)), at(tokens, index + 3)?.text == "日" else { return nil }
        return DateMention(year: year, month: month, day: day, tokenRange: start..<(index + 4))
    }
}
