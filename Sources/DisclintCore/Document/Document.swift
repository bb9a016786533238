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

    /// The column (1-based, in characters) of a UTF-8 offset in the draft's text (``TextSpan``),
    /// in a line: the line's start or end when the offset is outside it.
    package func column(offset: Int, line: Int) -> Int {
        let text = self.text(ofLine: line)
        let utf8 = text.base.utf8
        let lineStart = utf8.distance(from: utf8.startIndex, to: text.startIndex)
        let inLine = min(max(offset - lineStart, 0), text.utf8.count)
        return column(text.utf8.index(text.startIndex, offsetBy: inLine), line: line)
    }

    /// A line as read (markup masked): the text token indices point into.
    package func text(ofLine number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1].text : ""
    }

    /// The source range from the first to the last token.
    package func range(of tokens: some Collection<Token>) -> SourceRange? {
        guard let first = tokens.first, let last = tokens.reversed().first else { return nil }
        return SourceRange(
            start: SourceLocation(line: first.span.line, column: column(offset: Int(first.span.start), line: first.span.line)),
            end: SourceLocation(line: last.span.line, column: column(offset: Int(last.span.end), line: last.span.line)))
    }

    /// The tokens' text as the draft writes it (lines joined with a space).
    package func text(of tokens: some Collection<Token>) -> String {
        var parts: [String] = []
        var current: TextSpan?
        func append(_ span: TextSpan) {
            let text = text(ofLine: span.line)
            parts.append(String(text[span.range(in: text)]))
        }
        for token in tokens {
            if var open = current, open.line == token.span.line {
                open.end = token.span.end
                current = open
            } else {
                if let open = current { append(open) }
                current = token.span
            }
        }
        if let open = current { append(open) }
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
