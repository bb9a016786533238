/// How the stem of a word (``Phrase/stem(_:)``) is made from the word: some bytes cut from its
/// end, then, for `ies` → `y`, a `y` added. A stem is never more than that, so a token keeps its
/// shape (``Token/stemShape``, in the token's spare bytes) instead of a second string, and a
/// phrase is compared with the stem in place (``same(_:stemOf:)``).
package struct StemShape: Hashable, Sendable {
    /// The bytes cut (low byte) and whether a `y` is added (bit 8).
    package let rawValue: UInt32

    package init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The shape of a word whose stem is the word itself.
    package init() { rawValue = 0 }

    init(cut: Int, y: Bool) { rawValue = UInt32(cut) | (y ? 0x100 : 0) }

    /// The number of bytes cut from the end of the word.
    package var cut: Int { Int(rawValue & 0xFF) }
    /// Whether a `y` follows what is left (`companies` → `company`).
    package var addsY: Bool { rawValue & 0x100 != 0 }

    /// The shape of the stem of a lower-cased word, as ``Phrase/stem(_:)`` makes it.
    package init(of word: String) {
        // Most words end in neither `s` nor `'s`: no work.
        guard word.utf8.last == UInt8(ascii: "s") else { self.init(); return }
        if let shape = word.utf8.withContiguousStorageIfAvailable(StemShape.init(utf8:)) {
            self = shape
        } else {
            self = Array(word.utf8).withUnsafeBufferPointer(StemShape.init(utf8:))
        }
    }

    /// The shape of the stem of a lower-cased word given as UTF-8 bytes: `'s` and `’s` dropped,
    /// then, for an ASCII word longer than three letters, a plural `s` (`ies` → `y`; not after
    /// `s`, `u`, `i`).
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, bytes[count - 1] == UInt8(ascii: "s") else { self.init(); return }
        var end = count
        // `’s` (U+2019: E2 80 99).
        if end >= 4, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 { end -= 4 }
        let dropped = end < count
        var ascii = true
        for index in 0..<end where bytes[index] >= 0x80 { ascii = false; break }
        if ascii {
            self = StemShape.ascii(bytes, end: end)
            return
        }
        if !dropped, end >= 2, bytes[end - 2] == UInt8(ascii: "'") { end -= 2 }
        self.init(cut: count - end, y: false)
    }

    /// The shape of the stem of a lower-cased word of ASCII bytes (the tokenizer's path: no `’s`
    /// to look for, no byte to check).
    @inline(__always)
    package init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = bytes.last, last == UInt8(ascii: "s") else { self.init(); return }
        self = StemShape.ascii(bytes, end: bytes.count)
    }

    /// The shape when `bytes[..<end]` is ASCII: `'s` dropped, then a plural `s`.
    private static func ascii(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> StemShape {
        var end = end
        if end >= 2, bytes[end - 2] == UInt8(ascii: "'") { end -= 2 }
        if end > 3, bytes[end - 1] == UInt8(ascii: "s") {
            let before = bytes[end - 2]
            if before == UInt8(ascii: "e"), bytes[end - 3] == UInt8(ascii: "i") {
                return StemShape(cut: bytes.count - (end - 3), y: true)
            }
            if before != UInt8(ascii: "s"), before != UInt8(ascii: "u"), before != UInt8(ascii: "i") { end -= 1 }
        }
        return StemShape(cut: bytes.count - end, y: false)
    }

    /// The stem of `word` (whose shape this is).
    package func stem(of word: String) -> String {
        guard rawValue != 0 else { return word }
        var word = word
        return word.withUTF8 { bytes in
            let kept = UnsafeBufferPointer(rebasing: bytes[..<max(0, bytes.count - cut)])
            guard addsY else { return String(decoding: kept, as: UTF8.self) }
            // `ies` → `y`: only an ASCII word (``init(utf8:)``), most often short.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept.count + 1) { buffer in
                _ = buffer.initialize(fromContentsOf: kept)
                buffer[kept.count] = UInt8(ascii: "y")
                return String(decoding: buffer, as: UTF8.self)
            }
        }
    }

    /// The key of a stem whose first byte is `first` (0 if it is empty) and whose length is
    /// `count` bytes: the byte, then the length (capped: a longer stem shares the key of the
    /// longest, and is told apart by its bytes). Kept in a word's token (``Token/wordKey``).
    @inline(__always)
    package static func key(first: UInt8, count: Int) -> UInt32 {
        UInt32(first) | UInt32(Swift.min(count, 0x7FFF)) << 8
    }

    /// The key of a stem (``key(first:count:)`` of its bytes): a phrase's word.
    package static func key(of stem: String) -> UInt32 {
        let utf8 = stem.utf8
        return key(first: utf8.first ?? 0, count: utf8.count)
    }

    /// The first byte and the length of a ``key(first:count:)`` (the length capped).
    @inline(__always)
    package static func firstByteAndCount(ofKey key: UInt32) -> (first: UInt8, count: Int) {
        (UInt8(truncatingIfNeeded: key), Int(key >> 8))
    }

    /// The key (``key(first:count:)``) of the stem of a word whose first byte is `first` (as
    /// normalized) and whose length is `count` bytes: the stem keeps the word's first byte (a
    /// `y` is added only after some bytes kept, ``init(utf8:)``) and is as long as ``cut`` and
    /// the `y` make it; an empty stem (`'s`) has the key of no byte.
    @inline(__always)
    package func key(ofWordFirst first: UInt8, count: Int) -> UInt32 {
        let length = count &- cut &+ (addsY ? 1 : 0)
        return StemShape.key(first: length > 0 ? first : 0, count: length)
    }

    /// Whether `stem` (a phrase's word) is the stem of `word` (whose shape this is), compared on
    /// bytes in place: the same answer as `Token.same(stem, self.stem(of: word))`.
    @inline(__always)
    package func same(_ stem: String, stemOf word: String) -> Bool {
        guard rawValue != 0 else { return Token.same(stem, word) }
        return sameCut(stem, word)
    }

    /// ``same(_:stemOf:)`` for a word with something cut (not inlined: few words are).
    @inline(never)
    private func sameCut(_ stem: String, _ word: String) -> Bool {
        let kept = word.utf8.count - cut
        guard kept >= 0, stem.utf8.count == kept + (addsY ? 1 : 0) else { return false }
        var stem = stem
        var word = word
        return stem.withUTF8 { a in
            word.withUTF8 { b in
                for index in 0..<kept where a[index] != b[index] { return false }
                return !addsY || a[kept] == UInt8(ascii: "y")
            }
        }
    }
}
