import DisclintCore
import Testing

@Suite("SuppressionParser")
struct SuppressionParserTests {
    static func parse(_ text: String) -> [Suppression] {
        SuppressionParser.suppressions(in: SourceFile(path: "d.md", text: text))
    }

    @Test("reads each kind, its rules and its reason", arguments: [
        ("<!-- disclint-disable-next-line cost-exceeds-cap -- cap raised by the board on 2025-06-02 -->",
         Suppression.Kind.nextLine, ["cost-exceeds-cap"], "cap raised by the board on 2025-06-02"),
        ("<!-- disclint-disable placeholder-text, missing-share-class -->", .disable, ["placeholder-text", "missing-share-class"], nil),
        ("<!-- disclint-enable placeholder-text -->", .enable, ["placeholder-text"], nil),
        ("<!-- disclint-disable-file missing-forward-looking-notice -- a translation of a TSE filing -->",
         .file, ["missing-forward-looking-notice"], "a translation of a TSE filing"),
        ("<!-- disclint-disable-file all -->", .file, [], nil),
        ("<!--disclint-disable-->", .disable, [], nil),
    ] as [(String, Suppression.Kind, [String], String?)])
    func reads(_ text: String, _ kind: Suppression.Kind, _ rules: [String], _ reason: String?) throws {
        let found = Self.parse("Title\n" + text + "\n")
        let suppression = try #require(found.first, "\(text)")
        #expect(found.count == 1)
        #expect(suppression.kind == kind)
        #expect(suppression.rules == rules)
        #expect(suppression.reason == reason)
        #expect(suppression.range.start == SourceLocation(line: 2, column: 1))
    }

    @Test("ignores comments that are not disclint's and unknown kinds", arguments: [
        "<!-- a note for the translator -->",
        "<!-- disclint-frobnicate x -->",
        "disclint-disable without a comment",
        "<!-- eslint-disable -->",
    ])
    func ignores(_ text: String) {
        #expect(Self.parse(text).isEmpty)
    }

    @Test("finds a comment after text, with its column")
    func inline() throws {
        let found = Self.parse("Purchase method: TBD <!-- disclint-disable-next-line placeholder-text -->")
        #expect(found.first?.range.start.column == 22)
    }
}
