/// Reads a number of shares from the tokens of a value.
///
/// `819,000 shares`, `1 million shares`, `800 thousand shares`, `1,000,000 shares (maximum)`,
/// `Up to 64,000,000 common shares`, `819,000株`. Where no number is followed by a share unit
/// (a table cell holding `819,000`), the first number that is not part of a date or a
/// percentage is taken.
package enum QuantityExtractor {
    static let units: Set<String> = ["share", "shares", "stock", "stocks", "株", "units"]
    static let adjectives: Set<String> = ["common", "ordinary", "own", "treasury", "class", "a", "b", "of", "its"]

    /// The first number of shares in `tokens`.
    package static func quantity(in tokens: [Token]) -> Quantity? {
        let context = NumberContext(tokens: tokens)
        var fallback: Quantity?
        for index in tokens.indices where tokens[index].kind == .number && !context.isTaken(index) {
            guard let number = ScaledNumber.read(tokens, at: index) else { continue }
            var cursor = number.tokenRange.upperBound
            var skipped = 0
            while cursor < tokens.count, skipped < 2, adjectives.contains(tokens[cursor].normalized) {
                cursor += 1
                skipped += 1
            }
            if cursor < tokens.count, units.contains(tokens[cursor].normalized) {
                return Quantity(value: number.value, tokenRange: index..<(cursor + 1))
            }
            if fallback == nil, !isMoney(tokens, index, number) {
                fallback = Quantity(value: number.value, tokenRange: number.tokenRange)
            }
        }
        return fallback
    }

    private static func isMoney(_ tokens: [Token], _ index: Int, _ number: ScaledNumber) -> Bool {
        if index > 0, Currency.named(by: tokens[index - 1]) != nil { return true }
        let after = number.tokenRange.upperBound
        return after < tokens.count && Currency.named(by: tokens[after]) != nil
    }
}
