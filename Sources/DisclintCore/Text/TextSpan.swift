/// A piece of one line of a draft: its line number and where it starts and ends, as UTF-8 byte
/// offsets in the draft's text (the string its line is a substring of).
///
/// Spans are what the parser and the extractors pass around; they become a ``SourceRange``
/// (with columns counted in characters) only when a finding is reported. Offsets, not string
/// indices: a token holds one, and three 32-bit numbers where an `Int` and two indices were
/// make the token 40 bytes instead of 48 (the tokens of a 10 MB line were most of the memory it
/// took). Drafts are therefore at most 4 GiB (``maximumOffset``; `--max-file-size` is bounded).
package struct TextSpan: Hashable, Sendable {
    private var storedLine: UInt32
    /// The UTF-8 offset where the span starts in the draft's text.
    package var start: UInt32
    /// The UTF-8 offset just after the span.
    package var end: UInt32

    /// The largest offset a span holds: a draft is at most this many bytes.
    package static let maximumOffset = Int(UInt32.max)

    /// The 1-based line number.
    package var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// Its offsets as a range of integers.
    package var offsets: Range<Int> { Int(start)..<Int(end) }

    package init(line: Int, offsets: Range<Int>) {
        storedLine = UInt32(clamping: line)
        start = UInt32(clamping: offsets.lowerBound)
        end = UInt32(clamping: offsets.upperBound)
    }

    /// A span whose offsets are known to be at most ``maximumOffset`` (the tokenizer's: a draft
    /// is no larger), made without checks.
    @inline(__always)
    init(line: Int, start: Int, end: Int) {
        storedLine = UInt32(truncatingIfNeeded: line)
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
    }

    /// The span of `range`, indices of `text` (a line of a draft, or any string).
    package init(line: Int, range: Range<String.Index>, in text: Substring) {
        let utf8 = text.base.utf8
        self.init(line: line, offsets: utf8.distance(from: utf8.startIndex, to: range.lowerBound)
            ..< utf8.distance(from: utf8.startIndex, to: range.upperBound))
    }

    /// The span as indices of `text`, the line it is in (or any substring of the draft's text).
    package func range(in text: Substring) -> Range<String.Index> { TextSpan.indices(offsets, in: text) }

    /// UTF-8 offsets in the draft's text as indices of `text`, a substring of it (the stretch
    /// between two spans, from one's start to another's end).
    package static func indices(_ offsets: Range<Int>, in text: Substring) -> Range<String.Index> {
        let utf8 = text.base.utf8
        return utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)
    }

    /// The span as indices of `text`, the draft's text (or the line itself, for a line tokenized
    /// on its own).
    package func range(in text: String) -> Range<String.Index> { range(in: text[...]) }
}
