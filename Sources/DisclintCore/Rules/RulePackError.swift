/// Why a JSON input (a rule pack, a `.disclint.json`, a baseline) was refused: the file, the
/// position, the JSON path and the reason. A refused pack is never half-loaded.
package struct RulePackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pack's file, as given (`rules/tse-buyback-results.json`).
    package var file: String
    /// Where in the file, when known.
    package var location: SourceLocation?
    /// The JSON path of the offending value, e.g. `$.rules[3].severity`.
    package var path: String
    /// What is wrong.
    package var reason: String

    package init(file: String, location: SourceLocation?, path: String, reason: String) {
        self.file = file
        self.location = location
        self.path = path
        self.reason = reason
    }

    /// `rules/x.json:12:5: $.rules[3].severity: expected one of error, warning, note, got 'fatal'`.
    package var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(path): \(reason)"
    }
}
