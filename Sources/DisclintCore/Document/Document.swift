/// A draft read as a release of one kind: its lines, the parts it has and the sections found.
package struct Document: Sendable {
    package var source: SourceFile
    package var lines: [Line]
    /// The pack whose kind the draft is.
    package var pack: RulePack
    /// Every section found, in the order written (a section may be found more than once).
    package var sections: [Section]
    /// The line each part of the draft starts on.
    package var scopeStarts: [Scope: Int]
    /// The last line of the last section's value: where the body ends.
    package var bodyEnd: Int

    /// The sections with an id, in the order written.
    package func sections(_ id: String) -> [Section] { sections.filter { $0.id == id } }

    /// Whether a section with an id was found (without making the list of them).
    package func has(_ id: String) -> Bool { sections.contains { $0.id == id } }

    /// The first section with an id.
    package func first(_ id: String) -> Section? { sections.first { $0.id == id } }

    // MARK: - Ranges and text

    /// The column (1-based, in characters) of a string index in a line.
    package func column(_ index: String.Index, line: Int) -> Int {
        let text = self.text(ofLine: line)
        guard index >= text.startIndex else { return 1 }
        return text[text.startIndex..<min(index, text.endIndex)].count + 1
    }

    /// A line as read (markup masked): the text token indices point into.
    package func text(ofLine number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1].text : ""
    }

    /// The source range from the first to the last token.
    package func range(of tokens: some Collection<Token>) -> SourceRange? {
        guard let first = tokens.first, let last = tokens.reversed().first else { return nil }
        return SourceRange(
            start: SourceLocation(line: first.span.line, column: column(first.span.range.lowerBound, line: first.span.line)),
            end: SourceLocation(line: last.span.line, column: column(last.span.range.upperBound, line: last.span.line)))
    }

    /// The tokens' text as the draft writes it (lines joined with a space).
    package func text(of tokens: some Collection<Token>) -> String {
        var parts: [String] = []
        var current: (line: Int, start: String.Index, end: String.Index)?
        for token in tokens {
            if let open = current, open.line == token.span.line {
                current = (open.line, open.start, token.span.range.upperBound)
            } else {
                if let open = current { parts.append(String(text(ofLine: open.line)[open.start..<open.end])) }
                current = (token.span.line, token.span.range.lowerBound, token.span.range.upperBound)
            }
        }
        if let open = current { parts.append(String(text(ofLine: open.line)[open.start..<open.end])) }
        return parts.joined(separator: " ")
    }

    /// Where a missing section of a part belongs: the start of that part, or after the part
    /// before it, or the top of the draft.
    package func anchorLine(for scope: Scope) -> Int {
        switch scope {
        case .results, .resolution, .cumulative:
            if let line = scopeStarts[scope] { return line }
            if scope != .results, let resultsStart = scopeStarts[.results] {
                let last = sections.filter { $0.scope == .results }.map { ($0.valueTokens.last ?? $0.labelTokens.last)?.span.line ?? resultsStart }.max()
                return min(lines.count, (last ?? resultsStart) + 1)
            }
            return scopeStarts[.results] ?? 1
        case .preamble:
            return 1
        case .any, .trailer:
            return min(max(1, bodyEnd + 1), max(1, lines.count))
        }
    }
}
