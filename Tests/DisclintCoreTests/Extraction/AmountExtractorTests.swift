import DisclintCore
import Foundation
import Testing

@Suite("AmountExtractor")
struct AmountExtractorTests {
    /// Input, the exact value, its currency code (nil: none), the text it is read from.
    static let amounts: [(String, String, String?, String)] = [
        ("2,533,155,000 yen", "2533155000", "JPY", "2,533,155,000 yen"),
        ("¥2,533 million", "2533000000", "JPY", "¥2,533 million"),
        ("￥2,533 million", "2533000000", "JPY", "￥2,533 million"),
        ("¥2,533m", "2533000000", "JPY", "¥2,533m"),
        ("JPY 3.2 billion", "3200000000", "JPY", "JPY 3.2 billion"),
        ("3,200 million yen", "3200000000", "JPY", "3,200 million yen"),
        ("1.5 billion yen", "1500000000", "JPY", "1.5 billion yen"),
        ("2,533,155,000円", "2533155000", "JPY", "2,533,155,000円"),
        ("US$2,533,155,000", "2533155000", "USD", "US$2,533,155,000"),
        ("$1.5 million", "1500000", "USD", "$1.5 million"),
        ("1,000 US dollars", "1000", "USD", "1,000 US dollars"),
        ("A$5 million", "5000000", "AUD", "A$5 million"),
        ("€20 million", "20000000", "EUR", "€20 million"),
        ("€20m", "20000000", "EUR", "€20m"),
        ("EUR 20 million", "20000000", "EUR", "EUR 20 million"),
        ("£3,000,000", "3000000", "GBP", "£3,000,000"),
        ("GBP 3 million", "3000000", "GBP", "GBP 3 million"),
        ("1,215,000,000.50 yen", "1215000000.5", "JPY", "1,215,000,000.50 yen"),
        // A percentage before the amount is not the amount.
        ("3.8 % of the total, ¥2,533 million", "2533000000", "JPY", "¥2,533 million"),
        // A date before the amount is not the amount.
        ("As of June 30, 2025: 2,533,155,000 yen", "2533155000", "JPY", "2,533,155,000 yen"),
        // A bare number with no unit anywhere: no currency.
        ("2,533,155,000", "2533155000", nil, "2,533,155,000"),
    ]

    @Test("reads an amount of money", arguments: amounts)
    func reads(_ input: String, _ value: String, _ code: String?, _ text: String) throws {
        let found = tokens(input)
        let amount = try #require(AmountExtractor.amount(in: found), "no amount in \(input.debugDescription)")
        #expect(amount.value == Decimal(string: value)!)
        #expect(amount.currency?.code == code)
        #expect(spanned(input, found, amount.tokenRange) == text)
    }

    /// Currency names of more than one word.
    @Test("reads an amount written with a longer currency name")
    func longerCurrencyName() throws {
        try reads("2,533,155,000 Japanese yen", "2533155000", "JPY", "2,533,155,000 Japanese yen")
    }

    /// Japanese: input, the exact value, its currency code, the text it is read from.
    static let japanese: [(String, String, String?, String)] = [
        ("2,533,155,000円", "2533155000", "JPY", "2,533,155,000円"),
        ("２，５３３，１５５，０００円", "2533155000", "JPY", "２，５３３，１５５，０００円"),
        ("32億円", "3200000000", "JPY", "32億円"),
        ("25億円", "2500000000", "JPY", "25億円"),
        ("３２億円", "3200000000", "JPY", "３２億円"),
        ("3,200百万円", "3200000000", "JPY", "3,200百万円"),
        ("2,533百万円", "2533000000", "JPY", "2,533百万円"),
        ("1兆円", "1000000000000", "JPY", "1兆円"),
        ("5,000千円", "5000000", "JPY", "5,000千円"),
        ("5千万円", "50000000", "JPY", "5千万円"),
        ("0.5億円", "50000000", "JPY", "0.5億円"),
        ("25億5,000万円", "2550000000", "JPY", "25億5,000万円"),
        ("25 億 5,000 万円", "2550000000", "JPY", "25 億 5,000 万円"),
        ("1億2,345万6,789円", "123456789", "JPY", "1億2,345万6,789円"),
        ("1兆2,000億円", "1200000000000", "JPY", "1兆2,000億円"),
        ("32億円（上限）", "3200000000", "JPY", "32億円"),
        ("3,200,000,000円（上限）", "3200000000", "JPY", "3,200,000,000円"),
        ("¥2,533 million", "2533000000", "JPY", "¥2,533 million"),
        ("￥2,533,155,000", "2533155000", "JPY", "￥2,533,155,000"),
        ("￥2,533百万", "2533000000", "JPY", "￥2,533百万"),
        ("32億円を上限として", "3200000000", "JPY", "32億円"),
        // Not the date, the percentage or the share count before it.
        ("2025年5月31日現在 2,533,155,000円", "2533155000", "JPY", "2,533,155,000円"),
        ("0.72％ 32億円", "3200000000", "JPY", "32億円"),
        ("819,000株 2,533,155,000円", "2533155000", "JPY", "2,533,155,000円"),
    ]

    @Test("reads an amount written in Japanese", arguments: japanese)
    func readsJapanese(_ input: String, _ value: String, _ code: String?, _ text: String) throws {
        try reads(input, value, code, text)
    }

    @Test("a bare number takes the currency and scale of its label", arguments: [
        ("Total cost (millions of yen)", "2,533", "2533000000", "JPY"),
        ("Aggregate cost (yen)", "2,533,155,000", "2533155000", "JPY"),
        ("Total (in thousands of JPY)", "2,533,155", "2533155000", "JPY"),
        ("Total cost (USD)", "1,500", "1500", "USD"),
        ("株式の取得価額の総額（百万円）", "2,533", "2533000000", "JPY"),
        ("取得価額の総額（単位：千円）", "2,533,155", "2533155000", "JPY"),
        ("取得価額の総額（円）", "2,533,155,000", "2533155000", "JPY"),
    ])
    func labelUnit(_ label: String, _ input: String, _ value: String, _ code: String) throws {
        let amount = try #require(AmountExtractor.amount(in: tokens(input), unit: LabelUnit(label: tokens(label))))
        #expect(amount.value == Decimal(string: value)!)
        #expect(amount.currency?.code == code)
    }

    @Test("a label's scale does not apply to a number with its own scale word")
    func labelScaleNotTwice() throws {
        let amount = try #require(AmountExtractor.amount(in: tokens("2.5 billion"), unit: LabelUnit(label: tokens("Total (millions of yen)"))))
        #expect(amount.value == Decimal(string: "2500000000")!)
    }

    /// Strings that must NOT yield an amount.
    @Test("reads no amount", arguments: [
        "3.8 %",
        "3.8%",
        "12.5 percent",
        "March 22, 2007",
        "2007-03-22",
        "450,000 shares",
        "1 million shares",
        "Market purchases on the Tokyo Stock Exchange",
        "",
        "0.72％",
        "約0.72％",
        "2025年5月30日",
        "令和7年5月30日",
        "819,000株",
        "81.9万株",
        "1,000,000株（上限）",
        "東京証券取引所における市場買付け",
        "会社法第165条第3項",
    ])
    func readsNone(_ input: String) {
        let amount = AmountExtractor.amount(in: tokens(input))
        #expect(amount == nil, "\(input.debugDescription) gave \(amount.map { "\($0.value) \($0.currency?.code ?? "-")" } ?? "")")
    }

    @Test("a number too long to hold exactly is not read, and does not crash")
    func longNumber() {
        let digits = String(repeating: "9", count: 400)
        let amount = AmountExtractor.amount(in: tokens("¥\(digits)"))
        #expect(amount == nil, "gave \(amount.map { "\($0.value)" } ?? "")")
        #expect(AmountExtractor.amount(in: tokens("\(digits) yen"))  == nil)
    }
}
