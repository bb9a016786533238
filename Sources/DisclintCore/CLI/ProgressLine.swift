/// `Linting 1,200/10,000 drafts…` on standard error during long runs, erased when done.
///
/// Shown only when standard error is a terminal, the run has more than ``threshold`` drafts, it
/// is not `--quiet`, and neither `CI` nor `NO_PROGRESS` is set: never on a pipe, in a log or in
/// CI. It is redrawn at most every ``step`` drafts.
package final class ProgressLine {
    static let threshold = 50
    static let step = 25

    private let console: Console
    private let total: Int
    private let shown: Bool
    private var done = 0
    private var drawn = false

    package init(console: Console, total: Int, enabled: Bool) {
        self.console = console
        self.total = total
        let ci = !(console.environment("CI") ?? "").isEmpty || !(console.environment("NO_PROGRESS") ?? "").isEmpty
        self.shown = enabled && total > ProgressLine.threshold && console.errorIsTerminal && !ci
    }

    /// One more draft is being linted.
    package func advance() {
        done += 1
        guard shown, done % ProgressLine.step == 1 || done == total else { return }
        console.writeError("\r\u{1B}[KLinting \(done)/\(total) drafts…")
        drawn = true
    }

    /// Erases the line (it is drawn again at the next step).
    package func finish() {
        guard drawn else { return }
        console.writeError("\r\u{1B}[K")
        drawn = false
    }
}
