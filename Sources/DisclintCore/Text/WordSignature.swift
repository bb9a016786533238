/// The words of a line (or a phrase's words matched whole) as one 64-bit number: a bit for each
/// word's stem key (``StemShape/key(first:count:)``, hashed to 6 bits). A phrase whose bits are
/// not all among a line's cannot occur in it, found without reading a word; a phrase that may
/// is then looked for as before.
///
/// Each section found by a phrase (a forward-looking notice, the shares outstanding) and each
/// kind's title were looked for word by word in every line of every draft.
package struct WordSignature: BitFilter64 {
    package private(set) var bits: UInt64

    package init(bits: UInt64) { self.bits = bits }

    /// The signature of the words of `tokens` (those that are not symbols).
    package init(_ tokens: [Token]) {
        var bits: UInt64 = 0
        for index in tokens.indices where tokens[index].kind != .symbol { bits |= WordSignature.bit(tokens[index].wordKey) }
        self.bits = bits
    }

    /// The signature of stemmed words (``Phrase/words(of:)``).
    package init(words: [String]) {
        self.init()
        for word in words { insert(key: StemShape.key(of: word)) }
    }

    /// Adds a word whose stem has the key `key`.
    package mutating func insert(key: UInt32) { bits |= WordSignature.bit(key) }

    /// Adds the words of `other`.
    package mutating func formUnion(_ other: WordSignature) { bits |= other.bits }

    /// Whether every word of `other` may be among these.
    @inline(__always)
    package func covers(_ other: WordSignature) -> Bool { bits & other.bits == other.bits }

    @inline(__always)
    private static func bit(_ key: UInt32) -> UInt64 { 1 &<< UInt64((key &* 0x9E37_79B1) &>> 26) }
}
