#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    /// Lint: a stated percentage of shares outstanding that its numbers do not give.
    func ratio(_ part: String, _ whole: String, _ boughtSections: [String], _ message: String, _ related: String) -> [Finding] {
        guard let partSection = document.first(part), case .shares(let numerator)? = partSection.value,
              let wholeSection = document.first(whole), case .shares(let denominator)? = wholeSection.value,
              denominator.value > 0,
              let percent = PercentExtractor.percent(in: partSection.valueTokens) else { return [] }
        let stated = percent.value
        let computed = numerator.value / denominator.value * 100
        // The shares outstanding may be stated after purchases (a holdings block at the end):
        // then, at the resolution, they were up to the shares bought since more, and the ratio
        // up to that much lower. Anything from that ratio to the computed one is right.
        var bought = Decimal(0)
        for id in boughtSections {
            if let section = document.first(id), case .shares(let quantity)? = section.value { bought = quantity.value; break }
        }
        let lowest = numerator.value / (denominator.value + bought) * 100
        // One unit of the last decimal place written (0.01 for `0.72％`): rounding or cutting off
        // the computed ratio to that place stays within it.
        let tokens = partSection.valueTokens[percent.tokenRange]
        let written = tokens.first { $0.kind == .number }?.normalized ?? ""
        let places = written.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        var unit = Decimal(1)
        for _ in 0..<places { unit /= 10 }
        let difference = stated > computed ? stated - computed : stated < lowest ? lowest - stated : 0
        guard difference >= unit else { return [] }
        return [Finding(
            message: RuleEvaluator.render(message, [
                "value": text(tokens), "part": text(partSection.valueTokens[numerator.tokenRange]),
                "whole": text(wholeSection.valueTokens[denominator.tokenRange]),
                "computed": RuleEvaluator.fixed(computed, places: max(places, 2)),
            ]),
            range: range(tokens, orLine: partSection.line),
            related: [RelatedLocation(range: range(wholeSection.valueFocus, orLine: wholeSection.line), message: related)])]
    }

    /// `value` written with `places` decimals, rounded half up (`0.7207…` → `0.72`).
    static func fixed(_ value: Decimal, places: Int) -> String {
        var scaled = value
        for _ in 0..<places { scaled *= 10 }
        // The integer nearest to the scaled value, from its decimal digits.
        let text = "\(scaled)"
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = Int(parts.first ?? "0") ?? 0
        if let fraction = parts.dropFirst().first, let first = fraction.first, first >= "5" { integer += integer < 0 ? -1 : 1 }
        let negative = integer < 0
        var digits = String(abs(integer))
        while digits.count <= places { digits = "0" + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -places)
        return (negative ? "-" : "") + digits[..<cut] + (places > 0 ? "." + digits[cut...] : "")
    }
}
