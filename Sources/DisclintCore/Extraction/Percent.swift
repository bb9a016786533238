#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A percentage as written: `0.72％` is 0.72 (per cent, not a fraction).
package struct Percent: Hashable, Sendable {
    /// The number of per cent: 0.72 for `0.72%`.
    package var value: Decimal
    /// Whether the draft says it is rounded: `約0.72％`, `approximately 8.6%`.
    package var isApproximate: Bool
    /// The tokens it was read from: the number and `%` (or `percent`), with `約` before them
    /// when it is a word of its own.
    package var tokenRange: Range<Int>

    package init(value: Decimal, isApproximate: Bool, tokenRange: Range<Int>) {
        self.value = value
        self.isApproximate = isApproximate
        self.tokenRange = tokenRange
    }
}
