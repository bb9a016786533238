/// Why a draft could not be read: `Error: cannot read 'x': reason`.
package struct FileReadError: Error, Equatable, Sendable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var message: String { "cannot read '\(path)': \(reason)" }
}
