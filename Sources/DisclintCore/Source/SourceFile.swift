#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A draft as disclint reads it: its path, its text and an index of its lines.
///
/// The text is decoded from UTF-8 (a byte-order mark is dropped); bytes that are not valid UTF-8
/// are replaced by U+FFFD and their offsets kept in ``invalidByteOffsets`` so that the linter can
/// report them. Lines end at LF, CRLF or a lone CR; the line terminator is not part of a line.
package struct SourceFile: Sendable {
    /// The path as the user gave it (or `--stdin-name`), used in every report.
    package let path: String
    /// The decoded text, without a leading byte-order mark.
    package let text: String
    /// The lines of ``text``, in order.
    package let lines: [Substring]
    /// The byte offsets (in the original input) of bytes that were not valid UTF-8.
    package let invalidByteOffsets: [Int]
    /// For a draft kept only in part (``keeping(lines:)``): the lines kept, by number.
    private var keptLines: [Int: Substring] = [:]

    /// Decodes `bytes` as a draft at `path`.
    package init(path: String, bytes: [UInt8]) {
        self.path = path
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Valid UTF-8 (nearly every draft) is checked once, by the standard library as it makes
        // the string; only a draft that fails is scanned for the offsets of its invalid bytes.
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            self.invalidByteOffsets = []
            text = valid
        } else {
            self.invalidByteOffsets = SourceFile.invalidUTF8Offsets(in: body)
            text = String(decoding: body, as: UTF8.self)
        }
        self.text = text
        self.lines = SourceFile.splitLines(text)
    }

    private init(path: String, keptLines: [Int: Substring], invalidByteOffsets: [Int]) {
        self.path = path
        self.text = ""
        self.lines = []
        self.invalidByteOffsets = invalidByteOffsets
        self.keptLines = keptLines
    }

    /// The same draft keeping only the text of `kept` lines (1-based); the others read as empty
    /// and ``text`` and ``lines`` are empty. A run over an archive keeps this, not whole drafts,
    /// until it reports, so its memory does not grow with the size of the archive.
    package func keeping(lines kept: Set<Int>) -> SourceFile {
        var retained: [Int: Substring] = [:]
        for number in kept where number >= 1 && number <= lines.count {
            retained[number] = Substring(String(lines[number - 1]))
        }
        return SourceFile(path: path, keptLines: retained, invalidByteOffsets: invalidByteOffsets)
    }

    /// Makes a draft from text already in memory (tests, rule examples, stdin).
    package init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The line at a 1-based number, or an empty line past the end.
    package func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lines.count else { return keptLines[number] ?? "" }
        return lines[number - 1]
    }

    // MARK: - Decoding

    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let ends: [(start: Int, end: Int)] = utf8.withContiguousStorageIfAvailable { bytes in
            var result: [(start: Int, end: Int)] = []
            let count = bytes.count
            var start = 0
            var index = 0
            // Without a carriage return (most drafts), each line ends at the next line feed, which
            // the C library's memchr finds many bytes at a time.
            if let base = bytes.baseAddress, memchr(base, 0x0D, count) == nil {
                while start < count, let found = memchr(base + start, 0x0A, count - start) {
                    let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    result.append((start, end))
                    start = end + 1
                }
                index = count
            }
            while index < count {
                // Eight bytes at a time while none of them is a line end (a zero byte of the word
                // xor `\n` or xor `\r`, found as in strlen): most bytes of a line are skipped so.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A, returns = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    let zero = ((feeds &- 0x0101_0101_0101_0101) & ~feeds) | ((returns &- 0x0101_0101_0101_0101) & ~returns)
                    if zero & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                result.append((start, index))
                index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            if start < count || result.isEmpty { result.append((start, count)) }
            return result
        } ?? []
        return ends.map { text[utf8.index(utf8.startIndex, offsetBy: $0.start)..<utf8.index(utf8.startIndex, offsetBy: $0.end)] }
    }

    /// Offsets of the bytes that start an invalid UTF-8 sequence, counted in the whole input
    /// (a slice keeps the indices of the array it was cut from).
    static func invalidUTF8Offsets(in slice: ArraySlice<UInt8>) -> [Int] {
        slice.withUnsafeBufferPointer { bytes in
            var offsets: [Int] = []
            let count = bytes.count
            var index = 0
            while index < count {
                // Most of a draft is ASCII: skip it eight bytes at a time.
                if index + 8 <= count,
                   UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte < 0x80 { index += 1; continue }
                let need: Int
                var value: UInt32
                let minimum: UInt32
                switch byte {
                case 0xC2...0xDF: need = 1; value = UInt32(byte & 0x1F); minimum = 0x80
                case 0xE0...0xEF: need = 2; value = UInt32(byte & 0x0F); minimum = 0x800
                case 0xF0...0xF4: need = 3; value = UInt32(byte & 0x07); minimum = 0x10000
                default: offsets.append(slice.startIndex + index); index += 1; continue
                }
                var valid = index + need < count
                var cursor = index + 1
                while valid && cursor <= index + need {
                    if bytes[cursor] & 0xC0 != 0x80 { valid = false; break }
                    value = (value << 6) | UInt32(bytes[cursor] & 0x3F)
                    cursor += 1
                }
                if valid && (value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)) {
                    valid = false
                }
                if valid { index += need + 1 } else { offsets.append(slice.startIndex + index); index += 1 }
            }
            return offsets
        }
    }
}
