extension StringProtocol {
    /// Whether the text is all ASCII, checked on its bytes. A word that is not is of a script
    /// written without spaces (Japanese) as far as matching goes: a phrase word of it matches
    /// inside a longer word (``Phrase``), and no such phrase can occur in ASCII text.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
