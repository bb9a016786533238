/// A phrase of a rule pack (a heading synonym, a title phrase, a marker), matched on words.
///
/// Words are compared lower-cased and lightly stemmed (`shares` = `share`, `Company's` =
/// `company`, `repurchases` = `repurchase`), so a pack lists each phrase once. Symbols are
/// ignored: `forward-looking` and `forward looking` are the same phrase. A word in a script
/// without spaces (Japanese) matches when it occurs inside a word of the text.
package struct Phrase: Hashable, Sendable, CustomStringConvertible {
    /// What a phrase knows, made once when the pack loads and shared by every copy: a phrase is
    /// copied each time a part or label candidate is tried, and a copy of six arrays and strings
    /// cost six reference counts (and as many releases) where one does.
    private final class Storage: Sendable {
        let text: String
        let words: [String]
        let contentWords: [String]
        /// ``StemShape/key(of:)`` of each word, with ``insideFlag`` set for a word that matches
        /// inside a longer word (a word not in ASCII, Japanese).
        let keys: [UInt32]
        /// For each word, its UTF-8 bytes if it matches inside a longer one (searched for in
        /// place), else none; no array at all when no word does (most phrases).
        let insideBytes: [[UInt8]]
        /// The same for ``contentWords``.
        let contentInsideBytes: [[UInt8]]
        let scalars: ScalarFilter
        /// The keys of the words matched whole (not those matched inside longer words).
        let signature: WordSignature

        /// The bit of a key (``keys``) that says its word matches inside longer words. Keys
        /// use 23 bits (``StemShape/key(first:count:)``).
        static let insideFlag: UInt32 = 1 << 31

        /// Made in one pass over the text's tokens, each array reserved at once: a pack has
        /// hundreds of phrases, and building them (a dozen arrays made, grown and copied for each
        /// with `filter`, `map` and `zip`) was a third of linting one draft.
        init(_ text: String) {
            self.text = text
            let tokens = Tokenizer.tokens(in: text[...], number: 0)
            var words: [String] = [], contentWords: [String] = [], keys: [UInt32] = []
            var insideBytes: [[UInt8]] = [], contentInsideBytes: [[UInt8]] = []
            words.reserveCapacity(tokens.count)
            contentWords.reserveCapacity(tokens.count)
            keys.reserveCapacity(tokens.count)
            var scalars = ScalarFilter()
            var signature = WordSignature()
            var anyInside = false
            for token in tokens where token.kind != .symbol {
                let word = token.stem
                let key = StemShape.key(of: word)
                let inside = !word.isASCII
                if inside, !anyInside {
                    // The first word matched inside: the words before it have no bytes.
                    anyInside = true
                    insideBytes = Array(repeating: [], count: words.count)
                    contentInsideBytes = Array(repeating: [], count: contentWords.count)
                }
                let bytes: [UInt8] = inside ? Array(word.utf8) : []
                words.append(word)
                keys.append(inside ? key | Storage.insideFlag : key)
                if anyInside { insideBytes.append(bytes) }
                scalars.insert(word)
                if !inside { signature.insert(key: key) }
                if !Phrase.isStopWord(word, key: key) {
                    contentWords.append(word)
                    if anyInside { contentInsideBytes.append(bytes) }
                }
            }
            self.words = words
            self.contentWords = contentWords
            self.keys = keys
            self.insideBytes = insideBytes
            self.contentInsideBytes = contentInsideBytes
            self.scalars = scalars
            self.signature = signature
        }

        /// Whether the word at `index` matches inside longer words.
        @inline(__always)
        func matchesInside(_ index: Int) -> Bool { keys[index] & Storage.insideFlag != 0 }

        /// Whether the phrase's word at `index` matches the word at `position` of `text`. Here,
        /// on the storage the caller holds, so that a loop over a line's words does not retain
        /// and release the phrase's arrays at each word.
        @inline(__always)
        func same(_ index: Int, _ text: some PhraseWords, at position: Int) -> Bool {
            let key = keys[index]
            if key & Storage.insideFlag == 0 { return text.word(at: position, is: words[index], key: key) }
            // On UTF-8 bytes, not characters: a byte match of valid UTF-8 starts on a character, and
            // Unicode-aware `contains` made every line of every draft pay for the Japanese pack.
            return text.word(at: position, contains: insideBytes[index])
        }
    }

    private let storage: Storage

    /// The phrase as the pack writes it.
    package var text: String { storage.text }
    /// Its stemmed words, in order.
    package var words: [String] { storage.words }
    /// Its words that count when a label is matched (``stopWords`` left out).
    package var contentWords: [String] { storage.contentWords }

    package init(_ text: String) {
        self.storage = Storage(text)
    }

    /// Phrases are the same when the pack writes them the same: all else is made from the text.
    package static func == (a: Phrase, b: Phrase) -> Bool { a.storage === b.storage || a.text == b.text }

    package func hash(into hasher: inout Hasher) { hasher.combine(text) }

    package var description: String { text }

    /// Words that do not count when a label is matched against a phrase.
    static let stopWords: Set<String> = ["of", "the", "to", "be", "a", "an", "for", "in", "by", "on", "at", "and", "or", "its", "our", "from", "as", "that", "which", "with", "company", "s"]

    /// ``stopWords`` and their keys (``StemShape/key(of:)``), in the same order: most words
    /// are ruled out by their key alone, without hashing them.
    private static let stopWordList: [String] = Array(stopWords)
    private static let stopWordKeys: [UInt32] = stopWordList.map(StemShape.key(of:))

    /// Whether a stemmed word is one of ``stopWords`` (compared byte for byte, as phrase words
    /// are): the one test for phrases and labels alike.
    package static func isStopWord(_ word: String) -> Bool { isStopWord(word, key: StemShape.key(of: word)) }

    /// ``isStopWord(_:)`` of a word whose key (``StemShape/key(of:)``) is known.
    private static func isStopWord(_ word: String, key: UInt32) -> Bool {
        let keys = stopWordKeys
        for index in keys.indices where keys[index] == key {
            if Token.same(stopWordList[index], word) { return true }
        }
        return false
    }

    /// The stem of a lower-cased word: `'s` and `’s` dropped, then, for an ASCII word longer than
    /// three letters, a plural `s` (`ies` → `y`; not after `s`, `u`, `i`). What is cut is
    /// ``StemShape``'s to say, so that a token's stem and a phrase's are made alike.
    package static func stem(_ word: String) -> String {
        StemShape(of: word).stem(of: word)
    }

    /// The stemmed words of tokens (symbols dropped).
    package static func words(of tokens: some Sequence<Token>) -> [String] {
        var words: [String] = []
        words.reserveCapacity(tokens.underestimatedCount)
        for token in tokens where token.kind != .symbol { words.append(token.stem) }
        return words
    }

    /// Whether the phrase may occur in (or start) the words of a line whose scalars are
    /// `scalars` (``Line/scalars``): false when one of the phrase's is none of the line's.
    @inline(__always)
    package func mayOccur(in scalars: ScalarFilter) -> Bool { scalars.covers(storage.scalars) }

    /// The signature of the phrase's words matched whole (not those matched inside longer words).
    package var signature: WordSignature { storage.signature }

    /// The scalars of the phrase's words (``mayOccur(in:)`` asks a line's to cover them).
    package var scalars: ScalarFilter { storage.scalars }

    /// Whether the phrase may occur in a line whose scalars are `scalars` and whose words'
    /// signature is `signature` (``Line/signature``): false when one of the phrase's scalars is
    /// none of the line's, or one of its words matched whole none of the line's words.
    @inline(__always)
    package func mayOccur(in scalars: ScalarFilter, signature: WordSignature) -> Bool {
        signature.covers(storage.signature) && scalars.covers(storage.scalars)
    }

    /// Whether the phrase begins with a word of a script without spaces, so that it cannot occur
    /// in a line of ASCII.
    package var needsNonASCII: Bool { !storage.keys.isEmpty && storage.matchesInside(0) }

    /// Whether the phrase occurs, its words in order and next to each other, in `words`.
    package func occurs(in words: some PhraseWords) -> Bool { end(in: words) != nil }

    /// ``occurs(in:)``, ruled out first by the words' `signature` and `scalars` where they show
    /// it cannot (``mayOccur(in:signature:)``).
    @inline(__always)
    package func occurs(in words: some PhraseWords, scalars: ScalarFilter = .all, signature: WordSignature) -> Bool {
        mayOccur(in: scalars, signature: signature) && occurs(in: words)
    }

    /// The position just after the last word of the first occurrence of the phrase in `words`
    /// (one past the index of its last word, or for a line, of its last word's token), if it
    /// occurs.
    package func end(in words: some PhraseWords) -> Int? {
        let storage = self.storage
        let length = storage.words.count
        guard length > 0 else { return nil }
        var start = words.startIndex
        while start < words.endIndex {
            if storage.same(0, words, at: start) {
                var last = start
                var offset = 1
                while offset < length {
                    let next = words.index(after: last)
                    guard next < words.endIndex, storage.same(offset, words, at: next) else { break }
                    last = next
                    offset += 1
                }
                if offset == length { return last + 1 }
            }
            start = words.index(after: start)
        }
        return nil
    }

    /// Whether `words` begin with the phrase.
    package func starts(_ words: some PhraseWords) -> Bool {
        let storage = self.storage
        let length = storage.words.count
        guard length > 0 else { return false }
        // A plain loop: this runs for each candidate phrase of each line.
        var position = words.startIndex
        for index in 0..<length {
            guard position < words.endIndex, storage.same(index, words, at: position) else { return false }
            position = words.index(after: position)
        }
        return true
    }

    /// How well a label matches the phrase as a heading synonym: the number of the phrase's
    /// content words, when every one of them is among the label's words, else nil.
    package func labelScore(_ label: LabelWords) -> Int? {
        let content = storage.contentWords
        guard !content.isEmpty else { return nil }
        let insideBytes = storage.contentInsideBytes
        for index in content.indices {
            let bytes = insideBytes.isEmpty ? [] : insideBytes[index]
            guard !label.contains(content[index], ascii: bytes.isEmpty) else { continue }
            if bytes.isEmpty || !label.containsInside(bytes) { return nil }
        }
        return content.count
    }
}
