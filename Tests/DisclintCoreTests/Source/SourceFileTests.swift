@testable import DisclintCore
import Testing

@Suite("SourceFile")
struct SourceFileTests {
    @Test("splits lines at LF, CRLF and a lone CR, without the terminators", arguments: [
        ("a\nb\n", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb", ["a", "", "b"]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("a\n\r\nb", ["a", "", "b"]),
        ("", [""]),
        ("\n", [""]),
        ("no newline", ["no newline"]),
    ])
    func lines(_ text: String, _ expected: [String]) {
        #expect(SourceFile(path: "a", text: text).lines.map(String.init) == expected)
    }

    @Test("drops a byte-order mark")
    func byteOrderMark() {
        let source = SourceFile(path: "a", bytes: [0xEF, 0xBB, 0xBF] + Array("Title\n".utf8))
        #expect(source.text == "Title\n")
        #expect(source.lines.first == "Title")
        #expect(source.invalidByteOffsets.isEmpty)
    }

    @Test("replaces invalid UTF-8 and records where it was", arguments: [
        ([0x61, 0xFF, 0x62], [1]),
        ([0x61, 0xC3], [1]),
        ([0xC0, 0x80], [0, 1]),
        ([0xED, 0xA0, 0x80], [0, 1, 2]),
        ([0xE2, 0x82, 0xAC], []),
        ([0xF0, 0x9F, 0x91, 0x8D], []),
        ([0xEF, 0xBB, 0xBF, 0xFF], [3]),
        // Past the eight-bytes-at-a-time skip of ASCII: at a word boundary, inside a word, last.
        (Array("12345678".utf8) + [0xFF] + Array("abcdefgh".utf8), [8]),
        (Array("1234567890".utf8) + [0xC3] + Array("abcdefghijklmnop".utf8) + [0xE2, 0x82], [10, 27, 28]),
        (Array("abcdefghijklmnop".utf8) + [0xE2, 0x82, 0xAC] + Array("abcdefgh".utf8) + [0x80], [27]),
    ] as [([UInt8], [Int])])
    func invalidUTF8(_ bytes: [UInt8], _ offsets: [Int]) {
        let source = SourceFile(path: "a", bytes: bytes)
        #expect(source.invalidByteOffsets == offsets)
        #expect(source.text.contains("\u{FFFD}") == !offsets.isEmpty)
    }

    @Test("line(_:) is 1-based and empty past the end")
    func lineNumbers() {
        let source = SourceFile(path: "a", text: "one\ntwo\n")
        #expect(source.line(1) == "one")
        #expect(source.line(2) == "two")
        #expect(source.line(0) == "")
        #expect(source.line(3) == "")
    }

    /// Lines of every length around the eight bytes the splitter skips at a time, with each
    /// terminator at each offset, split as a byte-by-byte reading splits them.
    @Test("splits lines the same whatever their length", arguments: ["\n", "\r\n", "\r"])
    func longLines(_ terminator: String) {
        for length in 0..<26 {
            let lines = [String(repeating: "a", count: length), String(repeating: "b", count: length % 9), "", "tail ü"]
            let text = lines.joined(separator: terminator)
            #expect(SourceFile(path: "a", text: text).lines.map(String.init) == lines, "length \(length)")
            #expect(SourceFile(path: "a", text: text + terminator).lines.map(String.init) == lines, "length \(length), ended")
        }
    }

    /// A draft is valid when the standard library's check says so, and only then are its bytes
    /// scanned for invalid offsets: the two must agree on every input.
    @Test("finds invalid bytes exactly where the standard library's check fails")
    func validationAgrees() {
        // Bytes that make and break UTF-8: ASCII, continuations, every kind of lead byte, the
        // edges of overlong forms, surrogates and the top of the code space.
        let alphabet: [UInt8] = [0x41, 0x0A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            let length = round % 12
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect(SourceFile.invalidUTF8Offsets(in: bytes[...]).isEmpty == valid, "\(bytes.map { String($0, radix: 16) })")
            #expect(SourceFile(path: "a", bytes: bytes).invalidByteOffsets.isEmpty == valid)
        }
    }
}
