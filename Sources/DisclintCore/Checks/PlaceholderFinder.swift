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
        for line in lines where !line.isBlank {
            let tokens = line.tokens
            if ItemLine(tokens).isRule { continue }
            var index = 0
            while index < tokens.count {
                var start = match(tokens, at: index, spec: spec)
                // `X.XX`, `X,XXX`: a single letter of a run glued to a longer run.
                if start == nil, index + 2 < tokens.count, tokens[index].kind == .word,
                   spec.runs.contains(where: { $0.character == tokens[index].normalized }),
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

    private static func touches(_ a: Token, _ b: Token) -> Bool { a.span.range.upperBound == b.span.range.lowerBound }

    private static func match(_ tokens: [Token], at index: Int, spec: PlaceholderSpec) -> Int? {
        let token = tokens[index]
        if token.kind == .word, spec.words.contains(token.normalized) { return index + 1 }
        // Brackets: `[insert …]`, `<insert …>`, `[ ]`, `【　】`, and `[XX]` as one placeholder.
        if ["[", "<", "【", "{", "〔"].contains(token.normalized), index + 1 < tokens.count {
            let closer: [String: String] = ["[": "]", "<": ">", "【": "】", "{": "}", "〔": "〕"]
            let close = closer[token.normalized]!
            let next = tokens[index + 1]
            if spec.emptyBrackets, next.normalized == close { return index + 2 }
            if next.kind == .word, spec.bracketedWords.contains(next.normalized) {
                var end = index + 2
                while end < tokens.count, tokens[end].normalized != close { end += 1 }
                return min(end + 1, tokens.count)
            }
            if let inner = run(tokens, at: index + 1, spec: spec), inner < tokens.count, tokens[inner].normalized == close {
                return inner + 1
            }
            return nil
        }
        return run(tokens, at: index, spec: spec)
    }

    /// A run of a placeholder character (`XX`, `○○`, `___`, `●`) starting at `index`.
    private static func run(_ tokens: [Token], at index: Int, spec: PlaceholderSpec) -> Int? {
        let token = tokens[index]
        for (character, minimum) in spec.runs {
            if token.kind == .word {
                let text = token.normalized
                if text.count >= minimum, text.allSatisfy({ String($0) == character }) { return index + 1 }
                continue
            }
            guard token.normalized == character else { continue }
            var end = index + 1
            while end < tokens.count, tokens[end].normalized == character, touches(tokens[end - 1], tokens[end]) { end += 1 }
            guard end - index >= minimum else { continue }
            // A lone bullet at the start of a line, followed by text, is a bullet.
            if index == 0, end - index == 1, end < tokens.count, !touches(tokens[index], tokens[end]) { return nil }
            return end
        }
        return nil
    }
}
