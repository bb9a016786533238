#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches of UTF-8 text on its bytes, in the text's own storage (no copy, no per-character
/// work): the whole-draft checks that most drafts fail at once ("has a comment?", "mentions
/// `disclint-`?") cost a pass of the C library's `memchr` over memory.
package enum ByteSearch {
    /// Whether every byte is ASCII (below 0x80), looked at eight at a time.
    @inline(__always)
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The end of the run of ASCII letters (`A`–`Z`, `a`–`z`) that starts at `start` in ASCII
    /// `bytes`, and whether one of them is a capital. Eight bytes are classified at once: a
    /// byte with `0x20` set is a letter when it is at least `a` (adding 0x1F sets its high bit)
    /// and not past `z` (adding 0x05 does not); no sum carries into the next byte, as every
    /// byte is below 0x80. A capital is a letter with bit `0x20` clear. Reading a word of an
    /// English draft a byte at a time was a twelfth of linting it.
    @inline(__always)
    package static func asciiLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, capital: Bool) {
        let count = bytes.count
        var end = start
        var capitals: UInt64 = 0
        #if _endian(little)
        if let base = bytes.baseAddress {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            while end &+ 8 <= count {
                let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                let folded = word | (ones &* 0x20)
                let letters = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05) & highBits
                let upper = letters & (~word &<< 2)
                if letters == highBits {
                    capitals |= upper
                    end &+= 8
                    continue
                }
                // The first byte that is not a letter ends the run.
                let length = (~letters & highBits).trailingZeroBitCount &>> 3
                capitals |= upper & ((1 &<< UInt64(length &* 8)) &- 1)
                return (end &+ length, capitals != 0)
            }
        }
        #endif
        while end < count {
            let byte = bytes[end]
            guard (byte | 0x20) &- 0x61 < 26 else { break }
            capitals |= UInt64(~byte & 0x20)
            end &+= 1
        }
        return (end, capitals != 0)
    }

    /// Whether `pattern` (non-empty) occurs in `text`'s UTF-8.
    package static func contains<S: StringProtocol>(_ pattern: [UInt8], in text: S) -> Bool {
        guard !pattern.isEmpty else { return true }
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(pattern, in: $0) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { contains(pattern, in: $0) }
    }

    /// Where `pattern` (valid UTF-8, non-empty) first occurs in `text`, compared byte for byte.
    package static func firstRange(of pattern: String, in text: String) -> Range<String.Index>? {
        let needle = Array(pattern.utf8)
        guard !needle.isEmpty else { return nil }
        var text = text
        text.makeContiguousUTF8()
        guard let offset = text.utf8.withContiguousStorageIfAvailable({ firstOffset(of: needle, in: $0) }) ?? nil else {
            return nil
        }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.count)
    }

    private static func contains(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: pattern, in: bytes) != nil
    }

    private static func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return nil }
        // memchr finds each candidate for one byte of the pattern; the rest is compared in place.
        // That byte is its first that is not a lower-case letter, if it has one (the `-` of
        // `disclint-`, not its `d`, which most English words have): fewer candidates.
        let anchor = pattern.firstIndex { $0 < UInt8(ascii: "a") || $0 > UInt8(ascii: "z") } ?? 0
        let byte = Int32(pattern[anchor])
        var offset = anchor
        while bytes.count - (offset - anchor) >= pattern.count {
            guard let found = memchr(base + offset, byte, bytes.count - offset) else { return nil }
            let start = UnsafeRawPointer(found) - UnsafeRawPointer(base) - anchor
            guard bytes.count - start >= pattern.count else { return nil }
            var matched = 0
            while matched < pattern.count, bytes[start + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return start }
            offset = start + anchor + 1
        }
        return nil
    }
}
