/// How a `compare` check relates its two values. The check fires when the relation does not hold.
package enum Comparison: String, CaseIterable, Sendable {
    case lessOrEqual = "<="
    case less = "<"
    case greaterOrEqual = ">="
    case greater = ">"
    case equal = "=="

    /// Whether `left` and `right`, in that order, satisfy the relation.
    package func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
        switch self {
        case .lessOrEqual: return left <= right
        case .less: return left < right
        case .greaterOrEqual: return left >= right
        case .greater: return left > right
        case .equal: return left == right
        }
    }
}
