#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A sum of money, read exactly, with its currency when the draft states one.
package struct Amount: Hashable, Sendable {
    package var value: Decimal
    /// The currency written with the amount (or in its label, `(millions of yen)`), if any.
    package var currency: Currency?
    /// The tokens it was read from, currency included.
    package var tokenRange: Range<Int>

    package init(value: Decimal, currency: Currency?, tokenRange: Range<Int>) {
        self.value = value
        self.currency = currency
        self.tokenRange = tokenRange
    }
}
