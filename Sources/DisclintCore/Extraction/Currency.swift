/// A currency, by its ISO 4217 code.
package struct Currency: Hashable, Sendable, CustomStringConvertible {
    package var code: String

    package init(_ code: String) { self.code = code }

    package var description: String { code }

    /// Symbols written before an amount: `¥`, `￥`, `$`, `€`, `£` (`US$` is `US` then `$`).
    static let symbols: [String: String] = ["¥": "JPY", "￥": "JPY", "$": "USD", "€": "EUR", "£": "GBP", "円": "JPY"]

    /// Words naming a currency, before or after an amount.
    static let words: [String: String] = [
        "yen": "JPY", "jpy": "JPY", "円": "JPY", "usd": "USD", "dollar": "USD", "dollars": "USD",
        "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "gbx": "GBP", "pence": "GBP", "chf": "CHF", "cny": "CNY", "rmb": "CNY",
        "hkd": "HKD", "krw": "KRW", "won": "KRW", "aud": "AUD", "cad": "CAD", "sgd": "SGD",
        // Japanese names: `3,137,652,400米ドル`, `15,000百万米ドル`, `ユーロ`.
        "ドル": "USD", "米ドル": "USD", "usドル": "USD", "米国ドル": "USD", "ユーロ": "EUR", "ポンド": "GBP",
        "英ポンド": "GBP", "人民元": "CNY", "ウォン": "KRW", "香港ドル": "HKD", "豪ドル": "AUD",
        "カナダドル": "CAD", "シンガポールドル": "SGD", "スイスフラン": "CHF", "フラン": "CHF",
    ]

    /// The currency a token names on its own (`yen`, `JPY`, `¥`, `円`).
    package static func named(by token: Token) -> Currency? {
        // Every symbol of the table is its own folded form, so the normalized text finds it (and
        // finds `＄` as `$`).
        if token.kind == .symbol, let code = symbols[token.normalized] {
            return Currency(code)
        }
        if token.kind == .word, let code = words[token.normalized] { return Currency(code) }
        return nil
    }
}
