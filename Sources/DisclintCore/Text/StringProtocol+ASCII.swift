extension StringProtocol {
    /// Whether the text is all ASCII, checked on its bytes. A word that is not is of a script
    /// written without spaces (Japanese) as far as matching goes: a phrase word of it matches
    /// inside a longer word (``Phrase``), and no such phrase can occur in ASCII text.
    var isASCII: Bool {
        // On the contiguous bytes of a string (native and small ones have them), eight at a time.
        if let ascii = utf8.withContiguousStorageIfAvailable(ByteSearch.isASCII) { return ascii }
        return utf8.allSatisfy { $0 < 0x80 }
    }
}

extension String {
    /// `count` copies of an ASCII byte (`count` below 0 gives ""): spaces and marks of a report,
    /// written in one pass. `String(repeating:count:)` appends a string for each copy.
    static func repeating(ascii byte: UInt8, count: Int) -> String {
        precondition(byte < 0x80, "String.repeating(ascii:count:) takes an ASCII byte")
        let count = Swift.max(0, count)
        return String(unsafeUninitializedCapacity: count) { buffer in
            if count > 0 { buffer.initialize(repeating: byte) }
            return count
        }
    }
}
