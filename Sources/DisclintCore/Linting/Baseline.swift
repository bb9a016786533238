/// Findings accepted when disclint was adopted, so that a run fails only on new ones.
///
/// A finding is matched by its file, its rule and the text it quotes (the draft's text at its
/// range), not by its line: adding a paragraph above an old finding does not make it new, but
/// changing the figure it is about does. Each recorded finding hides one finding.
///
///     {"version": 1, "findings": [{"path": "archive/2019-09.txt", "rule": "missing-forward-looking-notice",
///                                   "text": "(Reference)"}]}
package struct Baseline: Sendable {
    package struct Entry: Hashable, Sendable {
        package var path: String
        package var rule: String
        package var text: String
    }

    package static let supportedVersion = 1
    private var counts: [Entry: Int] = [:]

    package init(entries: [Entry] = []) {
        for entry in entries { counts[entry, default: 0] += 1 }
    }

    /// The entry that records a finding of a file.
    package static func entry(for diagnostic: Diagnostic, in file: FileResult) -> Entry {
        let line = file.source.line(diagnostic.range.start.line)
        let characters = Array(line)
        let start = max(0, min(diagnostic.range.start.column - 1, characters.count))
        let end = diagnostic.range.end.line == diagnostic.range.start.line
            ? max(start, min(diagnostic.range.end.column - 1, characters.count)) : characters.count
        var text = String(characters[start..<end]).trimmingSpaces
        if text.isEmpty { text = line.trimmingSpaces }
        return Entry(path: file.path, rule: diagnostic.rule, text: String(text))
    }

    /// The results without the findings this baseline records, and how many were hidden.
    package func filter(_ results: [FileResult]) -> (results: [FileResult], hidden: Int) {
        var remaining = counts
        var hidden = 0
        let filtered = results.map { file -> FileResult in
            var kept = file
            kept.diagnostics = file.diagnostics.filter { diagnostic in
                let entry = Baseline.entry(for: diagnostic, in: file)
                guard let count = remaining[entry], count > 0 else { return true }
                remaining[entry] = count - 1
                hidden += 1
                return false
            }
            return kept
        }
        return (filtered, hidden)
    }

    /// The baseline file recording every finding of `results`, sorted.
    package static func encode(_ results: [FileResult]) -> String {
        let entries = results.flatMap { file in file.diagnostics.map { entry(for: $0, in: file) } }
            .sorted { ($0.path, $0.rule, $0.text) < ($1.path, $1.rule, $1.text) }
        var json = JSONWriter()
        json.open("{")
        json.number(supportedVersion, key: "version")
        json.open("[", key: "findings")
        for entry in entries {
            json.open("{")
            json.string(entry.path, key: "path")
            json.string(entry.rule, key: "rule")
            json.string(entry.text, key: "text")
            json.close("}")
        }
        json.close("]")
        json.close("}")
        return json.text + "\n"
    }

    /// Reads a baseline file.
    package static func decode(file: String, text: String) throws(ConfigurationError) -> Baseline {
        let members = try JSONField.root(file: file, text: text).object(allowed: ["version", "findings"], required: ["version", "findings"])
        let version = try members["version"]!.integer(in: 0...Int.max - 1)
        guard version == supportedVersion else {
            throw members["version"]!.error("unsupported baseline version \(version) (this disclint reads version \(supportedVersion))")
        }
        var entries: [Entry] = []
        for item in try members["findings"]!.array() {
            let fields = try item.object(allowed: ["path", "rule", "text"], required: ["path", "rule", "text"])
            entries.append(Entry(path: try fields["path"]!.string(), rule: try fields["rule"]!.string(), text: try fields["text"]!.string()))
        }
        return Baseline(entries: entries)
    }
}
