/// Splits a line into ``Token``s: words, numbers and single symbols; white space separates.
///
/// Numbers take thousands groups only when every group after a comma has exactly three digits,
/// so the sloppy `September 2,2019` gives `2`, `,`, `2019` and `2,533,155,000` one number.
/// Full-width digits, letters and punctuation (`８１９，０００`, `（`) are folded to ASCII in
/// ``Token/normalized`` but keep their original text.
package enum Tokenizer {
    /// The tokens of `line`, which is line number `number` of its draft.
    package static func tokens(in line: Substring, number: Int) -> [Token] {
        asciiTokens(in: line, number: number) ?? unicodeTokens(in: line, number: number)
    }

    /// The tokens of any line, read scalar by scalar.
    package static func unicodeTokens(in line: Substring, number: Int) -> [Token] {
        var tokens: [Token] = []
        let scalars = line.unicodeScalars
        // Spans are UTF-8 offsets in the whole text the line is cut from (``TextSpan``).
        let utf8 = line.base.utf8
        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index = scalars.index(after: index)
            } else if digitValue(scalar) != nil {
                // After `2007.` (a dotted date), `03.22` is two parts, not a decimal.
                let count = tokens.count
                let dotted = count >= 2 && tokens[count - 1].isSymbol(".") && tokens[count - 2].kind == .number
                    && Int(tokens[count - 1].span.end) == offset(index)
                    && tokens[count - 2].span.end == tokens[count - 1].span.start
                let (end, normalized) = scanNumber(scalars, from: index, decimals: !dotted)
                // A number's stem is its normalized text (it does not end in `s`).
                tokens.append(Token(kind: .number, text: line[index..<end], normalized: normalized,
                                    span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                index = end
            } else if isLetter(scalar) {
                let cjk = isCJK(scalar)
                if cjk, tokens.last?.kind != .number, let (end, joined) = letterSpacedRun(scalars, from: index) {
                    tokens.append(Token(kind: .word, text: line[index..<end], normalized: fold(joined),
                                        span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                    index = end
                    continue
                }
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    let next = scalars[end]
                    if isMark(next) {
                        end = scalars.index(after: end)
                    } else if isLetter(next) {
                        // Japanese and Latin letters written together are two words: `当社はToSTNeT`.
                        guard isCJK(next) == cjk else { break }
                        end = scalars.index(after: end)
                    } else if !cjk, next == "'" || next == "’" {
                        let after = scalars.index(after: end)
                        if after < scalars.endIndex, isLetter(scalars[after]), !isCJK(scalars[after]) { end = after } else { break }
                    } else {
                        break
                    }
                }
                if cjk {
                    appendJapaneseWord(line, index..<end, number: number, to: &tokens)
                } else {
                    let text = line[index..<end]
                    tokens.append(Token(kind: .word, text: text, normalized: fold(text),
                                        span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                }
                index = end
            } else {
                // A symbol is one scalar: folded as ``fold(_:)`` folds, without cutting its text.
                let end = scalars.index(after: index)
                let folded = foldScalar(scalar)
                tokens.append(Token(symbol: folded, traits: Token.Traits(symbol: scalar), normalized: String(Character(folded)),
                                    span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                index = end
            }
        }
        return tokens
    }

    // MARK: - Japanese words

    /// Counters split off the start of a Japanese word that follows a number, so that the
    /// extractors see them as words of their own: a scale (`81.9万株`, `3,200百万円`), then a
    /// unit (`株`, `円`), or a date part (`2025年5月30日開催`). Longest first.
    static let scaleCounters: [[Unicode.Scalar]] = ["百万", "千万", "千", "万", "億", "兆"].map { Array($0.unicodeScalars) }
    static let unitCounters: [[Unicode.Scalar]] = ["株", "円"].map { Array($0.unicodeScalars) }
    static let dateCounters: [[Unicode.Scalar]] = ["年", "月", "日"].map { Array($0.unicodeScalars) }

    /// Japanese era names, split off the end of a word when a year follows (`本日令和7年`), with
    /// `元年` (year 1) split from the era before it (`令和元年5月1日`).
    static let eraNames: [[Unicode.Scalar]] = ["令和", "平成", "昭和"].map { Array($0.unicodeScalars) }
    static let firstYear: [Unicode.Scalar] = ["元", "年"]

    /// Appends the word `line[range]` of Japanese letters, split into counters after a number,
    /// the rest, and an era name before a year.
    private static func appendJapaneseWord(_ line: Substring, _ range: Range<String.Index>, number: Int, to tokens: inout [Token]) {
        let scalars = line.unicodeScalars
        var start = range.lowerBound
        func append(_ end: String.Index) {
            guard start < end else { return }
            let text = line[start..<end]
            tokens.append(Token(kind: .word, text: text, normalized: fold(text), span: TextSpan(line: number, range: start..<end, in: line)))
            start = end
        }
        // The end of the first of `candidates` written at `start`, if one is.
        func prefix(_ candidates: [[Unicode.Scalar]]) -> String.Index? {
            candidates: for candidate in candidates {
                var position = start
                for scalar in candidate {
                    guard position < range.upperBound, scalars[position] == scalar else { continue candidates }
                    position = scalars.index(after: position)
                }
                return position
            }
            return nil
        }
        // Where `pattern` starts if the word (after `start`) ends with it.
        func suffix(_ pattern: [Unicode.Scalar], before end: String.Index) -> String.Index? {
            var position = end
            for scalar in pattern.reversed() {
                guard position > start else { return nil }
                position = scalars.index(before: position)
                guard scalars[position] == scalar else { return nil }
            }
            return position
        }
        if tokens.last?.kind == .number {
            if let end = prefix(scaleCounters) {
                append(end)
                if let unit = prefix(unitCounters) { append(unit) }
            } else if let end = prefix(unitCounters) ?? prefix(dateCounters) {
                append(end)
            }
        }
        // An era name at the end, when a year (digits, or `元年` in the word) comes next. Era
        // names end in 和 or 成, `元年` in 年: other words are ruled out at once.
        guard start < range.upperBound else { return }
        let last = scalars[scalars.index(before: range.upperBound)]
        if last == "和" || last == "成" {
            var next = range.upperBound
            while next < scalars.endIndex, isSpace(scalars[next]) { next = scalars.index(after: next) }
            if next < scalars.endIndex, digitValue(scalars[next]) != nil,
               let era = eraNames.lazy.compactMap({ suffix($0, before: range.upperBound) }).first {
                append(era)
            }
        } else if last == "年", let year = suffix(firstYear, before: range.upperBound),
                  let era = eraNames.lazy.compactMap({ suffix($0, before: year) }).first {
            append(era)
            append(year)
        }
        append(range.upperBound)
    }

    /// Text pasted from a PDF spaces out the letters of a label: `取 得 期 間`. A run of at least
    /// three Japanese characters, each alone between single spaces (ASCII or ideographic), is one
    /// word: its end and its letters without the spaces. Nil when `scalars[start]` starts no such run.
    private static func letterSpacedRun(_ scalars: Substring.UnicodeScalarView, from start: String.Index) -> (String.Index, String)? {
        // Most words are longer than one character: ruled out at the second scalar.
        let second = scalars.index(after: start)
        guard second < scalars.endIndex, scalars[second] == " " || scalars[second] == "\u{3000}" else { return nil }
        var position = start
        var end = start
        var pieces = 0
        while position < scalars.endIndex, isCJK(scalars[position]), isLetter(scalars[position]) {
            let after = scalars.index(after: position)
            if after < scalars.endIndex {
                let next = scalars[after]
                // A piece of more than one character (or a letter then digits) ends the run.
                if isLetter(next) || isMark(next) || digitValue(next) != nil { break }
            }
            pieces += 1
            end = after
            guard after < scalars.endIndex, scalars[after] == " " || scalars[after] == "\u{3000}" else { break }
            position = scalars.index(after: after)
        }
        guard pieces >= 3 else { return nil }
        var joined = String.UnicodeScalarView()
        for scalar in scalars[start..<end] where scalar != " " && scalar != "\u{3000}" { joined.append(scalar) }
        return (end, String(joined))
    }

    // MARK: - ASCII lines

    /// The same tokens for a line of ASCII only (most lines of English drafts), read from its
    /// bytes: no Unicode property lookups, no character-by-character strings, and each word's
    /// stem (``Token/stemShape``) from the bytes as it is read. Nil if the line has a byte
    /// outside ASCII.
    package static func asciiTokens(in line: Substring, number: Int) -> [Token]? {
        var summary = LineSummary()
        return asciiTokens(in: line, number: number, summary: &summary)
    }

    /// ``asciiTokens(in:number:)``, with the line's ``LineSummary`` made as the tokens are read.
    package static func asciiTokens(in line: Substring, number: Int, summary: inout LineSummary) -> [Token]? {
        if let found = line.utf8.withContiguousStorageIfAvailable({ asciiTokens(in: line, bytes: $0, number: number, summary: &summary) }) {
            return found
        }
        return Array(line.utf8).withUnsafeBufferPointer { asciiTokens(in: line, bytes: $0, number: number, summary: &summary) }
    }

    private static func asciiTokens(in line: Substring, bytes: UnsafeBufferPointer<UInt8>, number: Int,
                                    summary: inout LineSummary) -> [Token]? {
        let count = bytes.count
        guard ByteSearch.isASCII(bytes) else { return nil }
        // Room for the tokens of an ordinary line at once (a short table row has a token for every
        // three or four bytes, prose a word for every five or six); a line of thousands of bytes
        // reserves less and grows if it must.
        var tokens: [Token] = []
        tokens.reserveCapacity(count <= 4096 ? count / 3 + 2 : count / 4)
        // Spans are UTF-8 offsets in the whole text the line is cut from (``TextSpan``): the
        // line's own offset, then each token's in the line.
        let base = line.base.utf8.distance(from: line.base.utf8.startIndex, to: line.startIndex)
        // (A draft is at most 4 GiB, ``TextSpan/maximumOffset``: each offset fits.)
        @inline(__always) func span(_ from: Int, _ to: Int) -> TextSpan { TextSpan(line: number, start: base &+ from, end: base &+ to) }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        @inline(__always) func string(_ from: Int, _ to: Int) -> String { asciiString(UnsafeBufferPointer(rebasing: bytes[from..<to])) }
        // The normalized text of a number or a capitalised word, when it is not the text itself;
        // made on first use (most lines have no grouped number and no capitalised plural).
        var scratch: [UInt8] = []
        // The line's summary, kept in locals until the line is read.
        var signature = WordSignature()
        var symbols = SymbolSet()
        var words = 0
        var numbers = false
        defer { (summary.signature, summary.symbols, summary.wordCount, summary.hasNumber) = (signature, symbols, words, numbers) }
        var offset = 0
        while offset < count {
            let byte = bytes[offset]
            // Offsets only grow up to `count`: they are stepped without overflow checks.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                offset &+= 1
            } else if isDigit(byte) {
                var end = offset
                while end < count, isDigit(bytes[end]) { end += 1 }
                var grouped = false
                scratch.removeAll(keepingCapacity: true)
                if end - offset <= 3 {
                    while end < count, bytes[end] == UInt8(ascii: ",") {
                        let group = end + 1
                        guard group + 3 <= count, isDigit(bytes[group]), isDigit(bytes[group + 1]), isDigit(bytes[group + 2]),
                              group + 3 == count || !isDigit(bytes[group + 3]) else { break }
                        if !grouped { scratch.append(contentsOf: bytes[offset..<end]); grouped = true }
                        scratch.append(contentsOf: bytes[group..<(group + 3)])
                        end = group + 3
                    }
                }
                let dotted = tokens.count >= 2 && tokens[tokens.count - 1].isSymbol(".") && tokens[tokens.count - 2].kind == .number
                    && Int(tokens[tokens.count - 1].span.end) == base + offset
                    && tokens[tokens.count - 2].span.end == tokens[tokens.count - 1].span.start
                if !dotted, end + 1 < count, bytes[end] == UInt8(ascii: "."), isDigit(bytes[end + 1]) {
                    var fractionEnd = end + 1
                    while fractionEnd < count, isDigit(bytes[fractionEnd]) { fractionEnd += 1 }
                    let another = fractionEnd + 1 < count && bytes[fractionEnd] == UInt8(ascii: ".") && isDigit(bytes[fractionEnd + 1])
                    if !another {
                        if grouped { scratch.append(contentsOf: bytes[end..<fractionEnd]) }
                        end = fractionEnd
                    }
                }
                let normalized = grouped ? scratch.withUnsafeBufferPointer { asciiString($0) } : string(offset, end)
                // The normalized text's first two bytes: digits, or a digit and the decimal point.
                let second = grouped ? scratch[1] : end - offset > 1 ? bytes[offset + 1] : 0
                // A number's stem is its normalized text (it does not end in `s`).
                let key = StemShape.key(first: byte, count: grouped ? scratch.count : end - offset)
                tokens.append(Token(kind: .number, traits: grouped ? [.asciiText, .asciiComma] : .asciiText,
                                    asciiPair: UInt16(byte) << 7 | UInt16(second), normalized: normalized, stem: StemShape(),
                                    key: key, span: span(offset, end)))
                signature.insert(key: key)
                numbers = true
                offset = end
            } else if isLetter(byte) {
                // Letters, and letters after an inner apostrophe (`Company's`).
                var (end, upper) = ByteSearch.asciiLetterRun(bytes, from: offset)
                while end &+ 1 < count, bytes[end] == UInt8(ascii: "'"), isLetter(bytes[end &+ 1]) {
                    let more = ByteSearch.asciiLetterRun(bytes, from: end &+ 1)
                    end = more.end
                    upper = upper || more.capital
                }
                let normalized: String
                var stem = StemShape()
                // Only a word ending in `s` has a stem of its own.
                let plural = bytes[end &- 1] | 0x20 == UInt8(ascii: "s")
                if upper {
                    normalized = asciiString(UnsafeBufferPointer(rebasing: bytes[offset..<end]), lowercasing: true)
                    if plural {
                        scratch.removeAll(keepingCapacity: true)
                        for letter in bytes[offset..<end] { scratch.append(letter >= 0x41 && letter <= 0x5A ? letter | 0x20 : letter) }
                        stem = scratch.withUnsafeBufferPointer(StemShape.init(ascii:))
                    }
                } else {
                    normalized = string(offset, end)
                    if plural { stem = StemShape(ascii: UnsafeBufferPointer(rebasing: bytes[offset..<end])) }
                }
                let traits: Token.Traits = byte <= 0x5A ? [.asciiText, .upperASCII] : .asciiText
                let second = end &- offset > 1 ? bytes[offset &+ 1] : 0
                let pair = UInt16(byte | (byte <= 0x5A ? 0x20 : 0)) << 7 | UInt16(second >= 0x41 && second <= 0x5A ? second | 0x20 : second)
                // The stem's key, from the word's first byte (lower-cased) and length.
                let key = stem.key(ofWordFirst: byte | 0x20, count: end &- offset)
                tokens.append(Token(kind: .word, traits: traits, asciiPair: pair, normalized: normalized, stem: stem,
                                    key: key, span: span(offset, end)))
                signature.insert(key: key)
                words &+= 1
                offset = end
            } else {
                tokens.append(Token(symbol: Unicode.Scalar(byte), traits: Token.Traits(symbol: Unicode.Scalar(byte)),
                                    normalized: SmallASCIIString.make(byte),
                                    span: span(offset, offset &+ 1)))
                symbols.insert(Unicode.Scalar(byte))
                offset &+= 1
            }
        }
        return tokens
    }

    /// A string of ASCII bytes (lower-cased if asked): ``SmallASCIIString`` for the short ones.
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool = false) -> String {
        SmallASCIIString.make(bytes, lowercasing: lowercasing)
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
        // Kana and kanji first: Unicode property lookups cost more than the rest of a token.
        if isCJK(scalar) { return false }
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }

    /// A combining mark (`◌́` in a decomposed `é`, the dakuten in `か゛`): part of the word before it.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        // No mark is ASCII, kana or kanji but the kana voicing marks U+3099 and U+309A.
        if scalar.isASCII || (isCJK(scalar) && scalar.value != 0x3099 && scalar.value != 0x309A) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        if (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value) { return true }
        // Kana and kanji are letters, but for a few marks and punctuation among them; CJK and
        // full-width punctuation (、。「」【】〜（）：) is not. Decided without a property lookup.
        switch scalar.value {
        case 0x3040, 0x3097...0x309C, 0x30A0, 0x30FB: break
        case _ where isCJK(scalar): return true
        case 0x3000...0x3004, 0x3008...0x3020, 0xFF00...0xFF20: return false
        default: break
        }
        return scalar.properties.isAlphabetic && digitValue(scalar) == nil
    }

    /// A letter of a script written without spaces between words: kanji, hiragana, katakana
    /// (full and half width), `々`, `〇`, `ー`.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005...0x3007, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// One scalar as ``fold(_:)`` folds it.
    static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value == 0x3000 { value = 0x20 }
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        return Unicode.Scalar(value) ?? scalar
    }

    /// Lower-cases and folds full-width ASCII forms (`Ｘ`, `（`, `～`) and the ideographic space.
    package static func fold<S: StringProtocol>(_ text: S) -> String {
        // Most text has nothing to fold (kana, kanji, lower-case ASCII): found on its bytes, in
        // place (stepping a substring's UTF-8 view checks each index, and cost more than the
        // rest of reading a Japanese word).
        let folds = text.utf8.withContiguousStorageIfAvailable(needsFolding)
            ?? Array(text.utf8).withUnsafeBufferPointer(needsFolding)
        guard folds else { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(foldScalar(scalar)) }
        return String(result)
    }

    /// Whether UTF-8 text has something ``fold(_:)`` changes: upper-case ASCII, U+FF01–FF5E
    /// (EF BC 81 – EF BD 9E) or U+3000 (E3 80 80).
    /// Read from each sequence's first byte: most bytes of a Japanese word are neither ASCII nor
    /// the EF or E3 that start the sequences folded.
    private static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { return true }
            } else if byte == 0xEF {
                if index + 1 < count, bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD { return true }
            } else if byte == 0xE3 {
                if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return true }
            }
            index += 1
        }
        return false
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
            // `１．2025年5月13日`: an item number glued to a date, not 1.2025. A year follows the
            // point (`年` after the digits), or digits of another width than the number's.
            let year = end < scalars.endIndex && scalars[end] == "年"
            let widths = next < scalars.endIndex && (scalars[start].value >= 0xFF10) != (scalars[next].value >= 0xFF10)
            if !fraction.isEmpty, !dotted, !year, !widths {
                normalized += "." + fraction
                index = end
            }
        }
        return (index, normalized)
    }
}
