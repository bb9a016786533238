/// Decides which pack's kind a draft is, from the phrases near its top.
///
/// A draft that matches no pack gets no findings: an earnings release must never fail a gate
/// because it lacks a purchase period.
package enum KindRecognizer {
    /// The first pack whose recognition phrases stand on one title-like line (short, not a
    /// sentence) near the top of the draft, before any title-like line that names an excluded
    /// kind ("Consolidated Financial Results", "Dividends of Surplus").
    package static func pack(for lines: [Line], in rules: RuleSet, enabled: Set<String>? = nil) -> RulePack? {
        for pack in rules.packs where enabled?.contains(pack.id) ?? true {
            var alternative: Recognition.Alternative?
            let skipsASCII = pack.recognition.skipsASCIILines
            for line in lines.prefix(pack.recognition.withinLines) where isTitleLike(line) && !(skipsASCII && line.isASCII) {
                let words = line.words
                let signature = line.signature
                if pack.recognition.exclude.contains(where: { $0.occurs(in: words, signature: signature) }) { break }
                if pack.recognition.matches(words, signature: signature) { return pack }
                if alternative == nil { alternative = pack.recognition.alternative(for: words, signature: signature) }
            }
            if let alternative {
                for line in lines.prefix(pack.recognition.withinLines * 3) where !line.isBlank {
                    let words = line.words
                    let signature = line.signature
                    if alternative.body.contains(where: { $0.occurs(in: words, signature: signature) }) { return pack }
                }
            }
        }
        return nil
    }

    /// A line that may be a title: some words, at most 30, and not ending as a sentence.
    static func isTitleLike(_ line: Line) -> Bool {
        let words = line.wordCount
        return words >= 1 && words <= 30 && line.tokens.last?.isSymbol(".") != true
    }
}
