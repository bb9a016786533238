@testable import DisclintCore

/// The tokenizer of lines that are not all ASCII as it was written on `Substring`'s scalar
/// view (before it read UTF-8 bytes): the oracle that ``UnicodeTokenizerTests`` holds the
/// byte-level ``Tokenizer/unicodeTokens(in:number:)`` to, token for token. Kept verbatim but
/// for its name and the `Tokenizer.` before what it shares with the tokenizer.
enum ScalarTokenizerReference {
    static func tokens(in line: Substring, number: Int) -> [Token] {
        var tokens: [Token] = []
        let scalars = line.unicodeScalars
        // Spans are UTF-8 offsets in the whole text the line is cut from (``TextSpan``).
        let utf8 = line.base.utf8
        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Tokenizer.isSpace(scalar) {
                index = scalars.index(after: index)
            } else if Tokenizer.digitValue(scalar) != nil {
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
            } else if Tokenizer.isLetter(scalar) {
                let cjk = Tokenizer.isCJK(scalar)
                if cjk, tokens.last?.kind != .number, let (end, joined) = letterSpacedRun(scalars, from: index) {
                    tokens.append(Token(kind: .word, text: line[index..<end], normalized: Tokenizer.fold(joined),
                                        span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                    index = end
                    continue
                }
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    let next = scalars[end]
                    if Tokenizer.isMark(next) {
                        end = scalars.index(after: end)
                    } else if Tokenizer.isLetter(next) {
                        // Japanese and Latin letters written together are two words: `当社はToSTNeT`.
                        guard Tokenizer.isCJK(next) == cjk else { break }
                        end = scalars.index(after: end)
                    } else if !cjk, next == "'" || next == "’" {
                        let after = scalars.index(after: end)
                        if after < scalars.endIndex, Tokenizer.isLetter(scalars[after]), !Tokenizer.isCJK(scalars[after]) { end = after } else { break }
                    } else {
                        break
                    }
                }
                if cjk {
                    appendJapaneseWord(line, index..<end, number: number, to: &tokens)
                } else {
                    let text = line[index..<end]
                    tokens.append(Token(kind: .word, text: text, normalized: Tokenizer.fold(text),
                                        span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                }
                index = end
            } else {
                // A symbol is one scalar: folded as ``fold(_:)`` folds, without cutting its text.
                let end = scalars.index(after: index)
                let folded = Tokenizer.foldScalar(scalar)
                tokens.append(Token(symbol: folded, traits: Token.Traits(symbol: scalar), normalized: String(Character(folded)),
                                    span: TextSpan(line: number, offsets: offset(index)..<offset(end))))
                index = end
            }
        }
        return tokens
    }

    /// Appends the word `line[range]` of Japanese letters, split into counters after a number,
    /// the rest, and an era name before a year.
    static func appendJapaneseWord(_ line: Substring, _ range: Range<String.Index>, number: Int, to tokens: inout [Token]) {
        let scalars = line.unicodeScalars
        var start = range.lowerBound
        func append(_ end: String.Index) {
            guard start < end else { return }
            let text = line[start..<end]
            tokens.append(Token(kind: .word, text: text, normalized: Tokenizer.fold(text), span: TextSpan(line: number, range: start..<end, in: line)))
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
            if let end = prefix(Tokenizer.scaleCounters) {
                append(end)
                if let unit = prefix(Tokenizer.unitCounters) { append(unit) }
            } else if let end = prefix(Tokenizer.unitCounters) ?? prefix(Tokenizer.dateCounters) {
                append(end)
            }
        }
        // An era name at the end, when a year (digits, or `元年` in the word) comes next. Era
        // names end in 和 or 成, `元年` in 年: other words are ruled out at once.
        guard start < range.upperBound else { return }
        let last = scalars[scalars.index(before: range.upperBound)]
        if last == "和" || last == "成" {
            var next = range.upperBound
            while next < scalars.endIndex, Tokenizer.isSpace(scalars[next]) { next = scalars.index(after: next) }
            if next < scalars.endIndex, Tokenizer.digitValue(scalars[next]) != nil,
               let era = Tokenizer.eraNames.lazy.compactMap({ suffix($0, before: range.upperBound) }).first {
                append(era)
            }
        } else if last == "年", let year = suffix(Tokenizer.firstYear, before: range.upperBound),
                  let era = Tokenizer.eraNames.lazy.compactMap({ suffix($0, before: year) }).first {
            append(era)
            append(year)
        }
        append(range.upperBound)
    }


    /// Text pasted from a PDF spaces out the letters of a label: `取 得 期 間`. A run of at least
    /// three Japanese characters, each alone between single spaces (ASCII or ideographic), is one
    /// word: its end and its letters without the spaces. Nil when `scalars[start]` starts no such run.
    static func letterSpacedRun(_ scalars: Substring.UnicodeScalarView, from start: String.Index) -> (String.Index, String)? {
        // Most words are longer than one character: ruled out at the second scalar.
        let second = scalars.index(after: start)
        guard second < scalars.endIndex, scalars[second] == " " || scalars[second] == "\u{3000}" else { return nil }
        var position = start
        var end = start
        var pieces = 0
        while position < scalars.endIndex, Tokenizer.isCJK(scalars[position]), Tokenizer.isLetter(scalars[position]) {
            let after = scalars.index(after: position)
            if after < scalars.endIndex {
                let next = scalars[after]
                // A piece of more than one character (or a letter then digits) ends the run.
                if Tokenizer.isLetter(next) || Tokenizer.isMark(next) || Tokenizer.digitValue(next) != nil { break }
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

    static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }
    static func isPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    static func scanNumber(
        _ scalars: Substring.UnicodeScalarView, from start: String.Index, decimals: Bool
    ) -> (String.Index, String) {
        var normalized = ""
        var index = start
        func digits(from position: String.Index) -> (String.Index, String) {
            var end = position
            var text = ""
            while end < scalars.endIndex, let value = Tokenizer.digitValue(scalars[end]) {
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
                && scalars.index(after: end) < scalars.endIndex && Tokenizer.digitValue(scalars[scalars.index(after: end)]) != nil
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
