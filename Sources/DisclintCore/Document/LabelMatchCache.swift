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
    struct Key: Hashable, Sendable {
        var words: [String]
        var scope: Scope
        var strict: Bool
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
