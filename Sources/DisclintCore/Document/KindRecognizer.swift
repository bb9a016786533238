/// Decides which pack's kind a draft is, from the phrases near its top.
///
/// A draft that matches no pack gets no findings: an earnings release must never fail a gate
/// because it lacks a purchase period.
package enum KindRecognizer {
    /// What recognition made of the lines it was given.
    package enum Outcome {
        /// The draft is of this pack's kind.
        case pack(RulePack)
        /// It is of no known kind.
        case unknown
        /// The lines given, the top of a draft, do not reach as far as a pack must look.
        case needsMoreLines
    }

    /// The first pack whose recognition phrases stand on one title-like line (short, not a
    /// sentence) near the top of the draft, before any title-like line that names an excluded
    /// kind ("Consolidated Financial Results", "Dividends of Surplus").
    package static func pack(for lines: [Line], in rules: RuleSet, enabled: Set<String>? = nil) -> RulePack? {
        if case .pack(let pack) = recognize(lines, whole: true, in: rules, enabled: enabled) { return pack }
        return nil
    }

    /// ``pack(for:in:enabled:)`` of a draft of which `lines` may be only the top (`whole` false):
    /// ``Outcome/needsMoreLines`` when a pack, tried in order, would look past them.
    package static func recognize(_ lines: [Line], whole: Bool, in rules: RuleSet, enabled: Set<String>? = nil) -> Outcome {
        for pack in rules.packs where enabled?.contains(pack.id) ?? true {
            let within = pack.recognition.withinLines
            var alternative: Recognition.Alternative?
            let skipsASCII = pack.recognition.skipsASCIILines
            for line in lines.prefix(within) where isTitleLike(line) && !(skipsASCII && line.isASCII) {
                let words = line.words
                let signature = line.signature
                if pack.recognition.exclude.contains(where: { $0.occurs(in: words, signature: signature) }) { break }
                if pack.recognition.matches(words, signature: signature) { return .pack(pack) }
                if alternative == nil { alternative = pack.recognition.alternative(for: words, signature: signature) }
            }
            if !whole, lines.count < (alternative == nil ? within : within * 3) { return .needsMoreLines }
            if let alternative {
                for line in lines.prefix(within * 3) where !line.isBlank {
                    let words = line.words
                    let signature = line.signature
                    if alternative.body.contains(where: { $0.occurs(in: words, signature: signature) }) { return .pack(pack) }
                }
            }
        }
        return .unknown
    }

    /// How many lines from the top recognition reads at the least with the packs `enabled` (nil:
    /// all): their title lines (``Recognition/withinLines``). A draft whose top names an
    /// alternative is read further.
    package static func titleReach(of rules: RuleSet, enabled: Set<String>? = nil) -> Int {
        rules.packs.reduce(0) { reach, pack in
            enabled?.contains(pack.id) ?? true ? max(reach, pack.recognition.withinLines) : reach
        }
    }

    /// A line that may be a title: some words, at most 30, and not ending as a sentence.
    static func isTitleLike(_ line: Line) -> Bool {
        let words = line.wordCount
        return words >= 1 && words <= 30 && line.tokens.last?.isSymbol(".") != true
    }
}
