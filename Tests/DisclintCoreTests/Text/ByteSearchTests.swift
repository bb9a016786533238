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
}
