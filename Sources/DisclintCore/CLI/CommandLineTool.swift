/// The whole command: parse the arguments, load the packs, lint, report, choose the exit status.
///
/// Reports go to standard output, the summary and every error to standard error. Nothing is
/// ever written to disk.
package enum CommandLineTool {
    package static let version = "0.1.0"
    /// Drafts larger than this are refused (`--max-file-size`): 64 MiB.
    package static let defaultMaximumFileSize = 64 << 20

    /// Runs disclint with `arguments` (without the program name).
    package static func run(_ arguments: [String], console: Console) -> ExitStatus {
        let command: ArgumentParser.Command
        do {
            command = try ArgumentParser.parse(arguments)
        } catch {
            console.writeError("Error: \(error.message)\nUsage: \(HelpText.usage(error.command))\n  See 'disclint \(error.command == "lint" ? "" : error.command + " ")--help' for more information.\n")
            return .usage
        }
        switch command {
        case .help(let name):
            guard name == nil || ArgumentParser.subcommands.contains(name!) else {
                console.writeError("Error: Unknown subcommand '\(name!)'\nUsage: disclint help [<subcommand>]\n")
                return .usage
            }
            console.write(HelpText.help(name))
            return .success
        case .version:
            console.write(version + "\n")
            return .success
        case .rules(let directories):
            guard let rules = loadRules(directories, console: console) else { return .unreadable }
            console.write(RuleCatalog.table(rules))
            return .success
        case .explain(let id, let directories):
            guard let rules = loadRules(directories, console: console) else { return .unreadable }
            guard let text = RuleCatalog.explain(id, in: rules) else {
                console.writeError("Error: No rule '\(id)'. See 'disclint rules' for the list.\n")
                return .usage
            }
            console.write(text)
            return .success
        case .dump(let path, let directories):
            guard let rules = loadRules(directories, console: console) else { return .unreadable }
            let source: SourceFile
            do {
                source = SourceFile(path: path, bytes: path == "-" ? try console.readStandardInput()
                                                                   : try FileSystem.read(path, limit: defaultMaximumFileSize))
            } catch {
                console.writeError("Error: \(error.message)\n")
                return .unreadable
            }
            guard let document = Linter(rules: rules).document(source) else {
                console.write("Document kind: none (no pack recognises \(path); it gets no findings)\n")
                return .success
            }
            console.write(DocumentDumper.dump(document))
            return .success
        case .lint(let options):
            return lint(options, console: console)
        }
    }

    /// The embedded packs plus those of `directories`, or nil after printing why not.
    static func loadRules(_ directories: [String], console: Console) -> RuleSet? {
        do {
            var packs = try RuleSet.embedded().packs
            for directory in directories {
                let names: [String]
                do {
                    names = try FileSystem.entries(directory)
                } catch {
                    console.writeError("Error: cannot read rule directory '\(directory)': \(error.reason)\n")
                    return nil
                }
                for name in names where name.hasSuffix(".json") {
                    let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
                    let bytes: [UInt8]
                    do {
                        bytes = try FileSystem.read(path, limit: 16 << 20)
                    } catch {
                        console.writeError("Error: \(error.message)\n")
                        return nil
                    }
                    packs.append(try RulePack.load(file: path, text: String(decoding: bytes, as: UTF8.self)))
                }
            }
            return try RuleSet(packs: packs)
        } catch {
            console.writeError("Error: invalid rule pack: \(error.description)\n")
            return nil
        }
    }

    static func lint(_ options: LintOptions, console: Console) -> ExitStatus {
        guard let rules = loadRules(options.ruleDirectories, console: console) else { return .unreadable }
        let linter = Linter(rules: rules)
        var results: [FileResult] = []
        var unreadable = 0
        for entry in FileDiscovery.entries(for: options.paths) {
            let source: SourceFile
            switch entry {
            case .problem(let problem):
                console.writeError("Error: \(problem.message)\n")
                unreadable += 1
                continue
            case .standardInput:
                do {
                    source = SourceFile(path: options.stdinName, bytes: try console.readStandardInput())
                } catch {
                    console.writeError("Error: cannot read standard input: \(error.reason)\n")
                    unreadable += 1
                    continue
                }
            case .file(let path):
                do {
                    source = SourceFile(path: path, bytes: try FileSystem.read(path, limit: options.maximumFileSize))
                } catch {
                    console.writeError("Error: \(error.message)\n")
                    unreadable += 1
                    continue
                }
            }
            results.append(linter.lint(source))
        }
        let report = LintReport(files: results)
        let color: Bool
        switch options.color {
        case .always: color = true
        case .never: color = false
        case .auto: color = console.outputIsTerminal && (console.environment("NO_COLOR") ?? "").isEmpty
        }
        let output: String
        switch options.format {
        case .human: output = HumanReporter(color: color).report(report)
        case .json: output = JSONReporter(version: version).report(report)
        }
        console.write(output)
        if !options.quiet { console.writeError(summary(report, unreadable: unreadable)) }
        if unreadable > 0 { return .unreadable }
        let failing = report.files.contains { $0.diagnostics.contains { $0.severity >= options.failOn } }
        return failing ? .findings : .success
    }

    /// `3 errors, 1 warning, 0 notes in 2 files (1 of no known kind); 1 file could not be read`.
    static func summary(_ report: LintReport, unreadable: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "\(plural(report.count(.note), "note")) in \(plural(report.files.count, "file"))"
        let unknown = report.files.filter { $0.kind == nil }.count
        if unknown > 0 { text += " (\(unknown) of no known kind, not checked)" }
        if unreadable > 0 { text += "; \(plural(unreadable, "file")) could not be read" }
        return text + "\n"
    }
}
