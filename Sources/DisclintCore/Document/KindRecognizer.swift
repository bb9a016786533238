/// Decides which pack's kind a draft is, from the phrases near its top.
///
/// A draft that matches no pack gets no findings: an earnings release must never fail a gate
/// because it lacks a purchase period.
package enum KindRecognizer {
    /// The first pack whose recognition phrases stand on one line near the top of the draft.
    package static func pack(for lines: [Line], in rules: RuleSet) -> RulePack? {
        for pack in rules.packs {
            for line in lines.prefix(pack.recognition.withinLines) where !line.isBlank {
                if pack.recognition.matches(Phrase.words(of: line.tokens)) { return pack }
            }
        }
        return nil
    }
}
