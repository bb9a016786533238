/// How text is shown in a terminal: control characters made visible (a hostile draft or rule
/// pack must not clear the screen or set the window title) and the cells each character takes
/// (two for East Asian wide and full-width characters), so that an underline stays under its text.
enum TerminalText {
    /// The character as printed: a tab as a space, a control character as U+FFFD.
    static func printable(_ character: Character) -> Character {
        if character == "\t" { return " " }
        if character.unicodeScalars.contains(where: { isControl($0) }) { return "\u{FFFD}" }
        return character
    }

    /// `text` with every control character written as an escape (`\u{1B}`), so that what a
    /// report quotes from a draft, a rule pack, a path or the command line (a message, an id, a
    /// JSON key) cannot clear the screen or set the window title. Line ends are escaped too, as
    /// in one field of a one-line finding, unless `keepingLineEnds` (a whole message of several
    /// lines).
    static func visible(_ text: String, keepingLineEnds: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if !isControl(scalar) || (keepingLineEnds && scalar == "\n") {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result
    }

    /// Whether a scalar is a control character: C0 (tab and line end included), DEL, C1, and
    /// the bidirectional embeddings, overrides and isolates, which reorder what is shown.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The terminal cells a (printable) character takes.
    static func width(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
