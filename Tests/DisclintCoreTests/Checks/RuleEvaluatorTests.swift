import DisclintCore
import Testing

@Suite("RuleEvaluator")
struct RuleEvaluatorTests {
    static let values = ["left": "1,200,000 shares", "right": "¥2,533 million", "code": "JPY"]

    @Test("a message template is filled name by name, the rest kept byte for byte", arguments: [
        ("{left} is over {right}.", "1,200,000 shares is over ¥2,533 million."),
        ("Bought {left}; the cap is {right} ({code}).", "Bought 1,200,000 shares; the cap is ¥2,533 million (JPY)."),
        ("取得株式数 {left} は上限 {right} を超えています。", "取得株式数 1,200,000 shares は上限 ¥2,533 million を超えています。"),
        ("{left}{right}", "1,200,000 shares¥2,533 million"),
        ("No names at all.", "No names at all."),
        ("", ""),
    ])
    func fillsNames(template: String, expected: String) {
        #expect(RuleEvaluator.render(template, Self.values) == expected)
    }

    @Test("a name without a value, and a brace left open, stay as written", arguments: [
        ("{unknown} and {left}", "{unknown} and 1,200,000 shares"),
        ("{left} then {open", "1,200,000 shares then {open"),
        ("a { b", "a { b"),
        ("} {left}", "} 1,200,000 shares"),
        ("{}", "{}"),
    ])
    func keepsWhatItCannotFill(template: String, expected: String) {
        #expect(RuleEvaluator.render(template, Self.values) == expected)
    }
}
