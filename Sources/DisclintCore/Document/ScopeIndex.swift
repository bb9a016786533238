/// A pack's part phrases indexed for one lookup per line: lead and start phrases by their first
/// word, and the first words of the contain groups, which a line must have for a group to match.
///
/// A phrase whose first word is not ASCII (Japanese, which matches inside longer words) is
/// always a candidate.
struct ScopeIndex {
    /// The order parts are tried in: the trailer, then cumulative, resolution, results.
    static let order: [Scope] = [.trailer, .cumulative, .resolution, .results]

    static func priority(_ scope: Scope) -> Int { order.firstIndex(of: scope) ?? order.count }

    private var leadsByFirst: [String: [(Scope, Phrase)]] = [:]
    private var leadsAlways: [(Scope, Phrase)] = []
    private var startsByFirst: [String: [(Scope, Phrase)]] = [:]
    private var startsAlways: [(Scope, Phrase)] = []
    private var containFirst: Set<String> = []
    private var containAlways = false

    init(_ scopes: [ScopeDefinition]) {
        for definition in scopes {
            for phrase in definition.leadPhrases { add(phrase, definition.scope, &leadsByFirst, &leadsAlways) }
            for phrase in definition.startPhrases { add(phrase, definition.scope, &startsByFirst, &startsAlways) }
            for group in definition.containPhrases {
                for phrase in group.prefix(1) {
                    guard let first = phrase.words.first else { continue }
                    if first.unicodeScalars.allSatisfy(\.isASCII) { containFirst.insert(first) } else { containAlways = true }
                }
            }
        }
        // Each list by first word ends with the phrases that are always candidates, so that a
        // lookup returns a list the index already holds (nothing is made per line).
        for key in leadsByFirst.keys { leadsByFirst[key]! += leadsAlways }
        for key in startsByFirst.keys { startsByFirst[key]! += startsAlways }
    }

    private func add(_ phrase: Phrase, _ scope: Scope, _ byFirst: inout [String: [(Scope, Phrase)]], _ always: inout [(Scope, Phrase)]) {
        guard let first = phrase.words.first else { return }
        if first.unicodeScalars.allSatisfy(\.isASCII) { byFirst[first, default: []].append((scope, phrase)) } else { always.append((scope, phrase)) }
    }

    /// Lead phrases that may start `words`, in pack order.
    func leads(for words: [String]) -> [(Scope, Phrase)] {
        guard let first = words.first else { return [] }
        return leadsByFirst[first] ?? leadsAlways
    }

    /// Start phrases that may start `words`.
    func starts(for words: [String]) -> [(Scope, Phrase)] {
        guard let first = words.first else { return [] }
        return startsByFirst[first] ?? startsAlways
    }

    /// Whether some contain group may match `words`.
    func mayContain(_ words: [String]) -> Bool {
        containAlways || words.contains { containFirst.contains($0) }
    }
}
