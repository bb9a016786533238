/// Splits a Japanese line that holds what were many lines into the stretches the parser reads
/// as lines: a release pasted from a PDF as one line, or a header and its items run together
/// (`2025年6月3日 各位 … 記 1. 取得対象株式の種類 当社普通株式 2. 取得した株式の総数 412,300株 …
/// (ご参考) … 以上`).
///
/// A stretch starts, after white space, at an item number (`1.`, `(1)`, `①`, `１．`), at `記`,
/// `以上` or `（ご参考）`/`（参考）`, after a sentence's `。`, or after a date that opens the line
/// (the dateline). Each stretch keeps its line number and its tokens' places, so findings still
/// point at the line and column of the draft; the line itself is still what checks read.
package enum LineSegmenter {
    /// Lines with fewer tokens than this are left whole (a line of a release is short).
    static let minimumTokens = 40

    package static func segments(of lines: [Line]) -> [Line] {
        guard lines.contains(where: { !$0.isASCII && $0.tokens.count >= minimumTokens }) else { return lines }
        return lines.flatMap { line in
            line.isASCII || line.tokens.count < minimumTokens ? [line] : split(line)
        }
    }

    static func split(_ line: Line) -> [Line] {
        let tokens = line.tokens
        var starts = [0]
        // The dateline that opens a line.
        if let date = DateExtractor.mention(in: tokens, at: 0), date.tokenRange.upperBound < tokens.count,
           spaced(tokens, before: date.tokenRange.upperBound) {
            starts.append(date.tokenRange.upperBound)
        }
        for index in 1..<tokens.count where index > starts.last! {
            let spacedBefore = spaced(tokens, before: index)
            let afterSentence = tokens[index - 1].isSymbol("。")
            guard spacedBefore || afterSentence else { continue }
            if afterSentence || startsPart(tokens, at: index) || ItemLine.numbering(tokens, at: index) != nil {
                starts.append(index)
            }
        }
        guard starts.count > 1 else { return [line] }
        return zip(starts, starts.dropFirst() + [tokens.count]).map { start, end in
            let slice = Array(tokens[start..<end])
            let text = line.text[TextSpan.indices(Int(slice.first!.span.start)..<Int(slice.last!.span.end), in: line.text)]
            return Line(number: line.number, text: text, tokens: slice, isASCII: false)
        }
    }

    /// Whether white space stands between `tokens[index - 1]` and `tokens[index]`.
    static func spaced(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        return tokens[index - 1].span.end < tokens[index].span.start
    }

    /// `記`, `以上`, `（ご参考）`, `（参考）`: the marks that open or close a release's parts.
    static func startsPart(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        if token.isWord("記") || token.isWord("以上") { return true }
        guard token.isSymbol("("), index + 1 < tokens.count else { return false }
        return tokens[index + 1].isWord("ご参考") || tokens[index + 1].isWord("参考")
    }
}
