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

    /// The unit stated in a label's tokens, if any.
    package init(label tokens: [Token]) {
        self.init()
        for token in tokens {
            if currency == nil, let named = Currency.named(by: token) { currency = named }
            if let exponent = ScaledNumber.scales[token.normalized] {
                var value = Decimal(1)
                for _ in 0..<exponent { value *= 10 }
                multiplier = value
            }
        }
    }
}
