import Testing
@testable import DisclintCore

@Suite("MarkupMasker")
struct MarkupMaskerTests {
    @Test("tells an HTML draft by a tag in its first 4 KiB, in any case", arguments: [
        ("<html><body>Results</body></html>", true), ("<!DOCTYPE html>", true), ("<P>text", true), ("a<br>b", true),
        ("<TABLE>", true), ("x < y and z > w", false), ("no markup at all", false), ("", false), ("<", false),
        ("trailing <", false), ("<td", true), ("<<<<div", true), ("<p", false), ("<pa>", false),
    ])
    func isHTML(_ text: String, _ expected: Bool) {
        #expect(MarkupMasker.isHTML(text) == expected, "\(text)")
    }

    @Test("looks only at the first 4 KiB")
    func prefix() {
        let filler = String(repeating: "a < b ", count: 4096 / 6)
        #expect(!MarkupMasker.isHTML(filler + String(repeating: " ", count: 4096) + "<html>"))
        #expect(MarkupMasker.isHTML(String(filler.prefix(4000)) + "<html>"))
    }

    @Test("masks a comment, keeping the line breaks and every column")
    func comment() {
        let text = "a <!-- hidden\nstill --> b"
        let masked = MarkupMasker.mask(text, html: false)
        #expect(masked == "a" + String(repeating: " ", count: 12) + "\n" + String(repeating: " ", count: 10) + "b")
        #expect(masked.count == text.count)
    }
}
