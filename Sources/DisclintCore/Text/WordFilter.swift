/// A quick, exact "certainly not" for looking words up in a small set of keys: each key marks
/// its first UTF-8 byte and its length (up to 63 bytes; longer keys mark 63). A word whose pair
/// no key marked is not a key, found without hashing it; any other word is then looked up as
/// before.
///
/// A line is compared with a pack's few part phrases by their first words: hashing each word
/// of each line to learn that it starts none cost more than the rest of the comparison.
struct WordFilter: Sendable {
    /// For each first byte, a bit per length.
    private var lengths: [UInt64] = Array(repeating: 0, count: 256)

    init<S: Sequence<String>>(_ keys: S) {
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: String) {
        let utf8 = key.utf8
        lengths[Int(utf8.first ?? 0)] |= 1 << UInt64(min(utf8.count, 63))
    }

    /// Whether `word` may be a key: false only when no key has its first byte and length.
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let utf8 = word.utf8
        let count = utf8.count
        // The subscript, not `first`: the generic `first` of a string's UTF-8 view was a call
        // for each word of each line, more than the rest of the test.
        let first = count == 0 ? 0 : utf8[utf8.startIndex]
        return mayContain(first: first, count: count)
    }

    /// Whether a word whose first byte is `first` (0 if it is empty) and whose length is `count`
    /// bytes may be a key (``LineWords/filterKey(at:)``: a line's word, not made).
    @inline(__always)
    func mayContain(first: UInt8, count: Int) -> Bool {
        lengths[Int(first)] & (1 << UInt64(min(count, 63))) != 0
    }
}
