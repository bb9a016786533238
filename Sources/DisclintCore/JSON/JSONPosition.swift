/// Where a JSON value starts, as the parser saw it: the line, and the byte offsets of the line's
/// start and of the value. The column, which counts characters, is worked out only when an error
/// needs it (``location(in:)``): counting characters at every value of a Japanese pack cost more
/// than reading it.
package struct JSONPosition: Sendable, Equatable {
    package var line: Int
    package var lineStart: Int
    package var offset: Int

    package init(line: Int, lineStart: Int, offset: Int) {
        self.line = line
        self.lineStart = lineStart
        self.offset = offset
    }

    /// The line and column in the text whose UTF-8 bytes are `bytes`; columns count characters,
    /// as ``SourceLocation`` documents.
    package func location(in bytes: [UInt8]) -> SourceLocation {
        let start = min(lineStart, bytes.count)
        let segment = bytes[start..<min(max(offset, start), bytes.count)]
        let width = segment.allSatisfy({ $0 < 0x80 }) ? segment.count : String(decoding: segment, as: UTF8.self).count
        return SourceLocation(line: line, column: width + 1)
    }
}
