/// The distinct stemmed words of a label, as a heading synonym is matched against them
/// (``Phrase/labelScore(_:)``, ``SectionDefinition/isExcluded(by:)``).
///
/// A label has a dozen words at most, so a word is looked for by comparing it with each: on
/// bytes when both are ASCII (a length and a few bytes rule most out), and as text otherwise, so
/// that canonically equivalent spellings still match as they would in a set. Hashing every word
/// of every label into a set, and every synonym word to look it up, cost more than the rest of
/// matching a label.
package struct LabelWords {
    package private(set) var words: [String] = []
    /// For each word, whether it is all ASCII.
    private var ascii: [Bool] = []

    package init(_ words: some Sequence<String>) {
        self.words.reserveCapacity(words.underestimatedCount)
        ascii.reserveCapacity(words.underestimatedCount)
        for word in words {
            let isASCII = word.isASCII
            guard !contains(word, ascii: isASCII) else { continue }
            self.words.append(word)
            ascii.append(isASCII)
        }
    }

    package var count: Int { words.count }

    /// Whether every word is all ASCII.
    package var isASCII: Bool { !ascii.contains(false) }

    /// Whether `word` (all ASCII if `ascii`) is one of the label's words.
    package func contains(_ word: String, ascii: Bool) -> Bool {
        for index in words.indices {
            if ascii && self.ascii[index] {
                if Token.same(words[index], word) { return true }
            } else if words[index] == word {
                return true
            }
        }
        return false
    }

    /// Whether one of the label's words is in `set`: as `set.contains(where:)` with
    /// ``contains(_:ascii:)`` for each of its words would say, with the ASCII words that `keys`
    /// (those of `set`) rules out not hashed.
    func containsAny(of set: Set<String>, keys: WordFilter) -> Bool {
        guard !set.isEmpty else { return false }
        for index in words.indices where !ascii[index] || keys.mayContain(words[index]) {
            if set.contains(words[index]) { return true }
        }
        return false
    }

    /// Whether one of the label's words has `bytes` inside it (a word of a script without spaces).
    package func containsInside(_ bytes: [UInt8]) -> Bool {
        words.contains { ByteSearch.contains(bytes, in: $0) }
    }
}
