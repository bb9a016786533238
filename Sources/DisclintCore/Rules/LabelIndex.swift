/// A pack's label sections indexed for the parser: which words a label must have for any of
/// them to match, and which sections each word brings.
struct LabelIndex: Sendable {
    /// The content words of every label synonym, of which a label must have one to match a
    /// section; nil when a synonym has a word that matches inside longer words (Japanese), so
    /// that no word rules a label out.
    let vocabulary: Set<String>?
    /// The label sections (by index in the pack's sections) a label of ASCII words may match, by
    /// word: a synonym scores only when every one of its content words is among the label's
    /// (``Phrase/labelScore(_:)``), so a section is tried only for a label that has a content
    /// word of one of its synonyms (the synonym's rarest). A synonym whose content words are all
    /// matched inside longer words (Japanese) anchors nothing: its section is in ``unanchored``.
    let anchors: [String: [Int]]
    /// The label sections that every label may match.
    let unanchored: [Int]
    /// The keys of ``anchors``, so that most words of a label are ruled out unhashed.
    let anchorKeys: WordFilter

    init(_ sections: [SectionDefinition]) {
        let words = sections.filter { $0.detect == .label }.flatMap { $0.synonyms.flatMap(\.contentWords) }
        vocabulary = words.allSatisfy(\.isASCII) ? Set(words) : nil
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
        self.anchors = anchors
        self.unanchored = unanchored
        anchorKeys = WordFilter(anchors.keys)
    }

    /// The indexes of the label sections a label with these distinct ASCII words may match,
    /// in order.
    func candidates(for words: [String]) -> [Int] {
        var found = unanchored
        var lists = 0
        for word in words where anchorKeys.mayContain(word) {
            guard let sections = anchors[word] else { continue }
            found += sections
            lists += 1
        }
        // One list alone is in order and without repeats already.
        guard lists > 1 || (lists == 1 && !unanchored.isEmpty) else { return found }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for index in found where unique.last != index { unique.append(index) }
        return unique
    }
}
