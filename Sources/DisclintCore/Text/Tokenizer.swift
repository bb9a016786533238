/// Splits a line into ``Token``s: words, numbers and single symbols; white space separates.
///
/// Numbers take thousands groups only when every group after a comma has exactly three digits,
/// so the sloppy `September 2,2019` gives `2`, `,`, `2019` and `2,533,155,000` one number.
/// Full-width digits, letters and punctuation (`８１９，０００`, `（`) are folded to ASCII in
/// ``Token/normalized`` but keep their original text.
package enum Tokenizer {
    /// The tokens of `line`, which is line number `number` of its draft.
    package static func tokens(in line: Substring, number: Int) -> [Token] {
        var tokens: [Token] = []
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index = scalars.index(after: index)
            } else if digitValue(scalar) != nil {
                // After `2007.` (a dotted date), `03.22` is two parts, not a decimal.
                let count = tokens.count
                let dotted = count >= 2 && tokens[count - 1].isSymbol(".") && tokens[count - 2].kind == .number
                    && tokens[count - 1].span.range.upperBound == index
                    && tokens[count - 2].span.range.upperBound == tokens[count - 1].span.range.lowerBound
                let (end, normalized) = scanNumber(scalars, from: index, decimals: !dotted)
                tokens.append(Token(kind: .number, text: line[index..<end], normalized: normalized,
                                    span: TextSpan(line: number, range: index..<end)))
                index = end
            } else if isLetter(scalar) {
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    let next = scalars[end]
                    if isLetter(next) || isMark(next) {
                        end = scalars.index(after: end)
                    } else if next == "'" || next == "’" {
                        let after = scalars.index(after: end)
                        if after < scalars.endIndex, isLetter(scalars[after]) { end = after } else { break }
                    } else {
                        break
                    }
                }
                let text = line[index..<end]
                tokens.append(Token(kind: .word, text: text, normalized: fold(text),
                                    span: TextSpan(line: number, range: index..<end)))
                index = end
            } else {
                let end = scalars.index(after: index)
                tokens.append(Token(kind: .symbol, text: line[index..<end], normalized: fold(line[index..<end]),
                                    span: TextSpan(line: number, range: index..<end)))
                index = end
            }
        }
        return tokens
    }

    // MARK: - Character classes

    /// The value of an ASCII or full-width digit.
    package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }

    /// A combining mark (`◌́` in a decomposed `é`, the dakuten in `か゛`): part of the word before it.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        if (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value) { return true }
        return scalar.properties.isAlphabetic && digitValue(scalar) == nil
    }

    /// Lower-cases and folds full-width ASCII forms (`Ｘ`, `（`, `～`) and the ideographic space.
    package static func fold<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { value = 0x20 }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            result.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(result)
    }

    // MARK: - Numbers

    private static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }
    private static func isPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    private static func scanNumber(
        _ scalars: Substring.UnicodeScalarView, from start: String.Index, decimals: Bool
    ) -> (String.Index, String) {
        var normalized = ""
        var index = start
        func digits(from position: String.Index) -> (String.Index, String) {
            var end = position
            var text = ""
            while end < scalars.endIndex, let value = digitValue(scalars[end]) {
                text.append(Character(String(value)))
                end = scalars.index(after: end)
            }
            return (end, text)
        }
        let (afterDigits, first) = digits(from: index)
        normalized = first
        index = afterDigits
        // Thousands groups: `,` then exactly three digits, only if the first part has 1–3 digits.
        if first.count <= 3 {
            while index < scalars.endIndex, isComma(scalars[index]) {
                let next = scalars.index(after: index)
                let (end, group) = digits(from: next)
                guard group.count == 3 else { break }
                normalized += group
                index = end
            }
        }
        // One decimal part: `.` then at least one digit, unless another `.` and digits follow
        // (`2007.03.22` is a date, not 2007.03).
        if decimals, index < scalars.endIndex, isPoint(scalars[index]) {
            let next = scalars.index(after: index)
            let (end, fraction) = digits(from: next)
            let dotted = end < scalars.endIndex && isPoint(scalars[end])
                && scalars.index(after: end) < scalars.endIndex && digitValue(scalars[scalars.index(after: end)]) != nil
            if !fraction.isEmpty, !dotted {
                normalized += "." + fraction
                index = end
            }
        }
        return (index, normalized)
    }
}
