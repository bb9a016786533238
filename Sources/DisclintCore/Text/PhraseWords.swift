/// Stemmed words a ``Phrase`` is looked for in: a line's (``LineWords``, read from its tokens in
/// place) or any list of stems (`[String]`, for labels and stretches of a line).
///
/// Positions are those of the collection itself: `startIndex`, then `index(after:)` up to
/// `endIndex` (for a line, the indexes of its words' tokens).
package protocol PhraseWords {
    var startIndex: Int { get }
    var endIndex: Int { get }
    func index(after position: Int) -> Int
    /// Whether the word at `position` is `stem` (compared byte for byte), whose
    /// ``StemShape/key(of:)`` is `key`.
    func word(at position: Int, is stem: String, key: UInt32) -> Bool
    /// Whether the word at `position` has the UTF-8 `bytes` inside it (a word of a script
    /// without spaces, which matches inside longer words).
    func word(at position: Int, contains bytes: [UInt8]) -> Bool
}

extension Array: PhraseWords where Element == String {
    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt32) -> Bool { Token.same(stem, self[position]) }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool { ByteSearch.contains(bytes, in: self[position]) }
}

extension ArraySlice: PhraseWords where Element == String {
    @inline(__always)
    package func word(at position: Int, is stem: String, key: UInt32) -> Bool { Token.same(stem, self[position]) }

    package func word(at position: Int, contains bytes: [UInt8]) -> Bool { ByteSearch.contains(bytes, in: self[position]) }
}
