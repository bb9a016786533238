/// Finds unresolved placeholders in a draft: `XX`, `[XX]`, `TBD`, `TBC`, `[ ]`, `●`, `○○`,
/// `___`, `[insert date]`, as a pack's ``PlaceholderSpec`` lists them.
///
/// Ordinary words are never flagged: a run of letters counts only as a whole word made of that
/// letter (`XX`, not `XXL` or `Xerox`), a `●` or `・` used as a bullet at the start of a line is
/// not a placeholder, and a Markdown thematic break (`___` alone) is not either.
package enum PlaceholderFinder {
    /// The placeholders in `lines`, each as the tokens it spans.
    package static func find(in lines: [Line], spec: PlaceholderSpec) -> [[Token]] {
        var result: [[Token]] = []
        let spec = spec.compiled
        // By index: a line is a large value to copy, and only its tokens are read.
        for lineIndex in lines.indices where !lines[lineIndex].isBlank {
            let tokens = lines[lineIndex].tokens
            if ItemLine.isRule(tokens) { continue }
            var index = 0
            while index < tokens.count {
                // Most tokens are ruled out by their first byte (or two).
                guard spec.mayStart(tokens[index]) else {
                    index += 1
                    continue
                }
                var start = match(tokens, at: index, spec: spec)
                // `X.XX`, `X,XXX`: a single letter of a run glued to a longer run.
                if start == nil, index + 2 < tokens.count, tokens[index].kind == .word,
                   spec.runMinimum(tokens[index].normalized) != nil,
                   tokens[index + 1].isSymbol(",") || tokens[index + 1].isSymbol("."),
                   touches(tokens[index], tokens[index + 1]), touches(tokens[index + 1], tokens[index + 2]) {
                    start = match(tokens, at: index + 2, spec: spec)
                }
                if var end = start {
                    // `XX,XXX,XXX` and `X.XX` are one placeholder, not three.
                    while end + 1 < tokens.count, tokens[end].isSymbol(",") || tokens[end].isSymbol("."),
                          touches(tokens[end - 1], tokens[end]), touches(tokens[end], tokens[end + 1]),
                          let next = match(tokens, at: end + 1, spec: spec) {
                        end = next
                    }
                    result.append(Array(tokens[index..<end]))
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    private static func touches(_ a: Token, _ b: Token) -> Bool { a.span.end == b.span.start }

    /// A spec prepared for a lookup per token.
    struct Compiled: Sendable {
        /// The placeholder words, few enough to compare one by one (no hashing per token).
        var words: [String]
        var longestWord: Int
        /// The run characters with their least run length, compared one by one on bytes: hashing
        /// a symbol outside ASCII (most of a Japanese draft's) normalises it first.
        var runs: [(character: String, minimum: Int)]
        /// Indexed by the first UTF-8 byte of a token: whether a placeholder (a word, a run, a
        /// bracket) may start with it. Most tokens are ruled out by it.
        var mayStart: [Bool]
        /// The same for the first byte of a run character.
        var runFirst: [Bool]
        /// The first two bytes of each word, run character and bracket that does not start in
        /// ASCII: a kana or kanji shares its first byte with `〇` and `【`, rarely its second.
        var multiByteStarts = StartValueSet()
        /// A bit for each pair of ASCII bytes (the second 0 for a one-byte text) that may start a
        /// placeholder: `tb` (`tbd`), `xx` and `x` (a run of `x`), `[`. Most words of English
        /// prose pass the first-byte table (`the`, `to`, `that` start like `tbd`) but not this.
        var asciiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        var bracketedWords: Set<String>
        var emptyBrackets: Bool
        /// The scalars a symbol may be to start a placeholder: an opening bracket or a run
        /// character of one scalar (a symbol's normalized text is its one folded scalar, so no
        /// other symbol equals one of them). Most of a Japanese draft's punctuation (、。（）「」)
        /// shares its first two bytes with `【` or `＿` and passed the byte tests.
        var symbolStarts = StartValueSet()

        init(words specWords: Set<String>, runMinimum: [String: Int], bracketedWords: Set<String>, emptyBrackets: Bool) {
            words = specWords.sorted()
            longestWord = specWords.map(\.utf8.count).max() ?? 0
            runs = runMinimum.map { ($0.key, $0.value) }
            runFirst = Array(repeating: false, count: 256)
            for (character, _) in runs { if let byte = character.utf8.first { runFirst[Int(byte)] = true } }
            mayStart = runFirst
            for word in specWords { if let byte = word.utf8.first { mayStart[Int(byte)] = true } }
            for (opener, _) in PlaceholderFinder.brackets { if let byte = opener.utf8.first { mayStart[Int(byte)] = true } }
            for key in specWords.map({ $0 }) + runs.map(\.character) + PlaceholderFinder.brackets.map(\.open) {
                if let pair = Compiled.firstTwoBytes(key) { multiByteStarts.insert(UInt32(pair)) }
            }
            self.bracketedWords = bracketedWords
            self.emptyBrackets = emptyBrackets
            for text in PlaceholderFinder.brackets.map(\.open) + runs.map(\.character) {
                var scalars = text.unicodeScalars.makeIterator()
                if let first = scalars.next(), scalars.next() == nil { symbolStarts.insert(first.value) }
            }
            for word in specWords { allowPair(word) }
            for (character, _) in runs {
                allowPair(character)
                allowPair(character + character)
            }
            for (opener, _) in PlaceholderFinder.brackets { allowPair(opener) }
        }

        /// Lets a token that starts as `text` does through the pair test.
        private mutating func allowPair(_ text: String) {
            let pair = Token.asciiPair(of: text)
            if pair != Token.noPair { asciiPairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63) }
        }

        /// The first two bytes of a text that does not start in ASCII; nil for one that does.
        static func firstTwoBytes(_ text: String) -> UInt16? {
            // On the text's storage: its UTF-8 iterator cost four times as much (a Japanese word
            // that starts with a kana is looked at so).
            if let pair = text.utf8.withContiguousStorageIfAvailable({ bytes -> UInt16? in
                guard bytes.count >= 2, bytes[0] >= 0x80 else { return nil }
                return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
            }) {
                return pair
            }
            var bytes = text.utf8.makeIterator()
            guard let first = bytes.next(), first >= 0x80, let second = bytes.next() else { return nil }
            return UInt16(first) << 8 | UInt16(second)
        }

        /// Whether a placeholder may start with `token`: by its first two bytes when they are
        /// ASCII (``asciiPairs``); else a symbol when it is one of ``symbolStarts``, and a word
        /// when its first byte may start one and, outside ASCII, its first two bytes too
        /// (``multiByteStarts``).
        @inline(__always)
        func mayStart(_ token: Token) -> Bool {
            let pair = token.asciiPair
            if pair != Token.noPair { return asciiPairs[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0 }
            if token.kind == .symbol { return symbolStarts.contains(token.symbol.value) }
            let text = token.normalized
            guard let first = text.utf8.first, mayStart[Int(first)] else { return false }
            // A first byte that is ASCII and a second that is not (`t` and `à`) passes.
            guard first >= 0x80, let pair = Compiled.firstTwoBytes(text) else { return true }
            return multiByteStarts.contains(UInt32(pair))
        }

        /// The least run length of a run character, if `character` is one.
        func runMinimum(_ character: String) -> Int? {
            for run in runs where Token.same(run.character, character) { return run.minimum }
            return nil
        }
    }

    /// The brackets a placeholder may stand in, opener and closer.
    static let brackets: [(open: String, close: String)] = [("[", "]"), ("<", ">"), ("【", "】"), ("{", "}"), ("〔", "〕")]

    /// The closer of an opening bracket, if `text` is one.
    static func closer(of text: String) -> String? {
        for (open, close) in brackets where Token.same(open, text) { return close }
        return nil
    }

    private static func match(_ tokens: [Token], at index: Int, spec: Compiled) -> Int? {
        let token = tokens[index]
        if token.kind == .word {
            if token.normalized.utf8.count <= spec.longestWord, spec.words.contains(where: { Token.same($0, token.normalized) }) { return index + 1 }
            return run(tokens, at: index, spec: spec)
        }
        guard token.kind == .symbol else { return nil }
        guard let byte = token.normalized.utf8.first, byte < 0x30 || byte > 0x7A || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "?") else { return nil }
        // Brackets: `[insert …]`, `<insert …>`, `[ ]`, `【　】`, and `[XX]` as one placeholder.
        if let close = closer(of: token.normalized), index + 1 < tokens.count {
            let next = tokens[index + 1]
            if spec.emptyBrackets, Token.same(next.normalized, close) { return index + 2 }
            if next.kind == .word, spec.bracketedWords.contains(next.normalized) {
                var end = index + 2
                while end < tokens.count, !Token.same(tokens[end].normalized, close) { end += 1 }
                return min(end + 1, tokens.count)
            }
            if let inner = run(tokens, at: index + 1, spec: spec), inner < tokens.count, Token.same(tokens[inner].normalized, close) {
                return inner + 1
            }
            return nil
        }
        return run(tokens, at: index, spec: spec)
    }

    /// A run of a placeholder character (`XX`, `○○`, `___`, `●`) starting at `index`. For
    /// letters, the whole word must be made of that letter.
    private static func run(_ tokens: [Token], at index: Int, spec: Compiled) -> Int? {
        let token = tokens[index]
        guard let byte = token.normalized.utf8.first, spec.runFirst[Int(byte)] else { return nil }
        if token.kind == .word {
            // Scalar by scalar: a run (`xx`, `〇〇`) has no combining marks to count as characters.
            let scalars = token.normalized.unicodeScalars
            guard let first = scalars.first, scalars.allSatisfy({ $0 == first }),
                  let minimum = spec.runMinimum(String(first)), scalars.count >= minimum else { return nil }
            return index + 1
        }
        guard let minimum = spec.runMinimum(token.normalized) else { return nil }
        var end = index + 1
        while end < tokens.count, Token.same(tokens[end].normalized, token.normalized), touches(tokens[end - 1], tokens[end]) { end += 1 }
        guard end - index >= minimum else { return nil }
        // A lone bullet at the start of a line, followed by text, is a bullet.
        if index == 0, end - index == 1, end < tokens.count, !touches(tokens[index], tokens[end]) { return nil }
        return end
    }
}
