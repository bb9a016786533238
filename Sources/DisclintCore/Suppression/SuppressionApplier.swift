/// Applies a draft's suppressions to its findings and reports on the suppressions themselves.
///
/// A finding is silenced by a `disable-file` that names its rule, by a `disable-next-line` on the
/// line above its start, or by a `disable` region (up to the next `enable` of that rule) that
/// contains its start. Nothing is silenced silently: every silenced finding is kept with its
/// reason for reports that carry it (SARIF `suppressions[]`), a suppression naming an unknown
/// rule is a warning, one that silenced nothing is a note, and with `requireReason` one without a
/// reason is an error. Findings about suppressions cannot themselves be suppressed.
package enum SuppressionApplier {
    package static let unknownRule = "unknown-suppressed-rule"
    package static let unused = "unused-suppression"
    package static let missingReason = "suppression-without-reason"

    /// The rule ids of findings about suppressions.
    package static let ruleIDs = [unknownRule, unused, missingReason]

    package static func apply(
        _ suppressions: [Suppression], to diagnostics: [Diagnostic],
        knownRules: Set<String>, disabledRules: Set<String> = [], requireReason: Bool
    ) -> SuppressionOutcome {
        var outcome = SuppressionOutcome(kept: [], suppressed: [], findings: [])
        var used = Array(repeating: false, count: suppressions.count)
        let regions = regionEnds(suppressions)
        for diagnostic in diagnostics {
            let line = diagnostic.range.start.line
            let match = suppressions.indices.first { index in
                let suppression = suppressions[index]
                guard suppression.covers(diagnostic.rule), !ruleIDs.contains(diagnostic.rule) else { return false }
                switch suppression.kind {
                case .file: return true
                case .nextLine: return line == suppression.range.start.line + 1
                case .disable: return line >= suppression.range.start.line && line <= regions[index]
                case .enable: return false
                }
            }
            if let index = match {
                used[index] = true
                outcome.suppressed.append(SuppressedDiagnostic(
                    diagnostic: diagnostic, justification: suppressions[index].reason, suppression: suppressions[index].range))
            } else {
                outcome.kept.append(diagnostic)
            }
        }
        for (index, suppression) in suppressions.enumerated() {
            let named = suppression.rules.isEmpty ? "every rule" : suppression.rules.map { "'\(Diagnostic.quote($0))'" }.joined(separator: ", ")
            for rule in suppression.rules where !knownRules.contains(rule) {
                let hint = closest(to: rule, in: knownRules).map { "did you mean '\($0)'? " } ?? ""
                outcome.findings.append(Diagnostic(
                    rule: unknownRule, severity: .warning,
                    message: "The suppression names '\(Diagnostic.quote(rule))', which is no rule of disclint (\(hint)see 'disclint rules'); it silences nothing.",
                    range: suppression.range))
            }
            guard suppression.kind != .enable else { continue }
            if requireReason, suppression.reason == nil {
                outcome.findings.append(Diagnostic(
                    rule: missingReason, severity: .error,
                    message: "The suppression of \(named) gives no reason; write it after ' -- ' (e.g. '-- cap raised by the board on 2025-06-02').",
                    range: suppression.range))
            }
            let allKnownOff = !suppression.rules.isEmpty && suppression.rules.allSatisfy { disabledRules.contains($0) || !knownRules.contains($0) }
            if !used[index], !allKnownOff, !suppression.rules.contains(where: { !knownRules.contains($0) }) {
                outcome.findings.append(Diagnostic(
                    rule: unused, severity: .note,
                    message: "The suppression of \(named) silenced nothing; remove it if the finding is gone.",
                    range: suppression.range))
            }
        }
        return outcome
    }

    /// The known rule id nearest to a misspelt one (at most 3 edits away), for a hint.
    static func closest(to rule: String, in known: Set<String>) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, x) in a.enumerated() {
                var current = [i + 1]
                for (j, y) in b.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        // Ids whose lengths differ by more than 3 are more than 3 edits apart: not measured, so
        // that a megabyte-long name costs no more than a short one.
        let longest = known.map(\.count).max() ?? 0
        guard rule.index(rule.startIndex, offsetBy: longest + 4, limitedBy: rule.endIndex) == nil else { return nil }
        let target = Array(rule)
        let ranked = known.sorted().filter { abs($0.count - target.count) <= 3 }
            .map { ($0, distance(target, Array($0))) }.filter { $0.1 <= 3 }
        return ranked.min { $0.1 < $1.1 }?.0
    }

    /// The last line of each `disable` region: the line of the next `enable` that names one of its
    /// rules (or every rule), or the end of the draft.
    static func regionEnds(_ suppressions: [Suppression]) -> [Int] {
        suppressions.enumerated().map { index, suppression in
            guard suppression.kind == .disable else { return 0 }
            let end = suppressions[(index + 1)...].first { other in
                other.kind == .enable
                    && (other.rules.isEmpty || suppression.rules.isEmpty || !Set(other.rules).isDisjoint(with: suppression.rules))
            }
            return end?.range.start.line ?? Int.max
        }
    }
}
