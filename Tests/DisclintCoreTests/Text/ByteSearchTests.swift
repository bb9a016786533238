import DisclintCore
import Testing

@Suite("Byte search")
struct ByteSearchTests {
    @Test("finds a pattern anywhere, including at either end, and only whole", arguments: [
        ("<!--", "<!-- x", true), ("<!--", "text <!--", true), ("<!--", "a <!- - <!-", false), ("<!--", "<<<!--", true),
        ("<!--", "<!-", false), ("<!--", "", false), ("disclint-", "x disclint-disable", true), ("disclint-", "disclint", false),
        ("未定", "取得日は未定です", true), ("未定", "未", false),
    ])
    func finds(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(ByteSearch.contains(Array(pattern.utf8), in: text) == expected)
        #expect(ByteSearch.contains(Array(pattern.utf8), in: ("#" + text + "#").dropFirst().dropLast()) == expected)
    }

    /// Whatever byte of the pattern the search looks for first, it finds what a plain search does.
    @Test("finds a pattern as a plain search does, on random texts")
    func random() {
        let alphabet = Array("ab-c<!".utf8)
        var generator = SystemRandomNumberGenerator()
        func pick(_ count: Int) -> String {
            String(decoding: (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }, as: UTF8.self)
        }
        for round in 0..<5_000 {
            let pattern = pick(1 + round % 4)
            let text = pick(round % 13)
            let plain = text.utf8.count >= pattern.utf8.count
                && (0...(text.utf8.count - pattern.utf8.count)).contains { Array(text.utf8).dropFirst($0).starts(with: pattern.utf8) }
            #expect(ByteSearch.contains(Array(pattern.utf8), in: text) == plain, "\(pattern) in \(text)")
        }
    }

    @Test("tells ASCII from not, whatever the length and wherever the byte")
    func ascii() {
        for length in 0...20 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer(ByteSearch.isASCII))
            for place in 0..<length {
                for byte: UInt8 in [0x7F, 0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[place] = byte
                    #expect(bytes.withUnsafeBufferPointer(ByteSearch.isASCII) == (byte < 0x80), "\(length) \(place) \(byte)")
                }
            }
        }
    }
}
