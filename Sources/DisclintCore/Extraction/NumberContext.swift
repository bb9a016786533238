/// Which numbers of a value are not free-standing quantities: parts of dates, percentages,
/// item numbers.
struct NumberContext {
    private var taken: [Bool]

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
        }
    }

    /// Whether the number at `index` belongs to a date or a percentage.
    func isTaken(_ index: Int) -> Bool { taken[index] }
}
