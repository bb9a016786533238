/// Makes a string of at most 15 ASCII bytes in the standard library's small-string form, written
/// directly: the two words a `String` is made of hold the bytes in order and, in the last byte,
/// the form (`0xE0`: small and ASCII) and the count.
///
/// Why: an English draft is mostly words of a few letters, and the tokenizer makes a string of
/// each. `String(unsafeUninitializedCapacity:initializingUTF8With:)` took about 140 instructions
/// for one (a call into the standard library, a closure, a check that the bytes are ASCII), a
/// twelfth of linting a draft; this takes a few for each byte.
///
/// The small-string layout is fixed by the standard library's ABI on 64-bit little-endian
/// platforms (`_StringObject`: `_countAndFlagsBits`, then `_object` whose top byte is the
/// discriminator), and the standard library's own inlinable code in every client binary relies
/// on it. Elsewhere, and whenever the text is longer or not ASCII, the ordinary initializer is
/// used. `SmallASCIIStringTests` compares every length and byte with it.
package enum SmallASCIIString {
    /// The longest text a small string holds.
    package static let capacity = 15

    /// `bytes` as a string, lower-cased (ASCII `A`–`Z` only) if asked. `bytes` must be ASCII.
    @inline(__always)
    package static func make(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> String {
        assert(bytes.allSatisfy { $0 < 0x80 }, "SmallASCIIString.make takes ASCII bytes only")
        #if _endian(little) && _pointerBitWidth(_64)
        let count = bytes.count
        if count <= capacity, MemoryLayout<String>.size == 16, let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            // The bytes as two little-endian words, read with loads that stay inside the buffer
            // (two that overlap where the text is not a whole number of words).
            var low: UInt64 = 0
            var high: UInt64 = 0
            if count >= 8 {
                low = base.loadUnaligned(as: UInt64.self)
                if count > 8 { high = base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) &>> UInt64((16 &- count) &* 8) }
            } else if count >= 4 {
                let first = UInt64(base.loadUnaligned(as: UInt32.self))
                let last = UInt64(base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
                low = first | last &<< UInt64((count &- 4) &* 8)
            } else {
                var index = 0
                while index < count {
                    low |= UInt64(bytes[index]) &<< UInt64(index &* 8)
                    index &+= 1
                }
            }
            if lowercasing {
                low = lowercased(low)
                high = lowercased(high)
            }
            high |= (0xE0 | UInt64(count)) &<< 56
            // Written over an empty string: both are immortal, so nothing is retained or
            // released (`unsafeBitCast` of the two words gave a borrowed string, which the
            // caller then retained).
            var string = ""
            withUnsafeMutableBytes(of: &string) { raw in
                raw.storeBytes(of: low, toByteOffset: 0, as: UInt64.self)
                raw.storeBytes(of: high, toByteOffset: 8, as: UInt64.self)
            }
            return string
        }
        #endif
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                buffer[index] = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
            }
            return bytes.count
        }
    }

    /// The string of one ASCII byte (a symbol of an English line).
    @inline(__always)
    package static func make(_ byte: UInt8) -> String {
        withUnsafeBytes(of: byte) { make($0.bindMemory(to: UInt8.self), lowercasing: false) }
    }

    /// Eight ASCII bytes with `A`–`Z` made `a`–`z`, all at once: a byte's high bit is set by
    /// adding 0x3F when it is at least `A`, and by adding 0x25 when it is past `Z` (no byte
    /// carries into the next, as none is above 0x7F).
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = (word &+ ones &* 0x3F) & (ones &* 0x80)
        let pastZ = (word &+ ones &* 0x25) & (ones &* 0x80)
        return word | ((atLeastA & ~pastZ) &>> 2)
    }
}
