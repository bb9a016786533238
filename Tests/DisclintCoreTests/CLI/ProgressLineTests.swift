import DisclintCore
import Testing

@Suite("ProgressLine")
struct ProgressLineTests {
    /// A console whose standard error may be a terminal.
    final class TerminalConsole: Console {
        var stderr = ""
        let errorIsTerminal: Bool
        let variables: [String: String]
        init(terminal: Bool, environment: [String: String] = [:]) {
            errorIsTerminal = terminal
            variables = environment
        }
        func write(_ text: String) {}
        func writeError(_ text: String) { stderr += text }
        var outputIsTerminal: Bool { false }
        func environment(_ name: String) -> String? { variables[name] }
        func readStandardInput() throws(FileReadError) -> [UInt8] { [] }
    }

    static func run(_ console: TerminalConsole, total: Int, enabled: Bool = true) {
        let progress = ProgressLine(console: console, total: total, enabled: enabled)
        for _ in 0..<total { progress.advance() }
        progress.finish()
    }

    @Test("a long run on a terminal shows a progress line and erases it")
    func shown() {
        let console = TerminalConsole(terminal: true)
        Self.run(console, total: 200)
        #expect(console.stderr.contains("Linting 1/200 drafts…"))
        #expect(console.stderr.contains("Linting 200/200 drafts…"))
        #expect(console.stderr.hasSuffix("\r\u{1B}[K"))
    }

    @Test("never on a pipe, in CI, with --quiet or for a short run", arguments: [
        (false, [:], true, 200), (true, ["CI": "true"], true, 200), (true, ["NO_PROGRESS": "1"], true, 200),
        (true, [:], false, 200), (true, [:], true, 10),
    ] as [(Bool, [String: String], Bool, Int)])
    func hidden(_ terminal: Bool, _ environment: [String: String], _ enabled: Bool, _ total: Int) {
        let console = TerminalConsole(terminal: terminal, environment: environment)
        Self.run(console, total: total, enabled: enabled)
        #expect(console.stderr.isEmpty)
    }
}
