#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A number as written, with its scale word applied: `3.2 billion` is 3,200,000,000, `81.9万` is
/// 819,000, `2,533百万` is 2,533,000,000. Japanese scales compound from the largest down:
/// `25億5,000万` is 2,550,000,000 and `1億2,345万6,789円` is 123,456,789 (a last part with no
/// scale counts only glued to the scale before it and followed by `円` or `株`).
///
/// Arithmetic is exact (`Decimal`), never floating point. A number too long to be held exactly
/// (more than 38 significant digits) is not read at all.
package struct ScaledNumber: Hashable, Sendable {
    package var value: Decimal
    /// The tokens it was read from.
    package var tokenRange: Range<Int>

    /// Scale words and their multipliers. `m`, `k` and `bn` count only glued to the number
    /// (`¥2,533m`), where they cannot be a word of the sentence.
    static let scales: [String: Int] = [
        "thousand": 3, "thousands": 3, "million": 6, "millions": 6, "mn": 6, "mln": 6, "mil": 6,
        "billion": 9, "billions": 9, "bn": 9, "bln": 9, "trillion": 12, "trillions": 12, "tn": 12,
        "千": 3, "万": 4, "百万": 6, "千万": 7, "億": 8, "兆": 12,
    ]
    /// The first bytes and lengths of ``scales``: an ASCII word none of them marks is no scale,
    /// found without hashing it (every word of every amount's label was looked up).
    static let scaleKeys = WordFilter(scales.keys)
    /// The Japanese scales, which compound (`25億5,000万`).
    static let japaneseScales: [String: Int] = ["千": 3, "万": 4, "百万": 6, "千万": 7, "億": 8, "兆": 12]
    /// The units after which the last, unscaled part of a compound Japanese number ends.
    static let japaneseUnits: Set<String> = ["円", "株"]
    static let gluedScales: [String: Int] = ["k": 3, "m": 6, "b": 9]

    /// The number starting at `tokens[index]`, with the scale word after it if there is one.
    package static func read(_ tokens: [Token], at index: Int) -> ScaledNumber? {
        guard index < tokens.count, let base = value(of: tokens[index]) else { return nil }
        var end = index + 1
        var exponent = 0
        if end < tokens.count, tokens[end].kind == .word {
            let word = tokens[end].normalized
            let glued = tokens[end].span.line == tokens[index].span.line
                && tokens[end].span.start == tokens[index].span.end
            if let scale = scales[word] ?? (glued ? gluedScales[word] : nil) {
                exponent = scale
                end += 1
                // `2,533 mil. yen`, `3.2 bn. yen`: the abbreviation's full stop belongs to it.
                if word.count <= 3, word.isASCII, end < tokens.count, tokens[end].isSymbol("."),
                   tokens[end].span.start == tokens[end - 1].span.end {
                    end += 1
                }
            }
        }
        var value = exponent == 0 ? base : base * power(exponent)
        if exponent > 0, japaneseScales[tokens[end - 1].normalized] != nil {
            var last = exponent
            while end < tokens.count, let part = ScaledNumber.value(of: tokens[end]) {
                if end + 1 < tokens.count, let scale = japaneseScales[tokens[end + 1].normalized], scale < last {
                    value += part * power(scale)
                    last = scale
                    end += 2
                    continue
                }
                // `6,789円` after `万`: glued to it, a whole number below the scale, then the unit.
                if tokens[end].span.line == tokens[end - 1].span.line,
                   tokens[end].span.start == tokens[end - 1].span.end,
                   !tokens[end].normalized.contains("."), tokens[end].integerDigits <= last,
                   end + 1 < tokens.count, japaneseUnits.contains(tokens[end + 1].normalized) {
                    value += part
                    end += 1
                }
                break
            }
        }
        return ScaledNumber(value: value, tokenRange: index..<end)
    }

    /// The value of a number token, if it can be held exactly (at most 39 characters).
    ///
    /// A whole number of up to 19 digits (nearly every number of a release) is read as an
    /// integer: `Decimal(string:)` took about 9,500 instructions a number, and gives the same
    /// value in the same form (`ScaledNumberTests`).
    package static func value(of token: Token) -> Decimal? {
        guard token.kind == .number else { return nil }
        // A number's normalized text is ASCII digits and a point: its bytes are its characters.
        let text = token.normalized
        guard text.utf8.count <= 39 else { return nil }
        if text.utf8.count <= 19, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let integer = UInt64(text) {
            return Decimal(integer)
        }
        guard let value = Decimal(string: text), value.isFinite else { return nil }
        return value
    }

    /// 10 to the power `exponent`, from a table for the scales' exponents.
    package static func power(_ exponent: Int) -> Decimal {
        if exponent >= 0 && exponent < powersOfTen.count { return powersOfTen[exponent] }
        return multiplied(exponent)
    }

    /// 10 to the powers 0 to 12 (the largest scale), each made once as ``multiplied(_:)`` makes
    /// it: the one before times 10.
    private static let powersOfTen: [Decimal] = {
        var powers = [Decimal(1)]
        for _ in 1...12 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// 10 to the power `exponent`, by multiplying 1 by 10 `exponent` times.
    private static func multiplied(_ exponent: Int) -> Decimal {
        var multiplier = Decimal(1)
        for _ in 0..<max(0, exponent) { multiplier *= 10 }
        return multiplier
    }
}
