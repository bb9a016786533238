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

    /// The tokens of any line, read from its UTF-8 bytes a scalar at a time (the line is valid
    /// UTF-8: it is cut from a string). Stepping `Substring`'s scalar view checked every index
    /// and cost more than half of linting a Japanese draft.
    package static func unicodeTokens(in line: Substring, number: Int) -> [Token] {
        var scalars = ScalarFilter()
        return unicodeTokens(in: line, number: number, scalars: &scalars)
    }

    /// ``unicodeTokens(in:number:)``, with the filter of the scalars of the line's words
    /// (``ScalarFilter/init(wordsOf:)`` of its tokens) made as they are read: the scalars of a
    /// word of kana and kanji as they are decoded, the others' from their normalized stems.
    package static func unicodeTokens(in line: Substring, number: Int, scalars: inout ScalarFilter) -> [Token] {
        if let found = line.utf8.withContiguousStorageIfAvailable({ unicodeTokens(in: line, bytes: $0, number: number, scalars: &scalars) }) {
            return found
        }
        return Array(line.utf8).withUnsafeBufferPointer { unicodeTokens(in: line, bytes: $0, number: number, scalars: &scalars) }
    }

    private static func unicodeTokens(in line: Substring, bytes: UnsafeBufferPointer<UInt8>, number: Int,
                                      scalars filter: inout ScalarFilter) -> [Token] {
        let count = bytes.count
        var tokens: [Token] = []
        // Room for the tokens of an ordinary line at once (a Japanese word or symbol is three
        // bytes or more for each character).
        tokens.reserveCapacity(count / 4 + 2)
        // Spans are UTF-8 offsets in the whole text the line is cut from (``TextSpan``): the
        // line's own offset, then each token's in the line (a draft is at most 4 GiB).
        let base = line.base.utf8.distance(from: line.base.utf8.startIndex, to: line.startIndex)
        func span(_ from: Int, _ to: Int) -> TextSpan { TextSpan(line: number, start: base &+ from, end: base &+ to) }
        func text(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[from..<to]) }
        var offset = 0
        while offset < count {
            let (scalar, length) = decode(bytes, at: offset)
            if isSpace(scalar) {
                offset += length
            } else if digitValue(scalar) != nil {
                // After `2007.` (a dotted date), `03.22` is two parts, not a decimal.
                let last = tokens.count
                let dotted = last >= 2 && tokens[last - 1].isSymbol(".") && tokens[last - 2].kind == .number
                    && Int(tokens[last - 1].span.end) == base + offset
                    && tokens[last - 2].span.end == tokens[last - 1].span.start
                let (end, normalized) = scanNumber(bytes, from: offset, decimals: !dotted)
                // A number's stem is its normalized text (it does not end in `s`).
                tokens.append(Token(kind: .number, traits: Token.Traits(utf8: text(offset, end)), normalized: normalized,
                                    span: span(offset, end)))
                filter.insert(normalized)
                offset = end
            } else if isLetter(scalar) {
                let cjk = isCJK(scalar)
                if cjk, tokens.last?.kind != .number, let (end, joined) = letterSpacedRun(bytes, from: offset) {
                    tokens.append(Token(kind: .word, traits: Token.Traits(utf8: text(offset, end)), normalized: fold(joined),
                                        span: span(offset, end)))
                    filter.insert(tokens[tokens.count - 1].stem)
                    offset = end
                    continue
                }
                if cjk { filter.insert(scalar: scalar) }
                var end = offset + length
                while end < count {
                    // Most of a Japanese word: a kana or kanji of three bytes (lead E3–E9, U+3000–
                    // 9FFF, no surrogate among them) after one, read on its bytes as ``decode(_:at:)``
                    // reads it, without making a scalar or trying the other lengths first.
                    if cjk, end &+ 2 < count, bytes[end] &- 0xE3 <= 6 {
                        let value = UInt32(bytes[end] & 0x0F) << 12 | UInt32(bytes[end &+ 1] & 0x3F) << 6 | UInt32(bytes[end &+ 2] & 0x3F)
                        if isKanaOrKanjiLetter(value) {
                            filter.insert(basicValue: value)
                            end &+= 3
                            continue
                        }
                    }
                    let (next, nextLength) = decode(bytes, at: end)
                    // Most of a Japanese word: a kana or kanji after one (a letter of the same
                    // script, not a mark), told from its value.
                    if cjk, isKanaOrKanjiLetter(next.value) {
                        filter.insert(scalar: next)
                        end += nextLength
                    } else if isMark(next) {
                        if cjk { filter.insert(scalar: next) }
                        end += nextLength
                    } else if isLetter(next) {
                        // Japanese and Latin letters written together are two words: `当社はToSTNeT`.
                        guard isCJK(next) == cjk else { break }
                        if cjk { filter.insert(scalar: next) }
                        end += nextLength
                    } else if !cjk, next == "'" || next == "’" {
                        let after = end + nextLength
                        guard after < count else { break }
                        let letter = decode(bytes, at: after).scalar
                        if isLetter(letter), !isCJK(letter) { end = after } else { break }
                    } else {
                        break
                    }
                }
                if cjk {
                    appendJapaneseWord(line, bytes, offset..<end, base: base, number: number, to: &tokens)
                } else {
                    let word = text(offset, end)
                    tokens.append(Token(kind: .word, traits: Token.Traits(utf8: word), normalized: fold(utf8: word),
                                        span: span(offset, end)))
                    filter.insert(tokens[tokens.count - 1].stem)
                }
                offset = end
            } else {
                // A symbol is one scalar: folded as ``fold(_:)`` folds, without cutting its text.
                let folded = foldScalar(scalar)
                tokens.append(Token(symbol: folded, traits: Token.Traits(symbol: scalar), normalized: String(Character(folded)),
                                    span: span(offset, offset + length)))
                offset += length
            }
        }
        return tokens
    }

    /// The scalar that starts at `offset` of valid UTF-8 `bytes`, and its length in bytes. Every
    /// read is inside `bytes` whatever they hold (a sequence cut short reads as U+FFFD).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let count = bytes.count
        @inline(__always) func next(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
        if lead >= 0xC0, lead < 0xE0, offset + 1 < count {
            return (Unicode.Scalar(UInt32(lead & 0x1F) << 6 | next(1)) ?? "\u{FFFD}", 2)
        }
        if lead >= 0xE0, lead < 0xF0, offset + 2 < count {
            return (Unicode.Scalar(UInt32(lead & 0x0F) << 12 | next(1) << 6 | next(2)) ?? "\u{FFFD}", 3)
        }
        if lead >= 0xF0, offset + 3 < count {
            return (Unicode.Scalar(UInt32(lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Where the scalar that ends at `end` (after `start`) starts: back over continuation bytes.
    @inline(__always)
    private static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, after start: Int) -> Int {
        var position = end - 1
        while position > start, bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
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
    /// The same counters, era names and first year as UTF-8, compared on a line's bytes.
    private static let scaleCounterBytes = scaleCounters.map(utf8)
    private static let unitCounterBytes = unitCounters.map(utf8)
    private static let dateCounterBytes = dateCounters.map(utf8)
    private static let eraNameBytes = eraNames.map(utf8)
    private static let firstYearBytes = utf8(firstYear)

    private static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Array(String(text).utf8)
    }

    /// Appends the word at `bytes[range]` of Japanese letters, split into counters after a
    /// number, the rest, and an era name before a year. Texts are compared as UTF-8: a match of
    /// whole scalars' bytes starts and ends on scalar boundaries, as a match of the scalars would.
    private static func appendJapaneseWord(_ line: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, base: Int,
                                           number: Int, to tokens: inout [Token]) {
        var start = range.lowerBound
        // A word of kana and kanji (and marks) has nothing to fold: its normalized text is its
        // text, cut from the line's string (a copy without the UTF-8 check a string made of
        // bytes has, which cost as much as the copy).
        func append(_ end: Int) {
            guard start < end else { return }
            appendKanaAndKanji(bytes, start..<end, base: base, number: number, to: &tokens)
            start = end
        }
        // Whether `pattern` is written at `position`, before `limit`.
        func written(_ pattern: [UInt8], at position: Int, before limit: Int) -> Bool {
            guard position >= 0, position + pattern.count <= limit else { return false }
            var index = 0
            while index < pattern.count {
                guard bytes[position + index] == pattern[index] else { return false }
                index += 1
            }
            return true
        }
        // The end of the first of `candidates` written at `start`, if one is.
        func prefix(_ candidates: [[UInt8]]) -> Int? {
            for candidate in candidates where written(candidate, at: start, before: range.upperBound) {
                return start + candidate.count
            }
            return nil
        }
        // Where `pattern` starts if the word (after `start`) ends with it at `end`.
        func suffix(_ pattern: [UInt8], before end: Int) -> Int? {
            let position = end - pattern.count
            return position >= start && written(pattern, at: position, before: end) ? position : nil
        }
        // Where the first of `patterns` the word ends with at `end` starts (a loop, not a lazy
        // map: an escaping closure would keep `start` in a box allocated for every word).
        func firstSuffix(_ patterns: [[UInt8]], before end: Int) -> Int? {
            for pattern in patterns {
                if let position = suffix(pattern, before: end) { return position }
            }
            return nil
        }
        if tokens.last?.kind == .number {
            if let end = prefix(scaleCounterBytes) {
                append(end)
                if let unit = prefix(unitCounterBytes) { append(unit) }
            } else if let end = prefix(unitCounterBytes) ?? prefix(dateCounterBytes) {
                append(end)
            }
        }
        // An era name at the end, when a year (digits, or `元年` in the word) comes next. Era
        // names end in 和 or 成, `元年` in 年: other words are ruled out at once.
        guard start < range.upperBound else { return }
        let last = decode(bytes, at: scalarStart(bytes, before: range.upperBound, after: range.lowerBound)).scalar
        if last == "和" || last == "成" {
            var next = range.upperBound
            while next < bytes.count {
                let (scalar, length) = decode(bytes, at: next)
                guard isSpace(scalar) else { break }
                next += length
            }
            if next < bytes.count, digitValue(decode(bytes, at: next).scalar) != nil,
               let era = firstSuffix(eraNameBytes, before: range.upperBound) {
                append(era)
            }
        } else if last == "年", let year = suffix(firstYearBytes, before: range.upperBound),
                  let era = firstSuffix(eraNameBytes, before: year) {
            append(era)
            append(year)
        }
        append(range.upperBound)
    }

    /// Appends the word of kana and kanji (and marks) at `bytes[range]`. What the token's
    /// initializer would read from the text is known: no trait (the text is not ASCII, has no
    /// comma and starts with no capital), no ASCII pair, and the word is its own stem (it does
    /// not end in `s`), whose key is its first byte and length.
    ///
    /// The text is made from the bytes: cutting it from the line (`String(line[…])`) cost two
    /// index checks and a copy through the substring, about 500 instructions a word, more than
    /// the standard library's check of the bytes.
    private static func appendKanaAndKanji(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, base: Int,
                                           number: Int, to tokens: inout [Token]) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        tokens.append(Token(kind: .word, traits: [], asciiPair: Token.noPair, normalized: text, stem: StemShape(),
                            key: StemShape().key(ofWordFirst: bytes[range.lowerBound], count: range.count),
                            span: TextSpan(line: number, start: base &+ range.lowerBound, end: base &+ range.upperBound)))
    }

    /// Text pasted from a PDF spaces out the letters of a label: `取 得 期 間`. A run of at least
    /// three Japanese characters, each alone between single spaces (ASCII or ideographic), is one
    /// word: its end and its letters without the spaces. Nil when the scalar at `start` starts no such run.
    private static func letterSpacedRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, String)? {
        let count = bytes.count
        func isGap(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" }
        // Most words are longer than one character: ruled out at the second scalar.
        let second = start + decode(bytes, at: start).length
        guard second < count, isGap(decode(bytes, at: second).scalar) else { return nil }
        var position = start
        var end = start
        var pieces = 0
        while position < count {
            let (scalar, length) = decode(bytes, at: position)
            guard isCJK(scalar), isLetter(scalar) else { break }
            let after = position + length
            var gap = 0
            if after < count {
                let (next, nextLength) = decode(bytes, at: after)
                // A piece of more than one character (or a letter then digits) ends the run.
                if isLetter(next) || isMark(next) || digitValue(next) != nil { break }
                if isGap(next) { gap = nextLength }
            }
            pieces += 1
            end = after
            guard gap > 0 else { break }
            position = after + gap
        }
        guard pieces >= 3 else { return nil }
        var joined = String.UnicodeScalarView()
        position = start
        while position < end {
            let (scalar, length) = decode(bytes, at: position)
            if !isGap(scalar) { joined.append(scalar) }
            position += length
        }
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
        // A blank line has no token (and its empty array no storage).
        guard count != 0 else {
            summary = LineSummary()
            return []
        }
        // Room for the tokens of an ordinary line at once: a token for every four bytes and four
        // more (a short table row has one for every three or four bytes, prose a word for every
        // five or six; fewer than one line in a hundred grows). A token is 40 bytes: a third of
        // the bytes reserved a block above the allocator's per-thread cache for most lines
        // (1,032 bytes), each several times dearer to allocate and free.
        var tokens: [Token] = []
        tokens.reserveCapacity(count <= 4096 ? count / 4 + 4 : count / 4)
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
        // The line's summary, kept in a local until the line is read (filled through the inout
        // parameter, each token's update went through memory).
        var found = LineSummary()
        defer { summary = found }
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
                found.signature.insert(key: key)
                found.hasNumber = true
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
                // The first two bytes lower-cased: the first is a letter, the second a letter or an
                // apostrophe (0x27, which `| 0x20` leaves as it is), or none.
                let second = end &- offset > 1 ? bytes[offset &+ 1] | 0x20 : 0
                let pair = UInt16(byte | 0x20) << 7 | UInt16(second)
                // The stem's key, from the word's first byte (lower-cased) and length.
                let key = stem.key(ofWordFirst: byte | 0x20, count: end &- offset)
                tokens.append(Token(kind: .word, traits: traits, asciiPair: pair, normalized: normalized, stem: stem,
                                    key: key, span: span(offset, end)))
                found.signature.insert(key: key)
                found.wordCount &+= 1
                offset = end
            } else {
                tokens.append(Token(symbol: Unicode.Scalar(byte), traits: Token.Traits(symbol: Unicode.Scalar(byte)),
                                    normalized: SmallASCIIString.make(byte),
                                    span: span(offset, offset &+ 1)))
                found.symbols.insert(Unicode.Scalar(byte))
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

    // The classes below answer most scalars of a draft (ASCII, kana, kanji, CJK and full-width
    // punctuation) from their value, inlined; only the rest are looked up in the Unicode
    // properties, out of line (a lookup costs more than the rest of a token, and the property
    // accessor's set-up, made on every call while it was inline, cost a sixth of reading a
    // Japanese line). A test compares each with the plain lookup for every scalar (`UnicodeTokenizerTests`).

    /// White space between tokens: Unicode's White_Space, a BOM and a zero-width space.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        // CJK punctuation after the ideographic space, kana and kanji (U+3001–9FFF) first, one
        // compare: most of a Japanese line.
        if value &- 0x3001 <= 0x9FFF - 0x3001 { return false }
        // Kana and kanji; CJK punctuation after the ideographic space (U+3000); full-width forms;
        // general punctuation but its spaces (U+2000–200B, 2028, 2029, 202F, 205F); arrows,
        // mathematical and technical signs, box drawing, shapes (※, →, ■, ◆).
        switch value {
        case 0x3000: return true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x23FF, 0x2500...0x26FF, 0x3001...0x303F, 0xFF00...0xFFEF: return false
        default: return !isCJK(scalar) && isSpaceLookedUp(scalar)
        }
    }

    @inline(never)
    private static func isSpaceLookedUp(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
    }

    /// A combining mark (`◌́` in a decomposed `é`, the dakuten in `か゛`): part of the word before it.
    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // No mark is below U+0300 (ASCII, Latin-1), kana or kanji but the kana voicing marks
        // U+3099 and U+309A, CJK punctuation but U+302A–302F, or a full-width form.
        if value < 0x300 { return false }
        if isCJK(scalar) { return value == 0x3099 || value == 0x309A }
        // Nor is one general punctuation, an arrow, a mathematical or technical sign, a box or a shape.
        switch value {
        case 0x2000...0x206F, 0x2190...0x23FF, 0x2500...0x26FF, 0x3000...0x3029, 0x3030...0x303F, 0xFF00...0xFFEF: return false
        default: return isMarkLookedUp(scalar)
        }
    }

    @inline(never)
    private static func isMarkLookedUp(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A letter of a word: ASCII and full-width Latin letters, kana and kanji (but for a few
    /// marks and punctuation among them), and any other alphabetic scalar that is not a digit.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        // A kanji or a kana letter (most of a Japanese line) in two compares.
        if isKanaOrKanjiLetter(value) { return true }
        // CJK and full-width punctuation (、。「」【】〜（）：) is not. Decided without a lookup.
        switch value {
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        // The punctuation among kana (゛゜゠・) is not; unassigned and combining ones are looked up.
        case 0x309B, 0x309C, 0x30A0, 0x30FB: return false
        case 0x3040, 0x3097...0x309A: return isLetterLookedUp(scalar)
        case 0x3000...0x3004, 0x3008...0x3020, 0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return false
        // General punctuation, arrows, mathematical and technical signs, box drawing, shapes.
        case 0x2000...0x206F, 0x2190...0x23FF, 0x2500...0x26FF: return false
        default: return isCJK(scalar) || isLetterLookedUp(scalar)
        }
    }

    @inline(never)
    private static func isLetterLookedUp(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && digitValue(scalar) == nil
    }

    /// A kana or kanji that ``isCJK(_:)`` and ``isLetter(_:)`` and not ``isMark(_:)``: a CJK
    /// scalar but the few marks and punctuation among them (U+3040, U+3097–309C, U+30A0, U+30FB).
    @inline(__always)
    static func isKanaOrKanjiLetter(_ value: UInt32) -> Bool {
        // The common blocks first, each one compare of a difference: kanji (U+4E00–9FFF), then
        // hiragana and katakana (U+3041–30FF, but U+3097–309C, 30A0 and 30FB); the switch over
        // all the ranges compared a scalar with them in order, a fifth of reading a Japanese line.
        if value &- 0x4E00 <= 0x9FFF - 0x4E00 { return true }
        if value &- 0x3041 <= 0x30FF - 0x3041 {
            return !(value >= 0x3097 && value <= 0x309C) && value != 0x30A0 && value != 0x30FB
        }
        switch value {
        case 0x3005...0x3007, 0x31F0...0x31FF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// A letter of a script written without spaces between words: kanji, hiragana, katakana
    /// (full and half width), `々`, `〇`, `ー`.
    @inline(__always)
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

    /// ``fold(_:)`` of valid UTF-8 bytes (a token's text, read from its line's bytes).
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard needsFolding(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var result = String.UnicodeScalarView()
        var position = 0
        while position < bytes.count {
            let (scalar, length) = decode(bytes, at: position)
            result.append(foldScalar(scalar))
            position += length
        }
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

    /// The number that starts at `start` (a digit): where it ends and its normalized text.
    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, decimals: Bool) -> (Int, String) {
        let count = bytes.count
        // The scalar at `position` (U+0000 past the end, which is nothing this looks for).
        func scalar(_ position: Int) -> (scalar: Unicode.Scalar, length: Int) {
            position < count ? decode(bytes, at: position) : ("\u{0}", 0)
        }
        var normalized: [UInt8] = []
        // Appends the digits from `position` (ASCII or full-width) as ASCII: where they end and how many.
        func digits(from position: Int) -> (end: Int, count: Int) {
            var end = position
            var found = 0
            while end < count {
                let (next, length) = decode(bytes, at: end)
                guard let value = digitValue(next) else { break }
                normalized.append(0x30 + UInt8(value))
                found += 1
                end += length
            }
            return (end, found)
        }
        var (index, first) = digits(from: start)
        // Thousands groups: `,` then exactly three digits, only if the first part has 1–3 digits.
        if first <= 3 {
            while index < count, isComma(scalar(index).scalar) {
                let kept = normalized.count
                let (end, group) = digits(from: index + scalar(index).length)
                guard group == 3 else {
                    normalized.removeSubrange(kept...)
                    break
                }
                index = end
            }
        }
        // One decimal part: `.` then at least one digit, unless another `.` and digits follow
        // (`2007.03.22` is a date, not 2007.03).
        if decimals, index < count, isPoint(scalar(index).scalar) {
            let next = index + scalar(index).length
            let kept = normalized.count
            normalized.append(UInt8(ascii: "."))
            let (end, fraction) = digits(from: next)
            let dotted = end < count && isPoint(scalar(end).scalar)
                && end + scalar(end).length < count && digitValue(scalar(end + scalar(end).length).scalar) != nil
            // `１．2025年5月13日`: an item number glued to a date, not 1.2025. A year follows the
            // point (`年` after the digits), or digits of another width than the number's.
            let year = end < count && scalar(end).scalar == "年"
            let widths = next < count && (scalar(start).scalar.value >= 0xFF10) != (scalar(next).scalar.value >= 0xFF10)
            if fraction > 0, !dotted, !year, !widths {
                index = end
            } else {
                normalized.removeSubrange(kept...)
            }
        }
        return (index, normalized.withUnsafeBufferPointer { asciiString($0) })
    }
}
