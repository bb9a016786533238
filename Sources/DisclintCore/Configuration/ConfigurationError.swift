/// Why a `.disclint.json` was refused: the file, where in it, the JSON path and what is wrong.
package struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    package var file: String
    package var location: SourceLocation?
    package var path: String
    package var reason: String

    package init(file: String, location: SourceLocation?, path: String, reason: String) {
        self.file = file
        self.location = location
        self.path = path
        self.reason = reason
    }

    init(_ error: RulePackError) {
        self.init(file: error.file, location: error.location, path: error.path, reason: error.reason)
    }

    /// `.disclint.json:3:14: $.rules.shares-exceed-cap: expected one of …`.
    package var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(path): \(reason)"
    }
}
