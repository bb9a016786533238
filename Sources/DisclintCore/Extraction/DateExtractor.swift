/// Finds dates in tokens, in the forms English releases use.
///
/// - month first: `March 22, 2007`, `Mar. 22, 2007`, `September 2,2019`, `March 22nd, 2007`,
///   `March 22` (no year);
/// - day first: `22 March 2007`, `22nd of March, 2007`, `22 March` (no year);
/// - numeric, year first: `2007-03-22`, `2007/3/22`, `2007.03.22` (years 1800–2199 only, so a
///   phone number such as `0120-12-34` is not read as a date);
/// - Japanese: `2007年3月22日` (year optional), with ASCII or full-width digits and spaces
///   between the parts as PDF text has them (`2021 年 11 月2日`); in an era (和暦):
///   `令和7年5月30日`, `令和元年5月1日` (元年 is year 1), `平成31年4月30日`, `昭和64年1月7日`,
///   `令和 7 年 5 月 30 日`, and the abbreviated `R7.5.30`, `H31.4.30`, `S64.1.7`.
///
/// An era date is returned as its Gregorian day with its ``DateMention/era``; one the era did
/// not cover (`平成31年5月1日`, `令和元年4月30日`, `平成0年…`) completes to a date that is not
/// valid (``CalendarDate/outsideEra``). The abbreviated form, which could be a reference such as
/// `S1.2.3` in English, is read only when it is a valid era date. With the year and `年 月 日`
/// written, a month or day of any length is read (`2025年13月1日` does not exist); a weekday
/// after the date (`（金）`) is left alone.
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
    @inline(__always)
    package static func mention(in tokens: [Token], at index: Int) -> DateMention? {
        // The token is read in place (a copy of it is a reference count of its text): this runs
        // for every token of every line with a number.
        let kind = tokens[index].kind
        if kind == .word {
            // A month's name is capitalised: most words are ruled out before a copy of the token.
            if tokens[index].startsUpperCaseASCII, let month = month(tokens[index]) { return monthFirst(tokens, index, month) }
            // An era name is not ASCII; its abbreviation (`R7.5.30`) has a number right after it.
            if !tokens[index].textIsASCII, JapaneseEra.mayName(tokens[index]), let era = JapaneseEra(word: tokens[index]) {
                return eraDate(tokens, index, era)
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .number, let era = JapaneseEra(abbreviation: tokens[index]) {
                return abbreviatedEraDate(tokens, index, era)
            }
            return nil
        }
        if kind == .number {
            // Each form has a token after the number: a separator for `2007-03-22`; a word for
            // `2007年`, `22 March`, `22nd`, `22 of`. Most numbers of a draft (an amount, a count
            // of shares) are ruled out by it before a form is tried.
            guard index + 1 < tokens.count else { return nil }
            switch tokens[index + 1].kind {
            case .symbol: return yearFirstNumeric(tokens, index)
            case .word: return japanese(tokens, index) ?? dayFirst(tokens, index)
            case .number: return nil
            }
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

    /// The first bytes and lengths of ``monthNames``, which rule out most capitalised words unhashed.
    static let monthKeys = WordFilter(monthNames.keys)

    /// The month a word names; the word must be capitalised (`May`, `MAY`, not the verb `may`).
    package static func month(_ token: Token) -> Int? {
        guard token.kind == .word, token.startsUpperCaseASCII, monthKeys.mayContain(token.normalized) else { return nil }
        return monthNames[token.normalized]
    }

    // MARK: - Forms

    // A number's normalized text is ASCII digits and at most one `.`: its characters are its
    // bytes, counted and searched as such (counting characters of a string steps grapheme by
    // grapheme, and most tokens a date is tried at are numbers).

    private static func isDay(_ token: Token?) -> Int? {
        guard let token, token.kind == .number, (1...2).contains(token.normalized.utf8.count),
              !token.normalized.utf8.contains(UInt8(ascii: ".")), let day = Int(token.normalized) else { return nil }
        return day
    }

    private static func isYear(_ token: Token?) -> Int? {
        guard let token, token.kind == .number, token.normalized.utf8.count == 4,
              !token.normalized.utf8.contains(UInt8(ascii: ".")), let year = Int(token.normalized) else { return nil }
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
        guard let token = at(tokens, index), isLongNumber(token, digits: 3...), token.normalized.utf8.count != 4,
              at(tokens, index + 1)?.isSymbol(",") == true, year(tokens, index + 2) != nil else { return nil }
        return Int(token.normalized) ?? .max
    }

    /// Whether a token is a whole number of `digits` digits written without separators.
    private static func isLongNumber(_ token: Token, digits: PartialRangeFrom<Int>) -> Bool {
        token.kind == .number && digits.contains(token.normalized.utf8.count)
            && !token.normalized.utf8.contains(UInt8(ascii: ".")) && !token.traits.contains(.asciiComma)
    }

    private static func at(_ tokens: [Token], _ index: Int) -> Token? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// Skips an ordinal suffix (`22nd`) glued to the day.
    private static func skipOrdinal(_ tokens: [Token], _ index: Int) -> Int {
        guard let token = at(tokens, index), token.kind == .word,
              // No other bytes are canonically these two letters: a Japanese word is ruled out by
              // its length before `==` normalises it.
              token.normalized.utf8.count == 2, ["st", "nd", "rd", "th"].contains(token.normalized),
              token.span.start == tokens[index - 1].span.end else { return index }
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
        for offset in 0..<4 where tokens[start + offset].span.end
            != tokens[start + offset + 1].span.start { return nil }
        return DateMention(year: year, month: month, day: day, tokenRange: start..<(start + 5))
    }

    /// `2007年3月22日`, `3月22日`, `2021 年 11 月2日`; a year of five digits or more does not exist.
    private static func japanese(_ tokens: [Token], _ start: Int) -> DateMention? {
        // Most numbers are followed by no 年 or 月: ruled out before any number is parsed.
        guard let next = at(tokens, start + 1), next.kind == .word, next.hasText("年") || next.hasText("月") else { return nil }
        if next.hasText("年"), let year = whole(at(tokens, start)), tokens[start].normalized.utf8.count >= 4 {
            return monthDay(tokens, start + 2, long: true).map {
                DateMention(year: year, month: $0.month, day: $0.day, tokenRange: start..<$0.end)
            }
        }
        return monthDay(tokens, start, long: false).map {
            DateMention(year: nil, month: $0.month, day: $0.day, tokenRange: start..<$0.end)
        }
    }

    /// `5月30日` at `tokens[index]`: the month, the day and the end of the tokens read. Only a
    /// month and day of one or two digits unless `long` (after a year, where `年 月 日` make the
    /// date plain and a longer number is a day that does not exist).
    private static func monthDay(_ tokens: [Token], _ index: Int, long: Bool) -> (month: Int, day: Int, end: Int)? {
        let number = long ? whole : isDay
        guard let month = number(at(tokens, index)), at(tokens, index + 1)?.isWord("月") == true,
              let day = number(at(tokens, index + 2)), at(tokens, index + 3)?.isWord("日") == true else { return nil }
        return (month, day, index + 4)
    }

    /// A whole number written without separators or decimals, `Int.max` when too long for an `Int`.
    private static func whole(_ token: Token?) -> Int? {
        guard let token, isLongNumber(token, digits: 1...) else { return nil }
        return Int(token.normalized) ?? .max
    }

    /// `令和7年5月30日`, `令和元年5月1日`, `令和 元 年5月1日`, `令和 7 年 5 月 30 日`.
    private static func eraDate(_ tokens: [Token], _ start: Int, _ era: JapaneseEra) -> DateMention? {
        var index = start + 1
        let eraYear: Int
        if tokens[start].normalized.hasSuffix("元年") {
            eraYear = 1
        } else if at(tokens, index)?.isWord("元年") == true {
            eraYear = 1
            index += 1
        } else if at(tokens, index)?.isWord("元") == true, at(tokens, index + 1)?.isWord("年") == true {
            eraYear = 1
            index += 2
        } else if let year = whole(at(tokens, index)), at(tokens, index + 1)?.isWord("年") == true {
            eraYear = year
            index += 2
        } else {
            return nil
        }
        guard let (month, day, end) = monthDay(tokens, index, long: true) else { return nil }
        return DateMention(year: era.gregorianYear(eraYear), month: month, day: day, tokenRange: start..<end, era: era)
    }

    /// `R7.5.30`, `H31.4.30`: the era's letter, then year, month and day joined by dots, all
    /// touching; read only when the day exists in that era.
    private static func abbreviatedEraDate(_ tokens: [Token], _ start: Int, _ era: JapaneseEra) -> DateMention? {
        guard let year = isDay(at(tokens, start + 1)), at(tokens, start + 2)?.isSymbol(".") == true,
              let month = isDay(at(tokens, start + 3)), at(tokens, start + 4)?.isSymbol(".") == true,
              let day = isDay(at(tokens, start + 5)) else { return nil }
        for offset in 0..<5 where tokens[start + offset].span.end
            != tokens[start + offset + 1].span.start { return nil }
        // `R7.5.30.1` is a reference number, not a date.
        if let next = at(tokens, start + 6), next.isSymbol("."), next.span.start == tokens[start + 5].span.end,
           at(tokens, start + 7)?.kind == .number {
            return nil
        }
        let mention = DateMention(year: era.gregorianYear(year), month: month, day: day, tokenRange: start..<(start + 6), era: era)
        guard mention.completed(from: nil)?.isValid == true else { return nil }
        return mention
    }
}
