/// Where a run writes: standard output, standard error, and what it knows about the terminal.
package protocol Console: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Whether standard output is a terminal (colour is used only then).
    var outputIsTerminal: Bool { get }
    /// An environment variable (`NO_COLOR`).
    func environment(_ name: String) -> String?
    /// Standard input, read to its end.
    func readStandardInput() throws(FileReadError) -> [UInt8]
    /// Whether standard error is a terminal (the progress line is shown only then).
    var errorIsTerminal: Bool { get }
}

extension Console {
    /// By default, standard error is not a terminal: no progress line.
    package var errorIsTerminal: Bool { false }

    /// Writes `text` to standard output with its control characters made visible (its line ends
    /// kept): for text that quotes a draft, a rule pack, a path or an argument.
    package func writeVisible(_ text: String) { write(TerminalText.visible(text, keepingLineEnds: true)) }

    /// Writes `text` (an `Error: …` line) to standard error with its control characters made
    /// visible (its line ends kept): errors quote paths, ids, keys and arguments.
    package func writeVisibleError(_ text: String) { writeError(TerminalText.visible(text, keepingLineEnds: true)) }
}
