/// The whole command: parse the arguments, load the packs, lint, report, choose the exit status.
///
/// Reports go to standard output (or to the file of `--output`), the summary and every error to
/// standard error. Nothing is ever written to disk, except the report by `--output`, a baseline
/// by `--write-baseline` and the git hook by `install-hook` (see ``GitHook``).
package enum CommandLineTool {
    package static let version = "0.1.0"
    /// Drafts larger than this are refused (`--max-file-size`): 16 MiB. A press release is a few
    /// kilobytes; a file of tens of megabytes in a drafts folder is an export or a mistake, and
    /// refusing it with a clear message keeps a pre-commit hook fast and its memory bounded.
    package static let defaultMaximumFileSize = 16 << 20

    /// Runs disclint with `arguments` (without the program name). `directory` is where
    /// `install-hook` and `uninstall-hook` look for the repository (tests pass a temporary
    /// directory rather than change the process's working directory).
    package static func run(_ arguments: [String], console: Console, directory: String = ".") -> ExitStatus {
        let command: ArgumentParser.Command
        do {
            command = try ArgumentParser.parse(arguments)
        } catch {
            console.writeVisibleError("Error: \(error.message)\nUsage: \(HelpText.usage(error.command))\n  See 'disclint \(error.command == "lint" ? "" : error.command + " ")--help' for more information.\n")
            return .usage
        }
        switch command {
        case .help(let name):
            guard name == nil || ArgumentParser.subcommands.contains(name!) else {
                console.writeVisibleError("Error: Unknown subcommand '\(name!)'\nUsage: disclint help [<subcommand>]\n")
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
                console.writeVisibleError("Error: No rule '\(id)'. See 'disclint rules' for the list.\n")
                return .usage
            }
            console.writeVisible(text)
            return .success
        case .dump(let path, let directories):
            guard let rules = loadRules(directories, console: console) else { return .unreadable }
            let source: SourceFile
            do {
                source = SourceFile(path: path, bytes: path == "-" ? try console.readStandardInput()
                                                                   : try FileSystem.read(path, limit: defaultMaximumFileSize))
            } catch {
                console.writeVisibleError("Error: \(error.message)\n")
                return .unreadable
            }
            guard let document = Linter(rules: rules).document(source) else {
                console.writeVisible("Document kind: none (no pack recognises \(path); it gets no findings)\n")
                return .success
            }
            console.writeVisible(DocumentDumper.dump(document))
            return .success
        case .printConfig(let path, let configuration):
            return PrintConfigCommand.run(path: path, override: configuration, console: console)
        case .suppressions(let paths):
            return SuppressionsCommand.run(paths: paths, console: console)
        case .testRules(let directory):
            return TestRulesCommand.run(directory: directory, console: console)
        case .lint(let options):
            return lint(options, console: console)
        case .installHook(let force):
            return GitHook.installCommand(force: force, directory: directory, console: console)
        case .uninstallHook:
            return GitHook.uninstallCommand(directory: directory, console: console)
        }
    }

    /// The embedded packs plus those of `directories`, or nil after printing why not.
    static func loadRules(_ directories: [String], console: Console) -> RuleSet? {
        rules(RuleLoader.load(directories), console: console)
    }

    /// The rule set of `loaded`, or nil after printing why there is none.
    static func rules(_ loaded: Result<RuleSet, RuleLoader.Problem>, console: Console) -> RuleSet? {
        switch loaded {
        case .success(let rules): return rules
        case .failure(let problem):
            console.writeVisibleError("Error: \(problem.message)\n")
            return nil
        }
    }

    static func lint(_ options: LintOptions, console: Console) -> ExitStatus {
        // The resolver reads the packs of --rules once, for this check and every configuration.
        let resolver = ConfigurationResolver(override: options.configuration, ruleDirectories: options.ruleDirectories)
        // Packs given with --rules are checked first: a broken one stops the run (exit 2).
        guard let loaded = rules(resolver.commandLineRules(), console: console) else { return .unreadable }
        // Every pack a draft may be linted with, for the rules SARIF describes (configurations
        // can add packs of their own).
        var packs = loaded.packs
        var packIDs = Set(packs.map(\.id))
        var baseline: Baseline?
        if let path = options.baseline {
            do {
                let bytes = try FileSystem.read(path, limit: 256 << 20)
                baseline = try Baseline.decode(file: path, text: String(decoding: bytes, as: UTF8.self))
            } catch let error as FileReadError {
                console.writeVisibleError("Error: cannot read baseline: \(error.message)\n")
                return .unreadable
            } catch {
                console.writeVisibleError("Error: invalid baseline: \(error)\n")
                return .unreadable
            }
        }
        let color: Bool
        switch options.color {
        case .always: color = true
        case .never: color = false
        case .auto: color = options.output == nil && console.outputIsTerminal && (console.environment("NO_COLOR") ?? "").isEmpty
        }
        // Line formats on standard output are written batch by batch, in order, as the drafts
        // are linted: the run then keeps counts, not results, and its memory stays flat however
        // many drafts it reads. The other formats are one document, written at the end.
        var streamed: (any Reporter)?
        if options.output == nil, options.writeBaseline == nil {
            switch options.format {
            case .human: streamed = HumanReporter(color: color)
            case .github: streamed = GitHubReporter()
            case .json, .sarif, .checkstyle, .junit: streamed = nil
            }
        }
        var tally = RunTally()
        var hidden = 0
        var results: [FileResult] = []
        var thresholds: [Severity] = []
        var unreadable = 0
        var excluded = 0
        var reported = Set<String>()
        let entries = FileDiscovery.entries(for: options.paths)
        let progress = ProgressLine(console: console, total: entries.count, enabled: !options.quiet)
        defer { progress.finish() }
        // Configurations are resolved in order on this thread; drafts are read and linted in
        // batches on every core; outcomes are taken in order, so the report does not depend on
        // the number of cores. A batch is linted while this thread resolves the next one and
        // writes the report of the one before (``PendingBatch``). The messages about paths that
        // cannot be linted (found while listing them, or while reading them) are kept with their
        // batch and written with it, in the order of the paths: each problem found while listing
        // is written before the outcome of the job that followed it.
        var jobs: [ParallelLinting.Job] = []
        var jobThresholds: [Severity] = []
        var problems: [(beforeJob: Int, message: String)] = []
        var inFlight: (batch: PendingBatch, thresholds: [Severity], problems: [(beforeJob: Int, message: String)])?
        func finish(_ flight: (batch: PendingBatch, thresholds: [Severity], problems: [(beforeJob: Int, message: String)])) {
            var batch: [FileResult] = []
            var batchThresholds: [Severity] = []
            var pending = flight.problems[...]
            for (index, (outcome, threshold)) in zip(flight.batch.outcomes(), flight.thresholds).enumerated() {
                while let problem = pending.first, problem.beforeJob <= index {
                    console.writeVisibleError(problem.message)
                    pending = pending.dropFirst()
                }
                switch outcome {
                case .unreadable(let error):
                    console.writeVisibleError("Error: \(error.message)\n")
                    unreadable += 1
                case .linted(let result):
                    batch.append(result)
                    batchThresholds.append(threshold)
                }
            }
            for problem in pending { console.writeVisibleError(problem.message) }
            if let streamed {
                // A baseline entry names its draft's path, so a batch is filtered on its own.
                if let baseline {
                    let filtered = baseline.filter(batch)
                    batch = filtered.results
                    hidden += filtered.hidden
                }
                tally.add(batch, thresholds: batchThresholds)
                progress.finish()
                console.write(streamed.report(LintReport(files: batch)))
            } else {
                results += batch
                thresholds += batchThresholds
            }
        }
        func flush(last: Bool = false) {
            // A run of one batch lints it on this thread: there is nothing to do meanwhile.
            let started = PendingBatch(jobs, inBackground: !(last && inFlight == nil))
            for job in jobs {
                for pack in job.linter.rules.packs where packIDs.insert(pack.id).inserted { packs.append(pack) }
            }
            let flight = (batch: started, thresholds: jobThresholds, problems: problems)
            jobs.removeAll(keepingCapacity: true)
            jobThresholds.removeAll(keepingCapacity: true)
            problems.removeAll()
            if let previous = inFlight { finish(previous) }
            inFlight = flight
        }
        for entry in entries {
            progress.advance()
            let path: String?
            var pathBytes: [UInt8]?
            switch entry {
            case .problem(let problem):
                problems.append((jobs.count, "Error: \(problem.message)\n"))
                unreadable += 1
                continue
            case .standardInput: path = nil
            case .file(let file): path = file
            case .fileWithBytePath(let file, let bytes): (path, pathBytes) = (file, bytes)
            }
            let resolved: ConfigurationResolver.Resolved
            switch resolver.resolve(for: path) {
            case .success(let found): resolved = found
            case .failure(let problem):
                if reported.insert(problem.message).inserted { problems.append((jobs.count, "Error: \(problem.message)\n")) }
                unreadable += 1
                continue
            }
            let configuration = resolved.configuration
            var input: [UInt8]?
            if let path {
                let absolute = Paths.absolute(path, base: resolver.directory)
                let relative = Paths.relative(absolute, to: resolved.base) ?? path
                guard configuration.selects(relative) else { excluded += 1; continue }
            } else {
                do {
                    input = try console.readStandardInput()
                } catch {
                    problems.append((jobs.count, "Error: cannot read standard input: \(error.reason)\n"))
                    unreadable += 1
                    continue
                }
            }
            var settings = configuration.settings
            settings.requireReason = settings.requireReason || options.requireReason
            settings.language = options.language
            jobs.append(ParallelLinting.Job(path: path, pathBytes: pathBytes, input: input, name: path ?? options.stdinName,
                                            linter: resolved.linter, settings: settings, maximumFileSize: options.maximumFileSize))
            jobThresholds.append(options.failOnGiven ? options.failOn : (configuration.failOn ?? .error))
            if jobs.count == ParallelLinting.batchSize { flush() }
        }
        flush(last: true)
        if let last = inFlight { finish(last) }
        if streamed != nil {
            if !options.quiet { console.writeError(tally.summary(unreadable: unreadable, excluded: excluded, baseline: hidden)) }
            if unreadable > 0 { return .unreadable }
            return tally.failing ? .findings : .success
        }
        if let path = options.writeBaseline {
            do {
                try FileSystem.write(Baseline.encode(results), to: path)
            } catch {
                console.writeVisibleError("Error: cannot write baseline '\(path)': \(error.reason)\n")
                return .unreadable
            }
        }
        if let baseline { (results, hidden) = baseline.filter(results) }
        let report = LintReport(files: results)
        tally.add(results, thresholds: thresholds)
        let output: String
        switch options.format {
        case .human: output = HumanReporter(color: color).report(report)
        case .json: output = JSONReporter(version: version).report(report)
        case .sarif: output = SARIFReporter(version: version, packs: packs).report(report)
        case .github: output = GitHubReporter().report(report)
        case .checkstyle: output = CheckstyleReporter().report(report)
        case .junit: output = JUnitReporter(failOn: options.failOn, fileThresholds: thresholds).report(report)
        }
        var writeFailed = false
        if let path = options.output {
            do {
                try FileSystem.write(output, to: path)
            } catch {
                console.writeVisibleError("Error: cannot write '\(path)': \(error.reason)\n")
                writeFailed = true
            }
        } else {
            console.write(output)
        }
        if !options.quiet { console.writeError(tally.summary(unreadable: unreadable, excluded: excluded, baseline: hidden)) }
        if unreadable > 0 || writeFailed { return .unreadable }
        return tally.failing ? .findings : .success
    }
}
