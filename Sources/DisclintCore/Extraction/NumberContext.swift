/// Which numbers of a value are not free-standing quantities: parts of dates, percentages,
/// item numbers, and in Japanese numbers counted in something else than shares or money
/// (`第165条第2項`, `2025年3月期`, `30日間`, `3回`).
struct NumberContext {
    private var taken: [Bool]

    /// Japanese counters that make the number before them something other than a quantity.
    static let otherCounters: Set<String> = ["年", "月", "日", "条", "項", "号", "回", "期", "名", "件", "社", "時", "分", "週", "ヶ月", "か月", "カ月"]

    init(tokens: [Token]) {
        taken = Array(repeating: false, count: tokens.count)
        for mention in DateExtractor.mentions(in: tokens) {
            for index in mention.tokenRange { taken[index] = true }
        }
        for (index, token) in tokens.enumerated() where token.kind == .number {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let next, next.normalized == "%" || next.normalized == "percent" || next.normalized == "％" {
                taken[index] = true
            }
            // Only a word not in ASCII can be a Japanese counter or end in 第.
            if let next, next.kind == .word, next.normalized.utf8.first.map({ $0 >= 0x80 }) == true,
               NumberContext.otherCounters.contains(next.normalized) {
                taken[index] = true
            }
            // `第2項`, `会社法第165条`: an ordinal.
            if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].normalized.utf8.last.map({ $0 >= 0x80 }) == true,
               tokens[index - 1].normalized.hasSuffix("第") {
                taken[index] = true
            }
        }
    }

    /// Whether the number at `index` belongs to a date or a percentage.
    func isTaken(_ index: Int) -> Bool { taken[index] }
}
