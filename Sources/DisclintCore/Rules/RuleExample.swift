/// A draft a rule must fire on (triggering) or stay silent on (non-triggering): the suite runs
/// every one.
///
/// An example is a whole draft (`text`, a string or an array of lines) or the pack's
/// `exampleDocument` with edits (`edit: [{find, replace}]`). A `↓` in the text or in a
/// replacement marks where the finding must start.
package struct RuleExample: Sendable {
    /// The draft, with the `↓` marker removed.
    package var text: String
    /// Where the finding must start, if the example marks it.
    package var marker: SourceLocation?
    /// Where the example is in the pack, e.g. `$.rules[3].examples.triggering[0]`.
    package var path: String
    /// What the example is, in one line: its edits of the example document, or its first line.
    package var summary: String {
        (givenSummary ?? String(text.split(separator: "\n").first { !$0.trimmingSpaces.isEmpty }?.trimmingSpaces ?? "")).replacingMarker()
    }
    /// The summary given when the example was made (its edits); else its first line is used,
    /// found only when asked for (loading a pack does not pay for it).
    private var givenSummary: String?

    package init(text: String, path: String, summary: String? = nil) {
        self.path = path
        self.givenSummary = summary
        // Most examples have no marker: keep their text as it is (pack loading stays cheap).
        guard text.hasMarker, let markerRange = text.range(of: "↓") else {
            self.text = text
            self.marker = nil
            return
        }
        let before = text[..<markerRange.lowerBound]
        // Lines end at LF (alone or after CR), found on bytes; the column counts characters.
        var line = 1
        var lineStart = before.startIndex
        let utf8 = before.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            line += 1
            index = utf8.index(after: newline)
            lineStart = index
        }
        self.marker = SourceLocation(line: line, column: before[lineStart...].count + 1)
        self.text = String(before) + String(text[markerRange.upperBound...]).replacingMarker()
    }

    /// Reads an example; a field that only checks (``JSONField/builds``) applies the edits, which
    /// must each find their text, but makes no example: it gives ``unbuilt``.
    static func decode(_ field: JSONField, base: String?) throws(RulePackError) -> RuleExample {
        if field.value.kind == .string { return field.builds ? RuleExample(text: field.value.string!, path: field.path) : .unbuilt }
        let members = try field.object(allowed: ["text", "edit"])
        if let text = members["text"] {
            let lines = try RuleExample.lines(text)
            return field.builds ? RuleExample(text: lines, path: field.path) : .unbuilt
        }
        guard let edits = members["edit"] else { throw field.error("expected 'text' or 'edit'") }
        guard var text = base else { throw edits.error("an 'edit' example needs the pack's 'exampleDocument'") }
        var changes: [String] = []
        let list = try edits.array()
        for (position, edit) in list.enumerated() {
            let pair = try edit.object(allowed: ["find", "replace"], required: ["find", "replace"])
            let find = try pair["find"]!.nonEmptyString()
            let replace = try pair["replace"]!.string()
            guard let range = text.range(of: find) else {
                throw pair["find"]!.error("'\(find)' does not occur in the exampleDocument")
            }
            // A pass that only checks needs the edited text only for the next edit to look in.
            guard field.builds || position < list.count - 1 else { continue }
            text.replaceSubrange(range, with: replace)
            guard field.builds else { continue }
            func shown(_ text: String) -> String { text.isEmpty ? "nothing" : "'\(text.trimmingSpaces)'" }
            changes.append("\(shown(find)) → \(shown(replace))")
        }
        guard field.builds else { return .unbuilt }
        return RuleExample(text: text, path: field.path,
                           summary: "the example document with " + changes.joined(separator: ", "))
    }

    /// What stands for an example in a pass that only checks.
    static let unbuilt = RuleExample(text: "", path: "")

    /// A string, or an array of lines joined with newlines.
    static func lines(_ field: JSONField) throws(RulePackError) -> String {
        if let text = field.value.string { return text }
        var lines: [String] = []
        for item in try field.array() { lines.append(try item.string()) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text with every `target` replaced.
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }

    /// The text without the `↓` marker.
    func replacingMarker() -> String { hasMarker ? String(filter { $0 != "↓" }) : self }

    /// Whether the text has a `↓` (U+2193, UTF-8 E2 86 93), checked on bytes.
    var hasMarker: Bool { ByteSearch.contains(String.markerBytes, in: self) }

    private static let markerBytes: [UInt8] = [0xE2, 0x86, 0x93]

    /// The first occurrence of `needle` (compared byte for byte in UTF-8).
    func range(of needle: String) -> Range<String.Index>? { ByteSearch.firstRange(of: needle, in: self) }
}
