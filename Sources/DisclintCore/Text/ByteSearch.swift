/// Searches of UTF-8 text on its bytes, in the text's own storage (no copy, no per-character
/// work): the whole-draft checks that most drafts fail at once ("has a comment?", "mentions
/// `disclint-`?") cost a pass over memory, not a pass over characters.
package enum ByteSearch {
    /// Whether `pattern` (non-empty) occurs in `text`'s UTF-8.
    package static func contains<S: StringProtocol>(_ pattern: [UInt8], in text: S) -> Bool {
        guard let first = pattern.first else { return true }
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(pattern, first, in: $0) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { contains(pattern, first, in: $0) }
    }

    private static func contains(_ pattern: [UInt8], _ first: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count, length = pattern.count
        guard count >= length else { return false }
        var index = 0
        let last = count - length
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < length, bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == length { return true }
            }
            index += 1
        }
        return false
    }
}
