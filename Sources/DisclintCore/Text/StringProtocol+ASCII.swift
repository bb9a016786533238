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
