import Synchronization

/// The section each label a pack's drafts have had matched, by the label's words: the same
/// labels come back in draft after draft (`Total number of shares acquired`), and matching one
/// compares it with the pack's synonyms, which cost more than the rest of reading its line.
///
/// The answer depends only on the label's words, the part it is read in, whether the match is
/// strict and the pack, so a remembered one is the one matching would give. Shared by the
/// threads of a run (one lock, held for a lookup); at most ``capacity`` labels are kept, so that
/// a draft of millions of distinct short lines does not grow it without bound.
final class LabelMatchCache: Sendable {
    /// What is matched: a label's stemmed words in a part, strictly or not.
    ///
    /// Words are compared and hashed on their bytes, not as Unicode text: matching compares
    /// Japanese words byte for byte, so two canonically equivalent spellings (`が` and `か` with
    /// a combining mark) may match differently, and each must get its own answer.
    struct Key: Hashable, Sendable {
        let words: [String]
        let scope: Scope
        let strict: Bool
        /// The words' bytes and lengths folded into 64 bits (FNV-1a) as the key is made: the
        /// dictionary hashes this, not every byte of every word again with SipHash (a label is
        /// looked up in every draft that has it, and hashing it cost as much as the lookup).
        private let digest: UInt64

        init(words: [String], scope: Scope, strict: Bool) {
            self.words = words
            self.scope = scope
            self.strict = strict
            func fold(_ bytes: UnsafeBufferPointer<UInt8>, into digest: UInt64) -> UInt64 {
                var digest = digest
                for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
                return digest
            }
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            for word in words {
                // On the word's storage (its UTF-8 iterator costs a call a byte).
                digest = word.utf8.withContiguousStorageIfAvailable { fold($0, into: digest) }
                    ?? Array(word.utf8).withUnsafeBufferPointer { fold($0, into: digest) }
                // The end of a word, so that `ab c` and `a bc` differ.
                digest = (digest ^ 0xFF) &* 0x100_0000_01B3
            }
            self.digest = digest
        }

        static func == (a: Key, b: Key) -> Bool {
            a.digest == b.digest && a.scope == b.scope && a.strict == b.strict && a.words.count == b.words.count
                && zip(a.words, b.words).allSatisfy { Token.same($0, $1) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
            hasher.combine(scope)
            hasher.combine(strict)
        }
    }

    /// A label's section (its index among the pack's sections) and the part it places it in.
    struct Match: Hashable, Sendable {
        var section: Int
        var scope: Scope
    }

    /// How many labels are kept at most; later ones are matched each time.
    static let capacity = 4096

    private let entries = Mutex<[Key: Match?]>([:])

    /// The remembered answer for `key`: nil if there is none, `.some(nil)` for "no section".
    func answer(for key: Key) -> Match?? {
        entries.withLock { $0[key] }
    }

    /// Remembers the answer for `key`, unless ``capacity`` labels are kept already.
    func remember(_ match: Match?, for key: Key) {
        entries.withLock { entries in
            if entries.count < LabelMatchCache.capacity { entries[key] = .some(match) }
        }
    }

    /// How many labels are kept.
    var count: Int { entries.withLock { $0.count } }
}
