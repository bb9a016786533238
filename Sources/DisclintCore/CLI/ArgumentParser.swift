/// Reads disclint's command line: a subcommand (default `lint`), options as `--name value` or
/// `--name=value`, `--` to end options, `-` for standard input.
package enum ArgumentParser {
    /// What a command line asks for.
    package enum Command: Equatable, Sendable {
        case lint(LintOptions)
        case rules(ruleDirectories: [String])
        case explain(rule: String, ruleDirectories: [String])
        case dump(path: String, ruleDirectories: [String])
        case printConfig(path: String, configuration: String?)
        case suppressions(paths: [String])
        case testRules(directory: String)
        case help(command: String?)
        case version
        /// `install-hook [--force]`: write the git pre-commit hook.
        case installHook(force: Bool)
        /// `uninstall-hook`: remove the git pre-commit hook disclint wrote.
        case uninstallHook
    }

    package static let subcommands = ["lint", "rules", "explain", "dump", "help", "install-hook", "uninstall-hook", "print-config", "suppressions", "test-rules"]

    package static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        var arguments = arguments[...]
        var subcommand = "lint"
        if let first = arguments.first, subcommands.contains(first) {
            subcommand = first
            arguments = arguments.dropFirst()
        }
        if subcommand == "help" { return .help(command: arguments.first) }
        if subcommand == "install-hook" || subcommand == "uninstall-hook" { return try parseHook(subcommand, arguments) }
        var options = LintOptions()
        var positional: [String] = []
        var endOfOptions = false
        while let argument = arguments.popFirst() {
            if endOfOptions || argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" { endOfOptions = true; continue }
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func value() throws(UsageError) -> String {
                if let inline { return inline }
                guard let next = arguments.popFirst() else { throw UsageError("Missing value for '\(name)'", command: subcommand) }
                return next
            }
            func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(UsageError) -> T where T.RawValue == String {
                let text = try value()
                guard let parsed = T(rawValue: text) else {
                    let values = T.allCases.map(\.rawValue).joined(separator: ", ")
                    throw UsageError("The value '\(text)' is invalid for '\(name)' (values: \(values))", command: subcommand)
                }
                return parsed
            }
            if inline != nil, ["-h", "--help", "--version", "--no-color", "-q", "--quiet", "--require-reason"].contains(name) {
                throw UsageError("The option '\(name)' takes no value", command: subcommand)
            }
            switch name {
            case "-h", "--help": return .help(command: subcommand)
            case "--version": return .version
            case "--format": options.format = try choice(LintOptions.Format.self)
            case "--fail-on":
                options.failOn = try choice(Severity.self)
                options.failOnGiven = true
            case "--rules": options.ruleDirectories.append(try value())
            case "--stdin-name": options.stdinName = try value()
            case "--color": options.color = try choice(LintOptions.ColorMode.self)
            case "--no-color": options.color = .never
            case "-q", "--quiet": options.quiet = true
            case "--config": options.configuration = try value()
            case "--require-reason": options.requireReason = true
            case "--baseline": options.baseline = try value()
            case "--write-baseline": options.writeBaseline = try value()
            case "--output": options.output = try value()
            case "--lang":
                let text = try value()
                guard LocalizedText.isLanguageCode(text) else {
                    throw UsageError("The value '\(text)' is invalid for '--lang' (a language code such as 'en' or 'ja')", command: subcommand)
                }
                options.language = text
            case "--max-file-size":
                let text = try value()
                // Positions in a draft are 32-bit offsets (``TextSpan``): at most 4 GiB.
                guard let size = ByteSize.bytes(text), size > 0, size <= TextSpan.maximumOffset else {
                    throw UsageError("The value '\(text)' is invalid for '--max-file-size' (bytes, or a size such as 64M or 64MB; "
                                     + "more than 0 and at most \(TextSpan.maximumOffset) bytes, 4 GiB)",
                                     command: subcommand)
                }
                options.maximumFileSize = size
            default:
                throw UsageError("Unknown option '\(name)'", command: subcommand)
            }
        }
        switch subcommand {
        case "rules":
            guard positional.isEmpty else { throw UsageError("Unexpected argument '\(positional[0])'", command: "rules") }
            return .rules(ruleDirectories: options.ruleDirectories)
        case "explain":
            guard positional.count == 1 else {
                throw UsageError(positional.isEmpty ? "Missing expected argument '<rule-id>'" : "Unexpected argument '\(positional[1])'", command: "explain")
            }
            return .explain(rule: positional[0], ruleDirectories: options.ruleDirectories)
        case "print-config":
            guard positional.count <= 1 else { throw UsageError("Unexpected argument '\(positional[1])'", command: "print-config") }
            return .printConfig(path: positional.first ?? ".", configuration: options.configuration)
        case "suppressions":
            guard !positional.isEmpty else { throw UsageError("Missing expected argument '<path> ...'", command: "suppressions") }
            return .suppressions(paths: positional)
        case "test-rules":
            guard positional.count == 1 else {
                throw UsageError(positional.isEmpty ? "Missing expected argument '<dir>'" : "Unexpected argument '\(positional[1])'", command: "test-rules")
            }
            return .testRules(directory: positional[0])
        case "dump":
            guard positional.count == 1 else {
                throw UsageError(positional.isEmpty ? "Missing expected argument '<path>'" : "Unexpected argument '\(positional[1])'", command: "dump")
            }
            return .dump(path: positional[0], ruleDirectories: options.ruleDirectories)
        default:
            guard !positional.isEmpty else { throw UsageError("Missing expected argument '<path> ...'") }
            options.paths = positional
            return .lint(options)
        }
    }

    /// `install-hook [--force]` and `uninstall-hook`: no arguments, no lint options.
    private static func parseHook(_ subcommand: String, _ arguments: ArraySlice<String>) throws(UsageError) -> Command {
        var force = false
        for argument in arguments {
            switch argument {
            case "-h", "--help": return .help(command: subcommand)
            case "--force" where subcommand == "install-hook": force = true
            case _ where argument.hasPrefix("-") && argument != "-":
                throw UsageError("Unknown option '\(argument)'", command: subcommand)
            default:
                throw UsageError("Unexpected argument '\(argument)'", command: subcommand)
            }
        }
        return subcommand == "install-hook" ? .installHook(force: force) : .uninstallHook
    }
}
