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

    /// Every ASCII byte at every place of runs that cross the eight-byte steps: the run ends
    /// where a byte-by-byte reading ends it, and a capital is seen wherever it is.
    @Test("reads a run of ASCII letters as a byte-by-byte reading does")
    func letterRuns() {
        func reference(_ bytes: [UInt8], _ start: Int) -> (Int, Bool) {
            var end = start
            var capital = false
            while end < bytes.count, (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) {
                capital = capital || bytes[end] <= 0x5A
                end += 1
            }
            return (end, capital)
        }
        for length in 0...19 {
            for place in 0..<max(length, 1) {
                for byte in UInt8(0)...UInt8(0x7F) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: length)
                    if place < length { bytes[place] = byte }
                    for start in [0, min(1, length)] {
                        let found = bytes.withUnsafeBufferPointer { ByteSearch.asciiLetterRun($0, from: start) }
                        let expected = reference(bytes, start)
                        #expect(found.end == expected.0 && found.capital == expected.1, "byte \(byte) at \(place) of \(length), from \(start)")
                    }
                }
            }
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
