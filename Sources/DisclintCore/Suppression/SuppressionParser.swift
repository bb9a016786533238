/// Finds the suppression comments of a draft: `<!-- disclint-KIND [rules] [-- reason] -->`,
/// one per comment, anywhere on a line.
package enum SuppressionParser {
    static let opener = "<!--"
    static let closer = "-->"
    static let prefix = "disclint-"

    /// The suppressions of `source`, in the order written.
    package static func suppressions(in source: SourceFile) -> [Suppression] {
        var result: [Suppression] = []
        guard mentionsPrefix(source.text) else { return result }
        for (offset, line) in source.lines.enumerated() where mentionsPrefix(line) {
            var rest = line[...]
            while let open = rest.range(of: opener) {
                let afterOpen = rest[open.upperBound...]
                let close = afterOpen.range(of: closer)
                let body = afterOpen[..<(close?.lowerBound ?? afterOpen.endIndex)]
                if let suppression = parse(body, line: offset + 1, in: line, from: open.lowerBound,
                                           to: close?.upperBound ?? line.endIndex) {
                    result.append(suppression)
                }
                guard let close else { break }
                rest = afterOpen[close.upperBound...]
            }
        }
        return result
    }

    /// Whether `disclint-` occurs, checked on UTF-8 bytes (most drafts have no suppression).
    static func mentionsPrefix<S: StringProtocol>(_ text: S) -> Bool {
        ByteSearch.contains(prefixBytes, in: text)
    }

    private static let prefixBytes = Array(prefix.utf8)

    static func parse(_ body: Substring, line: Int, in text: Substring, from start: String.Index, to end: String.Index) -> Suppression? {
        var content = body.trimmingSpaces
        guard content.hasPrefix(prefix) else { return nil }
        content = content.dropFirst(prefix.count)
        var reason: String?
        if let separator = content.range(of: " --") ?? content.range(of: "\t--") {
            let text = content[separator.upperBound...].trimmingSpaces
            reason = text.isEmpty ? nil : String(text)
            content = content[..<separator.lowerBound]
        }
        let words = content.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return nil }
        let kind: Suppression.Kind
        switch first {
        case "disable": kind = .disable
        case "enable": kind = .enable
        case "disable-next-line": kind = .nextLine
        case "disable-file": kind = .file
        default: return nil
        }
        var rules = Array(words.dropFirst())
        if rules == ["all"] { rules = [] }
        let range = SourceRange(
            start: SourceLocation(line: line, column: text[text.startIndex..<start].count + 1),
            end: SourceLocation(line: line, column: text[text.startIndex..<end].count + 1))
        return Suppression(kind: kind, rules: rules, reason: reason, range: range)
    }
}

extension Substring {
    /// The first occurrence of `needle`, compared by characters.
    func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
