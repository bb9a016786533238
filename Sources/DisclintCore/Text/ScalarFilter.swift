/// A quick, exact "certainly not" for phrases in a line: the set of the line's scalars, each
/// hashed to one of 256 bits. A phrase's words are compared with the line's words byte for byte
/// (whole, or inside a longer Japanese word), so a phrase with a scalar that no word of the line
/// has cannot occur in it: its bits are not all set in the line's.
///
/// A Japanese phrase matches inside longer words, so the index of part phrases cannot rule it
/// out by a line's first word: every such phrase was searched for in every word of every line.
/// A line of fifty kana and kanji sets about a sixth of the bits; a phrase of four characters
/// that is not in it passes the filter about once in a thousand lines.
package struct ScalarFilter: Sendable, Equatable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// A filter that rules nothing out (for a line that is not read scalar by scalar).
    package static let all: ScalarFilter = {
        var filter = ScalarFilter()
        filter.bits = (~0, ~0, ~0, ~0)
        return filter
    }()

    package init() {}

    /// The filter of the scalars of `texts`.
    package init(_ texts: some Sequence<String>) {
        for text in texts { insert(text) }
    }

    /// The filter of the stems of the words of `tokens` (those that are not symbols): a line's,
    /// read from its tokens in place (``LineWords``' own iteration made each stem a string).
    package init(wordsOf tokens: [Token]) {
        for index in tokens.indices where tokens[index].kind != .symbol {
            if tokens[index].stemShape.rawValue == 0 { insert(tokens[index].normalized) } else { insert(tokens[index].stem) }
        }
    }

    package static func == (a: ScalarFilter, b: ScalarFilter) -> Bool {
        a.bits.0 == b.bits.0 && a.bits.1 == b.bits.1 && a.bits.2 == b.bits.2 && a.bits.3 == b.bits.3
    }

    /// Adds the scalars of `text`, read from its UTF-8 bytes (a scalar is its lead byte and the
    /// continuation bytes after it).
    package mutating func insert(_ text: String) {
        // On the string's own bytes when it has them (native and small strings do): iterating
        // its UTF-8 view byte by byte was most of the cost of a Japanese line's filter.
        var filter = self
        if text.utf8.withContiguousStorageIfAvailable({ filter.insert(utf8: $0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { filter.insert(utf8: $0) }
        }
        self = filter
    }

    /// Adds one scalar, as ``insert(_:)`` adds it from a text's bytes (the tokenizer's path:
    /// it has decoded the scalars of a word already). The value hashed is the one read from the
    /// bytes: the scalar's own for one to three bytes; a four-byte scalar's lead byte gives one
    /// bit more than the scalar has (0x10 of `lead & 0x1F`, bit 22 of the value).
    @inline(__always)
    package mutating func insert(scalar: Unicode.Scalar) {
        let value = scalar.value
        add(value >= 0x10000 ? value | 0x40_0000 : value)
    }

    /// ``insert(scalar:)`` of a scalar of the Basic Multilingual Plane (below U+10000) by its
    /// value: a kana or kanji the tokenizer read from its three bytes without making a scalar.
    @inline(__always)
    package mutating func insert(basicValue value: UInt32) {
        assert(value < 0x10000, "insert(basicValue:) takes a scalar below U+10000")
        add(value)
    }

    /// ``insert(_:)`` of a text's UTF-8 bytes (a scalar is its lead byte and the continuation
    /// bytes after it).
    private mutating func insert(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var value: UInt32 = 0
        var started = false
        for byte in bytes {
            if byte & 0xC0 == 0x80 {
                // A continuation byte: six more bits of the scalar.
                value = value << 6 | UInt32(byte & 0x3F)
                continue
            }
            if started { add(value) }
            started = true
            // A lead byte: its own bits of the scalar (all of an ASCII byte).
            value = byte < 0x80 ? UInt32(byte) : UInt32(byte & 0x1F)
        }
        if started { add(value) }
    }

    @inline(__always)
    private mutating func add(_ value: UInt32) {
        let bit = ScalarFilter.bit(value)
        // The word of the bit by its index, not a switch over the four (a branch for every
        // scalar of every Japanese word).
        withUnsafeMutableBytes(of: &bits) { words in
            let word = Int(bit >> 6) &* 8
            words.storeBytes(of: words.load(fromByteOffset: word, as: UInt64.self) | 1 << UInt64(bit & 63),
                             toByteOffset: word, as: UInt64.self)
        }
    }

    /// The bit of a scalar value: the top byte of a multiplicative hash, so that the neighbouring
    /// kana and kanji of a text spread over the bits.
    @inline(__always)
    private static func bit(_ value: UInt32) -> UInt32 { (value &* 0x9E37_79B1) >> 24 }

    /// Adds the scalars of `other` (a filter that covers this one then covers both).
    package mutating func formUnion(_ other: ScalarFilter) {
        bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
    }

    /// Whether every scalar of `other` may be one of this filter's: false only when one of
    /// `other`'s bits is not set here.
    @inline(__always)
    package func covers(_ other: ScalarFilter) -> Bool {
        other.bits.0 & ~bits.0 == 0 && other.bits.1 & ~bits.1 == 0 && other.bits.2 & ~bits.2 == 0 && other.bits.3 & ~bits.3 == 0
    }
}
