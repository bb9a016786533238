import DisclintCore
import Foundation
import Testing

@Suite("PercentExtractor")
struct PercentExtractorTests {
    /// Input, the number of per cent, whether it is approximate, the text it is read from.
    static let percents: [(String, String, Bool, String)] = [
        ("0.72％", "0.72", false, "0.72％"),
        ("0.72%", "0.72", false, "0.72%"),
        ("０．７２％", "0.72", false, "０．７２％"),
        ("約0.72%", "0.72", true, "約0.72%"),
        ("約 ０．７２ ％", "0.72", true, "約 ０．７２ ％"),
        ("（発行済株式総数に対する割合 0.72％）", "0.72", false, "0.72％"),
        ("割合約0.72％", "0.72", true, "0.72％"),
        ("8.6% of outstanding shares", "8.6", false, "8.6%"),
        ("8.6 % of outstanding shares", "8.6", false, "8.6 %"),
        ("3.8 percent of the shares", "3.8", false, "3.8 percent"),
        ("3.8 per cent", "3.8", false, "3.8 per cent"),
        ("approximately 8.6% of shares outstanding", "8.6", true, "8.6%"),
        ("approx. 8.6%", "8.6", true, "8.6%"),
        ("1,000,000 shares (0.98% of shares outstanding)", "0.98", false, "0.98%"),
        ("12%", "12", false, "12%"),
    ]

    @Test("reads a percentage", arguments: percents)
    func reads(_ input: String, _ value: String, _ approximate: Bool, _ text: String) throws {
        let found = tokens(input)
        let percent = try #require(PercentExtractor.percent(in: found), "no percentage in \(input.debugDescription)")
        #expect(percent.value == Decimal(string: value)!)
        #expect(percent.isApproximate == approximate)
        #expect(spanned(input, found, percent.tokenRange) == text)
    }

    /// Strings that must NOT yield a percentage.
    @Test("reads no percentage", arguments: [
        "0.72",
        "819,000株",
        "% 5",
        "％",
        "2025年5月30日",
        "per cent",
        "5 per share",
        "",
    ])
    func readsNone(_ input: String) {
        let percent = PercentExtractor.percent(in: tokens(input))
        #expect(percent == nil, "\(input.debugDescription) gave \(percent.map { "\($0.value)" } ?? "")")
    }

    @Test("reads every percentage of a line, in order")
    func all() {
        let found = tokens("発行済株式総数に対する割合 0.72％（前回 0.5％）")
        #expect(PercentExtractor.percents(in: found).map(\.value) == [Decimal(string: "0.72")!, Decimal(string: "0.5")!])
    }

    @Test("a number too long to hold exactly is not read, and does not crash")
    func longNumber() {
        #expect(PercentExtractor.percent(in: tokens(String(repeating: "9", count: 400) + "%")) == nil)
    }
}
