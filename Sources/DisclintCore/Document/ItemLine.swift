/// The structure of one line: list or heading markup, an item number, a label and a value.
///
/// Recognises `1. Label: value`, `(1) Label`, `1) Label`, `① Label`, `a. Label`, `(ii) Label`,
/// `１．Label`, a number alone (`1.`, the number of the next line's label in text extracted
/// from PDF), Markdown headings, quotes, bullets and bold (`## Label`, `> - **Label:** value`)
/// and table rows (`| Label | value |`).
struct ItemLine: Equatable {
    /// Where the content starts, after markup and the item number.
    var contentStart: Int
    /// Whether the line has an item number.
    var hasNumber: Bool
    /// Whether the line is a Markdown heading, bold label or table row.
    var hasMarkup: Bool
    /// Whether the line is a list item (`- text`, `• text`).
    var hasBullet: Bool
    /// Whether the line is only an item number.
    var isBareNumber: Bool
    /// Whether the label ends with a colon.
    var hasColon: Bool
    /// The label candidate (token indices).
    var label: Range<Int>
    /// The value on the same line (token indices), possibly empty.
    var value: Range<Int>
    /// Whether the whole line is a table separator (`|---|---|`) or a thematic break.
    var isRule: Bool
    /// The cells of a table row (token indices), empty for other lines.
    var cells: [Range<Int>] = []
    /// Whether the line is a note (`（注）…`, `(注1)…`, `※…`, `注：…`): never a label, whatever
    /// it names (`（注）取得価額の総額は、百万円未満を切り捨てて表示しております。`).
    var isNote: Bool

    /// Whether tokens open a note: `※`, the word `注`, `注記：`/`注1`, `(注…)`.
    static func isNote(_ tokens: [Token]) -> Bool {
        // The first two tokens read in place (a copy of each cost a reference count, for every line).
        guard !tokens.isEmpty else { return false }
        if tokens[0].isSymbol("※") || tokens[0].isWord("注") { return true }
        let hasSecond = tokens.count > 1
        // `注記：`, `注1:`: a short word from 注, then a colon or a number.
        if tokens[0].kind == .word, startsWithNote(tokens[0].normalized), tokens[0].normalized.utf8.count <= 6,
           hasSecond, tokens[1].isSymbol(":") || tokens[1].kind == .number { return true }
        guard tokens[0].isSymbol("("), hasSecond else { return false }
        return tokens[1].kind == .word && startsWithNote(tokens[1].normalized)
    }

    /// `text.hasPrefix("注")`, ruled out on bytes first: no other text is canonically 注, so a
    /// word whose bytes do not start with it (almost every word) does not.
    private static func startsWithNote(_ text: String) -> Bool {
        // 注 is E6 B3 A8: most words are ruled out by their first byte.
        text.utf8.first == 0xE6 && text.utf8.starts(with: "注".utf8) && text.hasPrefix("注")
    }

    /// Whether a line is only a table separator or a thematic break (`|---|`, `***`, `___`),
    /// without the rest of the analysis.
    static func isRule(_ tokens: [Token]) -> Bool {
        !tokens.isEmpty && tokens.allSatisfy { token in
            token.kind == .symbol && ruleMarks.contains(token.symbol)
        }
    }

    /// The symbols a rule line is made of (compared as ``Token/symbol``, as ``isBullet(_:)``).
    static let ruleMarks: [Unicode.Scalar] = ["-", "*", "_", "=", "|", ":", "—", "–"]

    static let bulletList: [Unicode.Scalar] = ["#", ">", "-", "*", "+", "•", "・", "◆", "◇", "■", "□", "▪", "‣", "◦", "_", "="]

    /// Whether a token is a bullet or heading mark: its ``Token/symbol`` compared with the list
    /// (the same as comparing its normalized text on bytes, without a string in sight).
    static func isBullet(_ token: Token) -> Bool { token.kind == .symbol && bulletList.contains(token.symbol) }

    /// The structure of a line's tokens, read from `text` (the line's text, for the white space
    /// between tokens); `ascii` says that the line is all ASCII, so that it is neither a note
    /// (`※`, `注`) nor a Japanese label ending at a wide gap, without a look; `symbols` (the
    /// line's, ``Line/symbols``) rule out a table's `|` and a label's `:` the same way.
    init(_ tokens: [Token], in text: Substring, ascii: Bool = false, symbols: SymbolSet = .all) {
        isNote = !ascii && ItemLine.isNote(tokens)
        var index = 0
        var markup = false
        var bullet = false
        var number = false
        isRule = ItemLine.isRule(tokens)
        // A table row: `| a | b |`, or `a | b | c` as pasted without the outer bars.
        let leadingBar = tokens.first?.isSymbol("|") == true
        let isTable = leadingBar || (symbols.mayContain("|") && tokens.contains { $0.isSymbol("|") })
        // Markup: headings, quotes, bullets, bold.
        while index < tokens.count, ItemLine.isBullet(tokens[index]) {
            let mark = tokens[index].symbol
            if mark == "#" || mark == "*" || mark == "_" { markup = true } else if mark != ">" { bullet = true }
            index += 1
        }
        // Item numbers, up to two (`1. (1)`).
        for _ in 0..<2 {
            if let next = ItemLine.numbering(tokens, at: index) {
                index = next
                number = true
                while index < tokens.count, ItemLine.isBullet(tokens[index]) {
                    markup = true
                    index += 1
                }
            }
        }
        contentStart = index
        hasNumber = number
        hasMarkup = markup || isTable
        hasBullet = bullet
        isBareNumber = number && index == tokens.count
        hasColon = false
        label = index..<index
        value = tokens.count..<tokens.count
        if isTable {
            // `| Label | value | value |`: the first cell is the label, the rest the value.
            var cells: [Range<Int>] = []
            var start = leadingBar ? 1 : 0
            for position in 1...tokens.count where position == tokens.count || tokens[position].isSymbol("|") {
                if position > start { cells.append(start..<position) }
                start = position + 1
            }
            self.cells = cells
            if cells.count >= 2 {
                var start = cells[0].lowerBound
                while start < cells[0].upperBound, ItemLine.isBullet(tokens[start]) {
                    start += 1
                }
                if let next = ItemLine.numbering(tokens, at: start), next < cells[0].upperBound {
                    start = next
                    hasNumber = true
                }
                label = start..<cells[0].upperBound
                value = cells[1].lowerBound..<cells[cells.count - 1].upperBound
                return
            }
        }
        // `Label: value`: a colon that is not inside a number (10:30); most lines have none.
        var words = 0
        // Each token read in place: a copy of one is a reference count of its text.
        for position in index..<(symbols.mayContain(":") ? tokens.count : index) {
            if tokens[position].kind == .word { words += 1 }
            if words > 15 { break }
            if tokens[position].isSymbol(":") {
                let glued = position > 0 && position + 1 < tokens.count
                    && tokens[position - 1].kind == .number && tokens[position + 1].kind == .number
                    && tokens[position - 1].span.end == tokens[position].span.start
                if glued { continue }
                label = index..<position
                value = (position + 1)..<tokens.count
                hasColon = true
                return
            }
        }
        // A Japanese label ends at a wide gap as at a colon: `取得方法　　東京証券取引所における市場買付け`.
        if !ascii, let split = ItemLine.gapAfterNonASCIIWord(tokens, in: text, from: index, numbered: number) {
            label = index..<split
            value = split..<tokens.count
            hasColon = true
            return
        }
        // No colon: a numbered or marked-up line splits where its value starts (the first number,
        // currency sign or date); any other line is a label only when it is all label.
        if number || markup, let split = ItemLine.valueStart(tokens, from: index) {
            label = index..<split
            value = split..<tokens.count
        } else {
            label = index..<tokens.count
        }
    }

    /// The first token after a wide gap (an ideographic space, a tab, or two spaces or more) that
    /// follows a word of a script without spaces (Japanese), where such a label ends, in a line
    /// that starts with such a word (in a `numbered` line, any white space); nil if there is none. A gap after the first 15 tokens is
    /// not a label's end.
    static func gapAfterNonASCIIWord(_ tokens: [Token], in text: Substring, from start: Int, numbered: Bool = false) -> Int? {
        // A label starts the line (after its number): `（発行済株式総数に対する割合　0.72％）` is not one.
        guard start < tokens.count, tokens[start].kind == .word, !tokens[start].textIsASCII else { return nil }
        for position in (start + 1)..<min(tokens.count, start + 16) {
            let previous = tokens[position - 1]
            guard previous.kind == .word || previous.isSymbol(")"), !previous.textIsASCII else { continue }
            // Most Japanese tokens touch the next: no gap to look at.
            guard previous.span.end != tokens[position].span.start else { continue }
            let gap = text[TextSpan.indices(Int(previous.span.end)..<Int(tokens[position].span.start), in: text)]
            // After an item number one space is enough (`1. 取得対象株式の種類 当社普通株式`, as a
            // release pasted on one line reads).
            if gap.contains("\u{3000}") || gap.contains("\t") || gap.utf8.count >= (numbered ? 1 : 2) { return position }
        }
        return nil
    }

    /// The first token of a value: a number, a currency sign, a month name before a number.
    static func valueStart(_ tokens: [Token], from start: Int) -> Int? {
        for position in start..<tokens.count {
            let token = tokens[position]
            if token.kind == .number || token.kind == .symbol && Currency.named(by: token) != nil { return position }
            if DateExtractor.month(token) != nil, position + 1 < tokens.count, tokens[position + 1].kind == .number {
                return position
            }
        }
        return nil
    }

    /// The index after an item number at `index`, if there is one.
    static func numbering(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        // A number's normalized text is ASCII digits and a `.`: counted and searched on bytes.
        func isSmallNumber(_ token: Token) -> Bool {
            token.kind == .number && token.normalized.utf8.count <= 3 && !token.normalized.utf8.contains(UInt8(ascii: "."))
        }
        func isLetterNumber(_ token: Token) -> Bool {
            // Bounded on bytes first: counting the characters of a long Japanese word is costly.
            let utf8 = token.normalized.utf8
            guard token.kind == .word, utf8.count <= 4 else { return false }
            // An ASCII word (most): one letter, or Roman numerals, decided on bytes.
            if utf8.allSatisfy({ $0 < 0x80 }) {
                return utf8.count == 1 || utf8.allSatisfy { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") }
            }
            // A kanji is not an item letter: `（注）` is a note, not item 注 (kana are: `ア．`).
            if let scalar = token.normalized.unicodeScalars.first, (0x3400...0x9FFF).contains(scalar.value) { return false }
            return token.normalized.count == 1 || token.normalized.allSatisfy { "ivx".contains($0) }
        }
        func touches(_ a: Token, _ b: Token) -> Bool { a.span.end == b.span.start }
        // ① … ⑳, ⑴ … ⒇, ❶ …
        // On the normalized text: folding leaves these alone and maps nothing onto them.
        if token.kind == .symbol, let scalar = token.normalized.unicodeScalars.first,
           (0x2460...0x24FF).contains(scalar.value) || (0x2776...0x2793).contains(scalar.value) {
            return index + 1
        }
        // 1.  1)  a.  ii)  (the symbol after it first: most lines start with no such thing)
        if index + 1 < tokens.count,
           tokens[index + 1].isSymbol(".") || tokens[index + 1].isSymbol(")") || tokens[index + 1].isSymbol("、"),
           touches(token, tokens[index + 1]), isSmallNumber(token) || isLetterNumber(token) {
            // A letter is a number only if something follows it with a space (`A. Label`).
            if token.kind == .word && index + 2 >= tokens.count && tokens[index + 1].isSymbol(".") { return nil }
            return index + 2
        }
        // (1)  (a)  (ii)  [1]
        if (token.isSymbol("(") || token.isSymbol("[")), index + 2 < tokens.count,
           tokens[index + 2].isSymbol(")") || tokens[index + 2].isSymbol("]"),
           isSmallNumber(tokens[index + 1]) || isLetterNumber(tokens[index + 1]) {
            return index + 3
        }
        // `1` alone on its line, or `1 Label` with a tab: only a bare `1.`-style number counts.
        return nil
    }
}
