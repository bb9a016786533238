/// The exit status of a run; documented in `--help` and the README.
package enum ExitStatus: Int32, Sendable {
    /// No finding at or above the failing severity.
    case success = 0
    /// Some finding at or above the failing severity (`--fail-on`, default `error`).
    case findings = 1
    /// A draft or a rule pack could not be read (the other drafts were still linted and reported),
    /// or the report could not be written to the `--output` file.
    case unreadable = 2
    /// Bad usage: an unknown option, a missing argument (`EX_USAGE`).
    case usage = 64
}
