import Testing
@testable import DisclintCore

@Suite("Small ASCII strings")
struct SmallASCIIStringTests {
    /// The string the standard library makes of the same bytes.
    static func reference(_ bytes: [UInt8], lowercasing: Bool) -> String {
        String(decoding: bytes.map { lowercasing && $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func made(_ bytes: [UInt8], lowercasing: Bool) -> String {
        bytes.withUnsafeBufferPointer { SmallASCIIString.make($0, lowercasing: lowercasing) }
    }

    /// Everything a caller may ask of a string gives the same answer as for the reference.
    static func expectSame(_ bytes: [UInt8], lowercasing: Bool) {
        let string = made(bytes, lowercasing: lowercasing)
        let expected = reference(bytes, lowercasing: lowercasing)
        #expect(string == expected, "\(bytes)")
        #expect(Array(string.utf8) == Array(expected.utf8), "\(bytes)")
        #expect(string.utf8.count == bytes.count)
        #expect(string.count == expected.count)
        #expect(string.hashValue == expected.hashValue, "\(bytes)")
        #expect(string.unicodeScalars.map(\.value) == expected.unicodeScalars.map(\.value))
        #expect(string + "é" == expected + "é")
        #expect(string.utf8.withContiguousStorageIfAvailable(Array.init) == Array(expected.utf8))
        #expect(Set([string, expected]).count == 1)
    }

    @Test("is the standard library's string for every length, up to and past 15 bytes")
    func everyLength() {
        for length in 0...24 {
            // Every ASCII byte at every place, and a mix of capitals, digits and punctuation.
            for byte in UInt8(0)..<0x80 {
                Self.expectSame(Array(repeating: byte, count: length), lowercasing: false)
                Self.expectSame(Array(repeating: byte, count: length), lowercasing: true)
            }
            let mixed = (0..<length).map { UInt8((($0 &* 37) &+ 11) % 0x80) }
            Self.expectSame(mixed, lowercasing: false)
            Self.expectSame(mixed, lowercasing: true)
            let word = Array("Shareholders'-AZaz@[`{".utf8.prefix(length))
            Self.expectSame(word, lowercasing: true)
        }
    }

    @Test("makes the string of one byte")
    func oneByte() {
        for byte in UInt8(0)..<0x80 {
            #expect(SmallASCIIString.make(byte) == String(UnicodeScalar(byte)), "byte \(byte)")
        }
    }

    @Test("lower-cases A to Z and nothing else, at every place of a word", arguments: 0..<8)
    func lowercasing(_ place: Int) {
        for byte in UInt8(0)..<0x80 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 8)
            bytes[place] = byte
            let expected: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            #expect(Array(Self.made(bytes, lowercasing: true).utf8)[place] == expected, "byte \(byte) at \(place)")
            #expect(SmallASCIIString.lowercased(UInt64(byte) << UInt64(place * 8)) == UInt64(expected) << UInt64(place * 8))
        }
    }

    @Test("is what the tokenizer keeps as a word's normalized text")
    func inTokens() {
        let line = "The Company's SHARES were 2,533,155 and an Extraordinarily-long-word"
        let found = tokens(line)
        #expect(found.map(\.normalized) == ["the", "company's", "shares", "were", "2533155", "and", "an", "extraordinarily", "-", "long", "-", "word"])
    }

    @Test("repeats an ASCII byte as String(repeating:count:) does", arguments: [0, 1, 2, 15, 16, 100, 5000])
    func repeating(_ count: Int) {
        #expect(String.repeating(ascii: UInt8(ascii: " "), count: count) == String(repeating: " ", count: count))
        #expect(String.repeating(ascii: UInt8(ascii: "~"), count: count) == String(repeating: "~", count: count))
        #expect(String.repeating(ascii: UInt8(ascii: "x"), count: -count) == "")
    }
}
