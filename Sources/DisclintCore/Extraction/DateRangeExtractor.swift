/// Reads a period from the tokens of a value.
///
/// The first two dates written are its first and last day, whatever joins them ("From X to Y",
/// "X – Y", "X through Y", "X, to Y", "between X and Y", "Started on X and ended on Y",
/// "X～Y", "XからYまで"). A year or month written only once is shared: "March 22 to March 30,
/// 2007", "March 22 to 30, 2007", "22 to 30 March 2007", "2025年5月14日～5月31日",
/// "2025年5月14日～31日". A single date is a one-day period (a ToSTNeT-3 purchase). The basis
/// ("based on trade date", "delivery basis", 約定ベース, 受渡ベース) is read from the same tokens.
package enum DateRangeExtractor {
    /// The period in `tokens`, if at least one complete date can be read.
    package static func range(in tokens: [Token]) -> DateRange? {
        let mentions = DateExtractor.mentions(in: tokens)
        guard let only = mentions.first else { return nil }
        let first: DateMention
        let second: DateMention
        if mentions.count >= 2 {
            (first, second) = (only, mentions[1])
        } else if let bare = bareDay(after: only, in: tokens) {
            (first, second) = (only, bare)
        } else if let bare = bareDay(before: only, in: tokens) {
            (first, second) = (bare, only)
        } else {
            (first, second) = (only, only)
        }
        guard var start = first.completed(from: second), let end = second.completed(from: first) else {
            return nil
        }
        // `December 20 to January 10, 2025`: a year written once belongs to the end; a start
        // that would then come after the end is in the year before.
        if first.year == nil, second.year != nil, first.month != nil, start > end {
            start.year -= 1
        }
        return DateRange(start: start, end: end, basis: basis(in: tokens), startMention: first, endMention: second)
    }

    /// The basis of a period from the words near it.
    package static func basis(in tokens: [Token]) -> DateRange.Basis? {
        // The words are compared as they come, not hashed into a set: the English ones on bytes
        // (no other text is canonically a word of lower-case ASCII letters).
        var settlement = false
        var trade = false
        var japanese: [String] = []
        for token in tokens where token.kind == .word {
            let word = token.normalized
            if word.utf8.first.map({ $0 >= 0x80 }) ?? false {
                japanese.append(word)
            } else if basisWords.settlement.contains(where: { Token.same($0, word) }) {
                settlement = true
            } else if basisWords.trade.contains(where: { Token.same($0, word) }) {
                trade = true
            }
        }
        if settlement { return .settlement }
        if trade { return .trade }
        // Japanese words run together: `受渡日ベース`, `約定ベース）`.
        if japanese.contains(where: { has($0, "受渡") || has($0, "受け渡し") }) { return .settlement }
        if japanese.contains(where: { has($0, "約定") }) { return .trade }
        return nil
    }

    /// `word.contains(part)` (characters compared as `==` compares them), asked only of a word
    /// whose bytes have the part's or that has a compatibility ideograph (canonically another
    /// kanji): for a part of kanji and kana without marks no other word can contain it. The
    /// search on characters cost ~170,000 instructions for a period's value.
    private static func has(_ word: String, _ part: String) -> Bool {
        guard ByteSearch.contains(Array(part.utf8), in: word) || Token.hasCompatibilityIdeograph(word) else { return false }
        return word.contains(part)
    }

    /// The words that say on which basis a period's dates are counted.
    private static let basisWords: (settlement: [String], trade: [String]) = (["delivery", "settlement"], ["trade", "contract", "execution"])

    /// Words and dashes between the two dates of a period (full-width forms are folded: `～` is `~`).
    static let connectors: Set<String> = [
        "to", "through", "thru", "until", "till", "and", "-", "–", "—", "~", "〜", "‐", "−", "―", "から", "より",
    ]

    /// `30, 2007` in `March 22 to 30, 2007`: a day alone after a connector.
    private static func bareDay(after first: DateMention, in tokens: [Token]) -> DateMention? {
        var index = first.tokenRange.upperBound
        guard index < tokens.count, connectors.contains(tokens[index].normalized) else { return nil }
        index += 1
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].normalized.count <= 2,
              let day = Int(tokens[index].normalized) else { return nil }
        var end = index + 1
        if isOrdinal(tokens, end) || (end < tokens.count && tokens[end].isWord("日")) { end += 1 }
        var year = first.year
        var cursor = end
        if cursor < tokens.count, tokens[cursor].isSymbol(",") { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].kind == .number, tokens[cursor].normalized.count == 4,
           let value = Int(tokens[cursor].normalized) {
            year = value
            end = cursor + 1
        }
        return DateMention(year: year, month: first.month, day: day, tokenRange: index..<end)
    }

    /// Whether `tokens[index]` is an ordinal suffix glued to the number before it (`30th`).
    private static func isOrdinal(_ tokens: [Token], _ index: Int) -> Bool {
        index > 0 && index < tokens.count && ["st", "nd", "rd", "th"].contains(tokens[index].normalized)
            && tokens[index].span.start == tokens[index - 1].span.end
    }

    /// `22` in `22 to 30 March 2007`, `22nd to 30th March 2007` or `22–30 March 2007`: a day
    /// alone before a connector.
    private static func bareDay(before second: DateMention, in tokens: [Token]) -> DateMention? {
        let connector = second.tokenRange.lowerBound - 1
        var dayIndex = connector - 1
        if isOrdinal(tokens, dayIndex) { dayIndex -= 1 }
        guard dayIndex >= 0, connector >= 0, connectors.contains(tokens[connector].normalized),
              tokens[dayIndex].kind == .number, tokens[dayIndex].normalized.count <= 2,
              let day = Int(tokens[dayIndex].normalized) else { return nil }
        return DateMention(year: second.year, month: second.month, day: day, tokenRange: dayIndex..<connector)
    }
}
