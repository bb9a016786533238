/// A Japanese era (和暦): 令和, 平成, 昭和. A year of an era is counted from 1 (元年), and the era
/// covers only the days between its first and last day: 平成31年5月1日 and 令和元年4月30日 do
/// not exist.
package enum JapaneseEra: String, Hashable, Sendable, CaseIterable {
    /// 令和 (Reiwa), from May 1, 2019; abbreviated `R`.
    case reiwa = "令和"
    /// 平成 (Heisei), January 8, 1989 to April 30, 2019; abbreviated `H`.
    case heisei = "平成"
    /// 昭和 (Shōwa), December 25, 1926 to January 7, 1989; abbreviated `S`.
    case showa = "昭和"

    /// The era a word names: `令和`, or `令和元年` (the era and its first year, a letter-spaced
    /// `令 和 元 年` read as one word).
    package init?(word token: Token) {
        // Two kanji are 6 bytes of UTF-8, four 12: most words are ruled out without a comparison.
        let count = token.normalized.utf8.count
        guard token.kind == .word, count == 6 || count == 12 else { return nil }
        let name = count == 12 && token.normalized.hasSuffix("元年") ? String(token.normalized.dropLast(2)) : token.normalized
        // Compared on bytes: a word of kanji is another era's name only if its bytes are. Only a
        // CJK compatibility ideograph is canonically another kanji, and only such a word is
        // compared as a string.
        for era in JapaneseEra.allCases where Token.same(era.rawValue, name) {
            self = era
            return
        }
        guard Token.hasCompatibilityIdeograph(name) else { return nil }
        self.init(rawValue: name)
    }

    /// Whether a word may name an era (``init(word:)``): its normalized text starts outside
    /// ASCII and is 6 or 12 bytes long, read from the token's stem key when the word is its own
    /// stem (most Japanese words) without a look at its text.
    @inline(__always)
    package static func mayName(_ token: Token) -> Bool {
        guard token.stemShape.rawValue == 0 else { return token.normalized.utf8.first.map { $0 >= 0x80 } == true }
        let (first, count) = StemShape.firstByteAndCount(ofKey: token.wordKey)
        return first >= 0x80 && (count == 6 || count == 12)
    }

    /// The era of an abbreviation written before a dotted date (`R7.5.30`, `H31.4.30`), upper case.
    package init?(abbreviation token: Token) {
        // One capital letter, ASCII or full width (`R`, `Ｒ`): its normalized text is one letter.
        guard token.kind == .word, token.normalized.utf8.count == 1,
              token.traits.contains(.upperASCII) || token.traits.contains(.upperFullWidth) else { return nil }
        switch token.normalized {
        case "r": self = .reiwa
        case "h": self = .heisei
        case "s": self = .showa
        default: return nil
        }
    }

    /// The Gregorian year before the era's year 1.
    package var offset: Int {
        switch self {
        case .reiwa: return 2018
        case .heisei: return 1988
        case .showa: return 1925
        }
    }

    /// The era's first day.
    package var firstDay: CalendarDate {
        switch self {
        case .reiwa: return CalendarDate(year: 2019, month: 5, day: 1)
        case .heisei: return CalendarDate(year: 1989, month: 1, day: 8)
        case .showa: return CalendarDate(year: 1926, month: 12, day: 25)
        }
    }

    /// The era's last day; nil for the current era.
    package var lastDay: CalendarDate? {
        switch self {
        case .reiwa: return nil
        case .heisei: return CalendarDate(year: 2019, month: 4, day: 30)
        case .showa: return CalendarDate(year: 1989, month: 1, day: 7)
        }
    }

    /// The Gregorian year of the era's year `year` (`令和7年` is 2025); a year too large to
    /// exist stays too large (`Int.max`), never overflows.
    package func gregorianYear(_ year: Int) -> Int {
        year > 100_000 ? .max : offset + year
    }

    /// Whether the era covers `date` (a Gregorian day).
    package func covers(_ date: CalendarDate) -> Bool {
        firstDay <= date && lastDay.map { date <= $0 } ?? true
    }
}
