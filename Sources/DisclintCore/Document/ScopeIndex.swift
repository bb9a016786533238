/// A pack's part phrases indexed for one lookup per line: lead and start phrases by their first
/// word, and the contain groups by a word a line must have for the group to match.
///
/// A phrase whose first word is not ASCII (Japanese, which matches inside longer words) is
/// always a candidate.
struct ScopeIndex: Sendable {
    /// The order parts are tried in: the trailer, then cumulative, resolution, results.
    static let order: [Scope] = [.trailer, .cumulative, .resolution, .results]

    static func priority(_ scope: Scope) -> Int { order.firstIndex(of: scope) ?? order.count }

    private var leadsByFirst: [String: [(Scope, Phrase)]] = [:]
    private var leadsAlways: [(Scope, Phrase)] = []
    private var startsByFirst: [String: [(Scope, Phrase)]] = [:]
    private var startsAlways: [(Scope, Phrase)] = []
    /// The contain groups (with their part) by their anchor word (``anchor(of:)``), which a line
    /// must have for the group to match, and those always tried (no ASCII word).
    private var containByFirst: [String: [(Scope, [Phrase])]] = [:]
    private var containAlways: [(Scope, [Phrase])] = []
    /// For each group of ``containAlways``, the scalars and the signature of all its phrases: a
    /// line that does not cover them lacks one phrase's (``Phrase/mayOccur(in:signature:)``), and
    /// its group is ruled out without a look at its phrases. Every Japanese line was compared
    /// with every such group, a reference counted for the group and each phrase.
    private var containAlwaysNeeds: [(scalars: ScalarFilter, signature: WordSignature)] = []
    /// The keys of the three tables, so that most words are ruled out without being hashed.
    private var leadKeys = WordFilter([])
    private var startKeys = WordFilter([])
    private var containKeys = WordFilter([])
    /// The signature of each anchored contain group's words matched whole (``Phrase/signature``):
    /// a line whose signature covers none of them starts no part by a contain group, and its
    /// words are not looked up at all.
    private var containSignatures: [WordSignature] = []

    init(_ scopes: [ScopeDefinition]) {
        for definition in scopes {
            for phrase in definition.leadPhrases { add(phrase, definition.scope, &leadsByFirst, &leadsAlways) }
            for phrase in definition.startPhrases { add(phrase, definition.scope, &startsByFirst, &startsAlways) }
            // Only the parts of ``order`` are started by a contain group.
            for group in definition.containPhrases where ScopeIndex.order.contains(definition.scope) {
                guard !group.isEmpty, !group.contains(where: \.words.isEmpty) else { continue }
                if let anchor = ScopeIndex.anchor(of: group) {
                    containByFirst[anchor, default: []].append((definition.scope, group))
                } else {
                    containAlways.append((definition.scope, group))
                }
            }
        }
        // Each list by first word ends with the phrases that are always candidates, so that a
        // lookup returns a list the index already holds (nothing is made per line).
        for key in leadsByFirst.keys { leadsByFirst[key]! += leadsAlways }
        for key in startsByFirst.keys { startsByFirst[key]! += startsAlways }
        leadKeys = WordFilter(leadsByFirst.keys)
        startKeys = WordFilter(startsByFirst.keys)
        containKeys = WordFilter(containByFirst.keys)
        containSignatures = containByFirst.values.flatMap { $0.map { group in
            group.1.reduce(into: WordSignature()) { $0.formUnion($1.signature) }
        } }
        containAlwaysNeeds = containAlways.map { group in
            group.1.reduce(into: (scalars: ScalarFilter(), signature: WordSignature())) {
                $0.scalars.formUnion($1.scalars)
                $0.signature.formUnion($1.signature)
            }
        }
    }

    /// The word a line must have for a contain group to match it (every phrase of the group
    /// occurs, so every ASCII word of each, compared on bytes, is in the line): its longest word
    /// that is not a stop word, the least common as a rule (`pursuant` of `as of` + `pursuant to`,
    /// not `as`). Nil when the group has no ASCII word (Japanese matches inside longer words).
    static func anchor(of group: [Phrase]) -> String? {
        let ascii = group.flatMap(\.words).filter(\.isASCII)
        let content = ascii.filter { !Phrase.isStopWord($0) }
        return (content.isEmpty ? ascii : content).max { $0.utf8.count < $1.utf8.count }
    }

    private func add(_ phrase: Phrase, _ scope: Scope, _ byFirst: inout [String: [(Scope, Phrase)]], _ always: inout [(Scope, Phrase)]) {
        guard let first = phrase.words.first else { return }
        if first.isASCII { byFirst[first, default: []].append((scope, phrase)) } else { always.append((scope, phrase)) }
    }

    /// Lead phrases that may start `words`, in pack order.
    func leads(for words: Slice<LineWords>) -> [(Scope, Phrase)] {
        guard !words.isEmpty else { return [] }
        let (byte, count) = words.base.filterKey(at: words.startIndex)
        guard leadKeys.mayContain(first: byte, count: count) else { return leadsAlways }
        return leadsByFirst[words[words.startIndex]] ?? leadsAlways
    }

    /// Start phrases that may start `words`.
    func starts(for words: Slice<LineWords>) -> [(Scope, Phrase)] {
        guard !words.isEmpty else { return [] }
        let (byte, count) = words.base.filterKey(at: words.startIndex)
        guard startKeys.mayContain(first: byte, count: count) else { return startsAlways }
        return startsByFirst[words[words.startIndex]] ?? startsAlways
    }


    /// The part whose contain group (every phrase of it) occurs in `words`: the first in
    /// ``order`` when several do. A phrase with a scalar not among `scalars` (those of the
    /// line's words) is not searched for.
    func containedScope(in words: Slice<LineWords>, scalars: ScalarFilter = .all, signature: WordSignature = .all) -> Scope? {
        var best: Scope?
        /// Takes the group's part if every phrase of it occurs and it comes before the best so far.
        func consider(_ scope: Scope, _ group: [Phrase]) {
            guard best == nil || ScopeIndex.priority(scope) < ScopeIndex.priority(best!) else { return }
            if group.allSatisfy({ $0.occurs(in: words, scalars: scalars, signature: signature) }) { best = scope }
        }
        for index in containAlways.indices
        where scalars.covers(containAlwaysNeeds[index].scalars) && signature.covers(containAlwaysNeeds[index].signature) {
            consider(containAlways[index].0, containAlways[index].1)
        }
        if !containByFirst.isEmpty, containSignatures.contains(where: signature.covers) {
            // The keys are ASCII, so a Japanese word (whose hashing normalises it first) is
            // ruled out by its first byte.
            // Each word is made (its stem) only when its first byte and length are a key's.
            var position = words.startIndex
            while position < words.endIndex {
                let (byte, count) = words.base.filterKey(at: position)
                if containKeys.mayContain(first: byte, count: count), let candidates = containByFirst[words[position]] {
                    for (scope, group) in candidates { consider(scope, group) }
                }
                position = words.index(after: position)
            }
        }
        return best
    }
}
