extension RuleEvaluator {
    /// Lint: `left op right` does not hold (shares over the cap, a release dated before the
    /// period ends). Amounts in different currencies are not compared: `sameCurrency` says so.
    func compare(_ left: Operand, _ op: Comparison, _ right: Operand, _ message: String, _ related: String) -> [Finding] {
        guard let a = OperandValue.resolve(left, in: document), let b = OperandValue.resolve(right, in: document) else { return [] }
        let holds: Bool
        switch (a.value, b.value) {
        case let (.shares(x), .shares(y)): holds = op.holds(x, y)
        case let (.amount(x, cx), .amount(y, cy)):
            if let cx, let cy, cx != cy { return [] }
            holds = op.holds(x, y)
        case let (.date(x), .date(y)): holds = op.holds(x, y)
        default: return []
        }
        guard !holds else { return [] }
        return [Finding(
            message: RuleEvaluator.render(message, ["left": text(a.tokens), "right": text(b.tokens)]),
            range: range(a.tokens, orLine: a.line),
            related: [RelatedLocation(range: range(b.tokens, orLine: b.line), message: related)])]
    }

    /// Lint: two amounts that must be compared are in different currencies.
    func sameCurrency(_ left: String, _ right: String, _ message: String, _ related: String) -> [Finding] {
        guard let a = OperandValue.resolve(Operand(section: left), in: document),
              let b = OperandValue.resolve(Operand(section: right), in: document),
              case .amount(_, let ca?) = a.value, case .amount(_, let cb?) = b.value, ca != cb else { return [] }
        return [Finding(
            message: RuleEvaluator.render(message, ["left": text(a.tokens), "right": text(b.tokens),
                                                    "leftCurrency": ca.code, "rightCurrency": cb.code]),
            range: range(a.tokens, orLine: a.line),
            related: [RelatedLocation(range: range(b.tokens, orLine: b.line), message: related)])]
    }
}
