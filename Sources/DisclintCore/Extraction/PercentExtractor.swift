#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads percentages from tokens: `0.72％`, `0.72%`, `０．７２％`, `約0.72%`, `8.6% of
/// outstanding shares`, `8.6 percent`, `8.6 per cent`, `approximately 8.6%`.
///
/// A number is a percentage only when `%`, `％`, `percent` or `per cent` follows it; a scale
/// word or a unit between them (`5万%`) makes it something else. `約`, `approximately`,
/// `approx.`, `about` or `around` just before the number mark it as approximate.
package enum PercentExtractor {
    /// Words before a number that say it is rounded.
    static let approximations: Set<String> = ["約", "approximately", "approx", "about", "around", "roughly", "some"]

    /// Every percentage in `tokens`, in order.
    package static func percents(in tokens: [Token]) -> [Percent] {
        var result: [Percent] = []
        for index in tokens.indices where tokens[index].kind == .number {
            if let percent = percent(in: tokens, at: index) { result.append(percent) }
        }
        return result
    }

    /// The first percentage in `tokens`.
    package static func percent(in tokens: [Token]) -> Percent? {
        for index in tokens.indices where tokens[index].kind == .number {
            if let percent = percent(in: tokens, at: index) { return percent }
        }
        return nil
    }

    /// The percentage whose number is `tokens[index]`.
    private static func percent(in tokens: [Token], at index: Int) -> Percent? {
        let number = tokens[index]
        guard let value = ScaledNumber.value(of: number),
              index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        let end: Int
        if next.isSymbol("%") || next.isWord("percent") {
            end = index + 2
        } else if next.isWord("per"), index + 2 < tokens.count, tokens[index + 2].isWord("cent") {
            end = index + 3
        } else {
            return nil
        }
        var start = index
        var approximate = false
        if index > 0 {
            let before = tokens[index - 1]
            if before.kind == .word, before.normalized == "約" {
                start = index - 1
                approximate = true
            } else if before.kind == .word, approximations.contains(before.normalized) || before.normalized.hasSuffix("約") {
                approximate = true
            } else if before.isSymbol("."), index > 1, tokens[index - 2].isWord("approx") {
                approximate = true
            }
        }
        return Percent(value: value, isApproximate: approximate, tokenRange: start..<end)
    }
}
