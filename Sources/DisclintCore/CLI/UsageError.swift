/// A command line disclint cannot run: printed as `Error: …`, then the usage, exit 64.
package struct UsageError: Error, Equatable, Sendable {
    package var message: String
    /// The subcommand whose usage to print.
    package var command: String

    package init(_ message: String, command: String = "lint") {
        self.message = message
        self.command = command
    }
}
