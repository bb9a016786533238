/// Reads a sum of money from the tokens of a value.
///
/// `2,533,155,000 yen`, `¥2,533 million`, `JPY 3.2 billion`, `3,200 million yen`,
/// `US$2,533,155,000`, `$1.5 million`, `€20m`, `EUR 20 million`, `£3,000,000`, `GBP 3 million`,
/// `2,533,155,000円`. The first number that has a currency before or after it wins; where none
/// has one, the first number that is not part of a date or a percentage is read with the
/// currency and scale of the label (`Total cost (millions of yen) | 2,533`), or none.
package enum AmountExtractor {
    /// The first amount in `tokens`; `unit` is the currency and scale stated in the label.
    package static func amount(in tokens: [Token], unit: LabelUnit = LabelUnit()) -> Amount? {
        let context = NumberContext(tokens: tokens)
        var fallback: Amount?
        for index in tokens.indices where tokens[index].kind == .number && !context.isTaken(index) {
            guard let number = ScaledNumber.read(tokens, at: index) else { continue }
            if let (currency, start) = prefixCurrency(tokens, index) {
                return Amount(value: number.value, currency: currency, tokenRange: start..<number.tokenRange.upperBound)
            }
            if let (currency, end) = suffixCurrency(tokens, number.tokenRange.upperBound) {
                return Amount(value: number.value, currency: currency, tokenRange: index..<end)
            }
            if fallback == nil, !isShareCount(tokens, number.tokenRange.upperBound) {
                let scaled = number.tokenRange.count == 1 ? number.value * unit.multiplier : number.value
                fallback = Amount(value: scaled, currency: unit.currency, tokenRange: number.tokenRange)
            }
        }
        return fallback
    }

    private static func prefixCurrency(_ tokens: [Token], _ index: Int) -> (Currency, Int)? {
        guard index > 0 else { return nil }
        let before = tokens[index - 1]
        if before.isSymbol("$"), index > 1, tokens[index - 2].kind == .word {
            let word = tokens[index - 2].normalized
            let codes = ["us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "s": "SGD", "nz": "NZD"]
            if let code = codes[word] { return (Currency(code), index - 2) }
        }
        if let currency = Currency.named(by: before), before.normalized != "円" { return (currency, index - 1) }
        return nil
    }

    private static func suffixCurrency(_ tokens: [Token], _ end: Int) -> (Currency, Int)? {
        guard end < tokens.count else { return nil }
        // `US dollars`, `Japanese yen`, `euros`: a country word before the currency word.
        if ["us", "u", "japanese", "american", "hong", "singapore", "australian", "canadian"].contains(tokens[end].normalized) {
            var next = end + 1
            while next < tokens.count, next < end + 4, tokens[next].isSymbol(".") || tokens[next].isWord("s") || tokens[next].isWord("kong") { next += 1 }
            if next < tokens.count, tokens[next].kind == .word, let currency = Currency.named(by: tokens[next]) {
                return (currency, next + 1)
            }
        }
        if let currency = Currency.named(by: tokens[end]), tokens[end].kind == .word || tokens[end].normalized == "円" {
            return (currency, end + 1)
        }
        return nil
    }

    private static func isShareCount(_ tokens: [Token], _ end: Int) -> Bool {
        end < tokens.count && QuantityExtractor.units.contains(tokens[end].normalized)
    }
}
