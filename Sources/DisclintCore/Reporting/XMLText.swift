/// Text as it may stand in XML 1.0 attribute values and character data.
///
/// `&`, `<`, `>`, `"` and `'` become entities. DEL and the C1 controls become character
/// references; characters XML 1.0 forbids even as references (the C0 controls other than tab,
/// LF and CR, and U+FFFE, U+FFFF) become U+FFFD, which is what the human report shows for them.
enum XMLText {
    /// For an attribute value: tab, LF and CR also as character references, since a parser's
    /// attribute-value normalisation would turn them into spaces.
    static func attribute(_ text: String) -> String { escaped(text, attribute: true) }

    /// For character data (element content): tab and LF stay as they are; CR is a character
    /// reference, since a parser would turn a raw CR into LF.
    static func text(_ text: String) -> String { escaped(text, attribute: false) }

    private static func escaped(_ text: String, attribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t" where !attribute, "\n" where !attribute: result.unicodeScalars.append(scalar)
            case "\t", "\n", "\r", "\u{7F}"..."\u{9F}": result += "&#\(scalar.value);"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
