import DisclintCore
import Testing

@Suite("ArgumentParser")
struct ArgumentParserTests {
    static func lint(_ configure: (inout LintOptions) -> Void) -> ArgumentParser.Command {
        var options = LintOptions()
        configure(&options)
        return .lint(options)
    }

    @Test("reads lint options, as --name value or --name=value")
    func options() throws {
        #expect(try ArgumentParser.parse(["a.md"]) == Self.lint { $0.paths = ["a.md"] })
        #expect(try ArgumentParser.parse(["lint", "a.md", "b.txt"]) == Self.lint { $0.paths = ["a.md", "b.txt"] })
        #expect(try ArgumentParser.parse(["--format", "json", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.format = .json })
        #expect(try ArgumentParser.parse(["a.md", "--format=json"]) == Self.lint { $0.paths = ["a.md"]; $0.format = .json })
        #expect(try ArgumentParser.parse(["--fail-on", "note", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.failOn = .note; $0.failOnGiven = true })
        #expect(try ArgumentParser.parse(["--rules", "x", "--rules=y", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.ruleDirectories = ["x", "y"] })
        #expect(try ArgumentParser.parse(["--color", "always", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.color = .always })
        #expect(try ArgumentParser.parse(["--no-color", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.color = .never })
        #expect(try ArgumentParser.parse(["-q", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.quiet = true })
        #expect(try ArgumentParser.parse(["--quiet", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.quiet = true })
        #expect(try ArgumentParser.parse(["--max-file-size", "100", "a.md"]) == Self.lint { $0.paths = ["a.md"]; $0.maximumFileSize = 100 })
        #expect(try ArgumentParser.parse(["-", "--stdin-name", "d.md"]) == Self.lint { $0.paths = ["-"]; $0.stdinName = "d.md" })
    }

    @Test("the defaults: human format, fail on errors, colour auto, stdin named <stdin>")
    func defaults() {
        let options = LintOptions()
        #expect(options.format == .human)
        #expect(options.failOn == .error)
        #expect(options.color == .auto)
        #expect(options.stdinName == "<stdin>")
        #expect(!options.quiet)
        #expect(options.maximumFileSize == CommandLineTool.defaultMaximumFileSize)
    }

    @Test("'--' ends the options")
    func endOfOptions() throws {
        #expect(try ArgumentParser.parse(["--", "-draft.md", "--help"]) == Self.lint { $0.paths = ["-draft.md", "--help"] })
    }

    @Test("reads the subcommands")
    func subcommands() throws {
        #expect(try ArgumentParser.parse(["rules"]) == .rules(ruleDirectories: []))
        #expect(try ArgumentParser.parse(["rules", "--rules", "d"]) == .rules(ruleDirectories: ["d"]))
        #expect(try ArgumentParser.parse(["explain", "shares-exceed-cap"]) == .explain(rule: "shares-exceed-cap", ruleDirectories: []))
        #expect(try ArgumentParser.parse(["dump", "a.md"]) == .dump(path: "a.md", ruleDirectories: []))
        #expect(try ArgumentParser.parse(["help"]) == .help(command: nil))
        #expect(try ArgumentParser.parse(["help", "explain"]) == .help(command: "explain"))
        #expect(try ArgumentParser.parse(["--help"]) == .help(command: "lint"))
        #expect(try ArgumentParser.parse(["explain", "-h"]) == .help(command: "explain"))
        #expect(try ArgumentParser.parse(["--version"]) == .version)
    }

    @Test("refuses bad usage with a message and the subcommand whose usage to show", arguments: [
        (["--frobnicate", "a.md"], "Unknown option '--frobnicate'", "lint"),
        (["-x", "a.md"], "Unknown option '-x'", "lint"),
        ([], "Missing expected argument '<path> ...'", "lint"),
        (["--format"], "Missing value for '--format'", "lint"),
        (["--format", "xml", "a.md"], "The value 'xml' is invalid for '--format' (values: human, json, sarif, github, checkstyle, junit)", "lint"),
        (["--fail-on", "fatal", "a.md"], "The value 'fatal' is invalid for '--fail-on'", "lint"),
        (["--color=sometimes", "a.md"], "The value 'sometimes' is invalid for '--color'", "lint"),
        (["--max-file-size", "0", "a.md"], "The value '0' is invalid for '--max-file-size'", "lint"),
        (["--max-file-size", "ten", "a.md"], "The value 'ten' is invalid for '--max-file-size'", "lint"),
        (["--max-file-size", "4294967296", "a.md"], "The value '4294967296' is invalid for '--max-file-size'", "lint"),
        (["--quiet=yes", "a.md"], "The option '--quiet' takes no value", "lint"),
        (["--no-color=1", "a.md"], "The option '--no-color' takes no value", "lint"),
        (["rules", "extra"], "Unexpected argument 'extra'", "rules"),
        (["explain"], "Missing expected argument '<rule-id>'", "explain"),
        (["explain", "a", "b"], "Unexpected argument 'b'", "explain"),
        (["dump"], "Missing expected argument '<path>'", "dump"),
        (["explain", "--bogus", "a"], "Unknown option '--bogus'", "explain"),
    ] as [([String], String, String)])
    func usageErrors(_ arguments: [String], _ message: String, _ command: String) {
        #expect {
            _ = try ArgumentParser.parse(arguments)
        } throws: { error in
            guard let error = error as? UsageError else { return false }
            #expect(error.message.hasPrefix(message), "\(arguments): \(error.message)")
            #expect(error.command == command)
            return true
        }
    }

    /// The parser refuses a value for every flag, and lists `--help` and `--version` among them,
    /// but returns for those two before it gets to the check.
    @Test("refuses a value for --help and --version", arguments: [["--version=1"], ["--help=yes"], ["rules", "--help=x"]])
    func flagsWithValues(_ arguments: [String]) {
        #expect(throws: UsageError.self) { _ = try ArgumentParser.parse(arguments) }
    }
}
