#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A number of shares, read exactly.
package struct Quantity: Hashable, Sendable {
    package var value: Decimal
    /// The tokens it was read from, unit included.
    package var tokenRange: Range<Int>

    package init(value: Decimal, tokenRange: Range<Int>) {
        self.value = value
        self.tokenRange = tokenRange
    }
}
