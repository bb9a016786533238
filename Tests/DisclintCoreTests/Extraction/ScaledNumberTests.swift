import DisclintCore
import Foundation
import Testing

@Suite("ScaledNumber")
struct ScaledNumberTests {
    @Test("applies a scale word exactly", arguments: [
        ("819,000", "819000", 1),
        ("3.2 billion", "3200000000", 2),
        ("1.5 million", "1500000", 2),
        ("800 thousand", "800000", 2),
        ("2 trillion", "2000000000000", 2),
        ("2,533m", "2533000000", 2),
        ("20k", "20000", 2),
        ("3億", "300000000", 2),
        ("5万", "50000", 2),
        ("0.1 billion", "100000000", 2),
        // `m` and `k` count only glued to the number.
        ("20 m", "20", 1),
        ("20 k", "20", 1),
        // Japanese scales, alone and compounded from the largest down.
        ("81.9万", "819000", 2),
        ("2,533百万", "2533000000", 2),
        ("5千万", "50000000", 2),
        ("１兆", "1000000000000", 2),
        ("25億5,000万", "2550000000", 4),
        ("1億2,345万6,789円", "123456789", 5),
        ("1万5千株", "15000", 4),
        // A scale no smaller than the one before ends the number; so does a last part with no
        // scale that is not glued, has more digits than the scale, or is followed by no unit.
        ("5万3億", "50000", 2),
        ("1億 6,789円", "100000000", 2),
        ("1億2,345万67,890円", "123450000", 4),
        ("1億2,345万6,789", "123450000", 4),
        // A Japanese scale takes no full stop after it.
        ("5万.", "50000", 2),
    ])
    func scales(_ input: String, _ value: String, _ tokenCount: Int) throws {
        let number = try #require(ScaledNumber.read(tokens(input), at: 0))
        #expect(number.value == Decimal(string: value)!)
        #expect(number.tokenRange == 0..<tokenCount)
    }

    @Test("is exact where floating point is not")
    func exact() throws {
        let number = try #require(ScaledNumber.read(tokens("0.3 billion"), at: 0))
        #expect(number.value == Decimal(300_000_000))
        let cents = try #require(ScaledNumber.read(tokens("1,215,000,000.07"), at: 0))
        #expect(cents.value == Decimal(string: "1215000000.07")!)
    }

    @Test("reads nothing where there is no number", arguments: ["shares", "¥", ""])
    func notANumber(_ input: String) {
        #expect(ScaledNumber.read(tokens(input), at: 0) == nil)
    }

    @Test("a number of 38 digits is read exactly")
    func longestExact() throws {
        let digits = String(repeating: "9", count: 38)
        let number = try #require(ScaledNumber.read(tokens(digits), at: 0))
        #expect(number.value == Decimal(string: digits)!)
    }

    @Test("a number of 400 digits is not read, and does not crash")
    func tooLong() {
        let digits = String(repeating: "9", count: 400)
        let number = ScaledNumber.read(tokens(digits), at: 0)
        #expect(number == nil, "gave \(number.map { "\($0.value)" } ?? "")")
        #expect(ScaledNumber.read(tokens(digits + " billion"), at: 0) == nil)
    }

    @Test("a decimal of 400 significant digits is not read either")
    func tooLongFraction() {
        let digits = String(repeating: "9", count: 400)
        let number = ScaledNumber.read(tokens("0." + digits), at: 0)
        #expect(number == nil, "gave \(number.map { "\($0.value)" } ?? "")")
    }

    /// A whole number is read as an integer, not parsed as text: the same value in the same form.
    @Test("reads a whole number as Decimal(string:) does", arguments: [
        "0", "7", "007", "10", "1000", "5,135,500", "123456789", "999999999999999999", "1000000000000000000",
        "18446744073709551615", "18446744073709551616", "9999999999999999999", "12345678901234567890123",
        "２，５３３", "1.50", "0.5", "100.0",
    ])
    func wholeNumbers(_ text: String) {
        let token = tokens(text)[0]
        let value = ScaledNumber.value(of: token)
        let expected = Decimal(string: token.normalized)
        #expect(value == expected)
        #expect(value?.exponent == expected?.exponent && value?.significand == expected?.significand, "\(text)")
        #expect(value.map { "\($0)" } == expected.map { "\($0)" })
    }

    @Test("has no value for a word or a number too long to hold exactly")
    func noValue() {
        #expect(ScaledNumber.value(of: tokens("shares")[0]) == nil)
        #expect(ScaledNumber.value(of: tokens(String(repeating: "9", count: 40))[0]) == nil)
    }

    @Test("has the powers of ten exactly, from the table and past it", arguments: 0...15)
    func powers(_ exponent: Int) {
        var expected = Decimal(1)
        for _ in 0..<exponent { expected *= 10 }
        let power = ScaledNumber.power(exponent)
        #expect(power == expected)
        #expect(power.exponent == expected.exponent && power.significand == expected.significand)
        #expect("\(power)" == "1" + String(repeating: "0", count: exponent))
    }
}
