import DisclintCore

/// A `Console` for running `CommandLineTool` in-process: it captures what the run writes to
/// standard output and standard error, and fakes the terminal, the environment and stdin.
final class TestConsole: Console {
    /// Everything written to standard output.
    private(set) var stdout = ""
    /// Everything written to standard error.
    private(set) var stderr = ""
    /// Whether standard output pretends to be a terminal.
    var outputIsTerminal: Bool
    /// The environment the run sees (nothing of the real process environment leaks in).
    var variables: [String: String]
    /// What standard input yields, or the error reading it throws.
    var standardInput: Result<[UInt8], FileReadError>

    init(terminal: Bool = false, environment: [String: String] = [:], stdin: String = "") {
        self.outputIsTerminal = terminal
        self.variables = environment
        self.standardInput = .success(Array(stdin.utf8))
    }

    func write(_ text: String) { stdout += text }
    func writeError(_ text: String) { stderr += text }
    func environment(_ name: String) -> String? { variables[name] }
    func readStandardInput() throws(FileReadError) -> [UInt8] { try standardInput.get() }
}

/// The outcome of one in-process run of the command.
struct RunResult {
    var status: ExitStatus
    var stdout: String
    var stderr: String
}

/// Runs `disclint` with `arguments` in-process on `console`.
func runTool(_ arguments: [String], console: TestConsole = TestConsole()) -> RunResult {
    let status = CommandLineTool.run(arguments, console: console)
    return RunResult(status: status, stdout: console.stdout, stderr: console.stderr)
}
