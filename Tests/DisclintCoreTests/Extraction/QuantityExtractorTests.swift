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
        #expect(spanned(input, found, quantity.tokenRange) == text)
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

    /// Japanese: input, the exact number of shares, the text it is read from.
    static let japanese: [(String, String, String)] = [
        ("819,000株", "819000", "819,000株"),
        ("８１９，０００株", "819000", "８１９，０００株"),
        ("81.9万株", "819000", "81.9万株"),
        ("８１．９万株", "819000", "８１．９万株"),
        ("1,000万株", "10000000", "1,000万株"),
        ("100万株", "1000000", "100万株"),
        ("100 万株", "1000000", "100 万株"),
        ("5千株", "5000", "5千株"),
        ("1万5千株", "15000", "1万5千株"),
        ("1,000,000株（上限）", "1000000", "1,000,000株"),
        ("1,000,000 株", "1000000", "1,000,000 株"),
        ("1,000,000 株（上限）", "1000000", "1,000,000 株"),
        ("当社普通株式 819,000株を取得いたしました", "819000", "819,000株"),
        // Not the article number, the date, the percentage or the amount before it.
        ("会社法第165条第2項に基づき 819,000株", "819000", "819,000株"),
        ("2025年5月31日現在 1,190,000株", "1190000", "1,190,000株"),
        ("発行済株式総数に対する割合 0.72％ 1,000,000株", "1000000", "1,000,000株"),
        ("2,533,155,000円で819,000株", "819000", "819,000株"),
        // A table cell holding a bare number.
        ("８１９，０００", "819000", "８１９，０００"),
    ]

    @Test("reads a number of shares written in Japanese", arguments: japanese)
    func readsJapanese(_ input: String, _ value: String, _ text: String) throws {
        try reads(input, value, text)
    }

    /// Japanese strings that must NOT yield a number of shares.
    @Test("reads no number of shares in Japanese", arguments: [
        "当社普通株式",
        "2025年5月31日",
        "令和7年5月31日",
        "0.72％",
        "約０．７２％",
        "2,533,155,000円",
        "32億円",
        "3,200百万円",
        "会社法第165条第3項",
        "2025年3月期",
        "30日間",
        "取 得 期 間",
    ])
    func readsNoneJapanese(_ input: String) {
        readsNone(input)
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
