#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The unit a label gives its bare numbers: `(yen)`, `(millions of yen)`, `(in thousands of JPY)`.
package struct LabelUnit: Hashable, Sendable {
    package var currency: Currency?
    package var multiplier: Decimal

    package init(currency: Currency? = nil, multiplier: Decimal = 1) {
        self.currency = currency
        self.multiplier = multiplier
    }

    /// The unit stated in a label's tokens, if any; in Japanese the scale is written with 円 as
    /// one word: `（単位：百万円）`, `千円`.
    package init(label tokens: [Token]) {
        self.init()
        for token in tokens {
            if currency == nil, let named = Currency.named(by: token) { currency = named }
            // An ASCII word's bytes are the only spelling of it, so the filter's "no" is exact
            // (a Japanese word may have another spelling and is looked up).
            var exponent = token.textIsASCII && !ScaledNumber.scaleKeys.mayContain(token.normalized)
                ? nil : ScaledNumber.scales[token.normalized]
            // `円` (E5 86 86) at the end, ruled out on bytes first: no other text is canonically it.
            if token.kind == .word, token.normalized.utf8.count > 3, token.normalized.utf8.reversed().starts(with: [0x86, 0x86, 0xE5]),
               token.normalized.count > 1, token.normalized.hasSuffix("円") {
                let scale = token.normalized.dropLast()
                if let japanese = ScaledNumber.japaneseScales.filter({ scale.hasSuffix($0.key) }).max(by: { $0.key.count < $1.key.count }) {
                    exponent = japanese.value
                    if currency == nil { currency = Currency("JPY") }
                }
            }
            if let exponent { multiplier = ScaledNumber.power(exponent) }
        }
    }
}
