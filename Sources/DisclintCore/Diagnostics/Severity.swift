/// How serious a finding is. Ordered: `note` < `warning` < `error`.
/// Cases are listed most severe first, as `--help` and error messages list them.
package enum Severity: String, CaseIterable, Comparable, Sendable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
