import DisclintCore
import Foundation
import Testing

@Suite("QuantityExtractor")
struct QuantityExtractorTests {
    /// Input, the exact number of shares, the text it is read from.
    static let quantities: [(String, String, String)] = [
        ("819,000 shares", "819000", "819,000 shares"),
        ("1 million shares", "1000000", "1 million shares"),
        ("1.2 million shares", "1200000", "1.2 million shares"),
        ("800 thousand shares", "800000", "800 thousand shares"),
        ("1,000,000 shares (maximum)", "1000000", "1,000,000 shares"),
        ("Up to 64,000,000 shares (3.8 % of total number of shares issued)", "64000000", "64,000,000 shares"),
        ("(3.8 % of shares outstanding) 64,000,000 shares", "64000000", "64,000,000 shares"),
        ("Up to 64,000,000 common shares", "64000000", "64,000,000 common shares"),
        ("450,000 shares of common stock", "450000", "450,000 shares"),
        ("1,000 treasury shares", "1000", "1,000 treasury shares"),
        ("819,000株", "819000", "819,000株"),
        ("８１９，０００株", "819000", "８１９，０００株"),
        ("1,190,000 shares", "1190000", "1,190,000 shares"),
        // A table cell holding a bare number.
        ("819,000", "819000", "819,000"),
        // The number of shares, not the date before it.
        ("As of June 30, 2025: 819,000 shares", "819000", "819,000 shares"),
        // The share count, not the amount written first.
        ("¥2,533 million for 819,000 shares", "819000", "819,000 shares"),
    ]

    @Test("reads a number of shares", arguments: quantities)
    func reads(_ input: String, _ value: String, _ text: String) throws {
        let found = tokens(input)
        let quantity = try #require(QuantityExtractor.quantity(in: found), "no quantity in \(input.debugDescription)")
        #expect(quantity.value == Decimal(string: value)!)
        #expect(spanned(found, quantity.tokenRange) == text)
    }

    /// Strings that must NOT yield a number of shares.
    @Test("reads no number of shares", arguments: [
        "four hundred and fifty thousand",
        "3.8 %",
        "3.8 percent of the shares",
        "March 22, 2007",
        "2,533,155,000 yen",
        "¥2,533 million",
        "US$1,500,000",
        "Common stock",
        "",
    ])
    func readsNone(_ input: String) {
        let quantity = QuantityExtractor.quantity(in: tokens(input))
        #expect(quantity == nil, "\(input.debugDescription) gave \(quantity.map { "\($0.value)" } ?? "")")
    }

    @Test("reads a number of shares with a Japanese scale glued to 株")
    func japaneseScale() {
        withKnownIssue("bug: '81.9万株' is one number and the one word '万株', so it reads as 81.9 shares, not 819,000") {
            let quantity = QuantityExtractor.quantity(in: tokens("81.9万株"))
            #expect(quantity?.value == 819_000, "\(quantity.map { "\($0.value)" } ?? "nil")")
        }
    }

    @Test("a number too long to hold exactly is not read, and does not crash")
    func longNumber() {
        let digits = String(repeating: "9", count: 400)
        let quantity = QuantityExtractor.quantity(in: tokens("\(digits) shares"))
        #expect(quantity == nil, "gave \(quantity.map { "\($0.value)" } ?? "")")
        // Nor does it hide a readable number after it.
        #expect(QuantityExtractor.quantity(in: tokens("\(digits) 819,000 shares"))?.value == 819_000)
    }
}
