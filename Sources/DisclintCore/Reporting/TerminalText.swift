/// How a draft's text is shown in a terminal: control characters made visible (a hostile draft
/// must not clear the screen or set the window title) and the cells each character takes (two
/// for East Asian wide and full-width characters), so that an underline stays under its text.
enum TerminalText {
    /// The character as printed: a tab as a space, a control character as U+FFFD.
    static func printable(_ character: Character) -> Character {
        if character == "\t" { return " " }
        if character.unicodeScalars.contains(where: { isControl($0) }) { return "\u{FFFD}" }
        return character
    }

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
