import Synchronization

/// What only a draft of a pack's kind needs: its parts, sections and rules, with the indexes
/// the parser makes of them.
///
/// A pack is read in two steps: its recognition phrases and rule ids at start-up, its body the
/// first time a draft is recognised as its kind. A one-draft run (a pre-commit hook) then reads
/// one pack's body, not every pack's: reading the packs was two thirds of such a run, and each
/// pack given with `--rules` added a third of one. A pack given with `--rules` is checked whole
/// at load all the same (``RulePack/load(file:text:deferred:)``), so that a mistake in one is
/// refused before anything is linted; only making its body waits.
final class RulePackBody: Sendable {
    /// The decoded body.
    struct Contents: Sendable {
        var scopes: [ScopeDefinition]
        var sections: [SectionDefinition]
        var rules: [RuleDefinition]
        /// The part phrases indexed for the parser, made once per pack rather than per draft.
        let scopeIndex: ScopeIndex
        /// The content words of every label synonym, of which a label must have one to match a
        /// section; nil when a synonym has a word that matches inside longer words (Japanese), so
        /// that no word rules a label out.
        let labelVocabulary: Set<String>?
        /// The label sections (by index in ``sections``) a label of ASCII words may match, by
        /// word: a synonym scores only when every one of its content words is among the label's
        /// (``Phrase/labelScore(_:)``), so a section is tried only for a label that has a content
        /// word of one of its synonyms (the synonym's rarest). A synonym whose content words are all matched
        /// inside longer words (Japanese) anchors nothing: its section is in ``unanchoredLabelSections``.
        let labelAnchors: [String: [Int]]
        /// The label sections that every label may match.
        let unanchoredLabelSections: [Int]
        /// The keys of ``labelAnchors``, so that most words of a label are ruled out unhashed.
        let labelAnchorKeys: WordFilter
        /// The labels matched so far, shared by every copy of the body.
        let labelMatches = LabelMatchCache()

        init(scopes: [ScopeDefinition], sections: [SectionDefinition], rules: [RuleDefinition]) {
            self.scopes = scopes
            self.sections = sections
            self.rules = rules
            self.scopeIndex = ScopeIndex(scopes)
            let words = sections.filter { $0.detect == .label }.flatMap { $0.synonyms.flatMap(\.contentWords) }
            self.labelVocabulary = words.allSatisfy(\.isASCII) ? Set(words) : nil
            // Each synonym is anchored by its rarest word, so that a label's common words
            // (`number`, `shares`, `total`) bring few sections with them.
            var frequency: [String: Int] = [:]
            for word in words where word.isASCII { frequency[word, default: 0] += 1 }
            var anchors: [String: [Int]] = [:]
            var unanchored: [Int] = []
            for (index, section) in sections.enumerated() where section.detect == .label {
                var anchored: Set<String> = []
                for synonym in section.synonyms where !synonym.contentWords.isEmpty {
                    let ascii = synonym.contentWords.filter(\.isASCII)
                    guard let word = ascii.min(by: { frequency[$0, default: 0] < frequency[$1, default: 0] }) else {
                        unanchored.append(index)
                        anchored = []
                        break
                    }
                    anchored.insert(word)
                }
                for word in anchored { anchors[word, default: []].append(index) }
            }
            self.labelAnchors = anchors
            self.unanchoredLabelSections = unanchored
            self.labelAnchorKeys = WordFilter(anchors.keys)
        }

        /// The indexes of the label sections a label with these distinct ASCII words may match,
        /// in order.
        func labelCandidates(for words: [String]) -> [Int] {
            var found = unanchoredLabelSections
            var lists = 0
            for word in words where labelAnchorKeys.mayContain(word) {
                guard let sections = labelAnchors[word] else { continue }
                found += sections
                lists += 1
            }
            // One list alone is in order and without repeats already.
            guard lists > 1 || (lists == 1 && !unanchoredLabelSections.isEmpty) else { return found }
            found.sort()
            var unique: [Int] = []
            unique.reserveCapacity(found.count)
            for index in found where unique.last != index { unique.append(index) }
            return unique
        }
    }

    private enum State {
        case decoded(Contents)
        /// Not read yet: how to read it, and the pack's file for the message if that fails.
        case deferred(@Sendable () throws(RulePackError) -> Contents)
    }

    private let state: Mutex<State>

    /// A body read already.
    init(_ contents: Contents) { state = Mutex(.decoded(contents)) }

    /// A body read by `decode` when first asked for.
    init(deferred decode: @escaping @Sendable () throws(RulePackError) -> Contents) {
        state = Mutex(.deferred(decode))
    }

    /// The body, read now if it was not yet; one thread reads it while the others wait.
    ///
    /// A pack from `--rules` was checked whole at load, and the test suite reads each pack built
    /// into the binary whole (`RulePackTests`), so a body that does not read is a bug of
    /// disclint, not a user's mistake: it stops the run with the pack's error rather than lint
    /// with rules missing.
    var contents: Contents {
        state.withLock { state in
            switch state {
            case .decoded(let contents):
                return contents
            case .deferred(let decode):
                do throws(RulePackError) {
                    let contents = try decode()
                    state = .decoded(contents)
                    return contents
                } catch {
                    fatalError("disclint: the body of a rule pack checked before use does not read: \(error.description)")
                }
            }
        }
    }

    /// Whether the body has been read (for tests of the deferral).
    var isDecoded: Bool {
        state.withLock { if case .decoded = $0 { true } else { false } }
    }
}
