import DisclintCore
import Foundation
import Testing

/// The whole command, run in-process with a `TestConsole` (no subprocess, no real terminal).
@Suite("CommandLineTool")
struct CommandLineToolTests {
    // MARK: - Help, version, usage

    @Test("--help prints the help on stdout and exits 0")
    func help() {
        let result = runTool(["--help"])
        #expect(result.status == .success)
        #expect(result.stderr.isEmpty)
        assertSnapshot(result.stdout, named: "CommandLineTool-help.txt")
    }

    @Test("-h, 'help' and 'lint --help' print the same help", arguments: [["-h"], ["help"], ["help", "lint"], ["lint", "--help"]])
    func helpSpellings(_ arguments: [String]) {
        let result = runTool(arguments)
        #expect(result.status == .success)
        #expect(result.stdout == runTool(["--help"]).stdout)
    }

    @Test("each subcommand has its own help", arguments: ["rules", "explain", "dump"])
    func subcommandHelp(_ name: String) {
        let result = runTool(["help", name])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: disclint \(name)"))
        #expect(result.stdout == runTool([name, "--help"]).stdout)
    }

    @Test("help for an unknown subcommand is bad usage")
    func helpUnknown() {
        let result = runTool(["help", "frobnicate"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("Error: Unknown subcommand 'frobnicate'"))
        #expect(result.stdout.isEmpty)
    }

    @Test("--version prints the version and exits 0")
    func version() {
        let result = runTool(["--version"])
        #expect(result.status == .success)
        #expect(result.stdout == "\(CommandLineTool.version)\n")
        #expect(result.stderr.isEmpty)
        #expect(CommandLineTool.version.split(separator: ".").count == 3)
    }

    @Test("an unknown option is bad usage: Error:, Usage:, exit 64, nothing on stdout")
    func unknownOption() {
        let result = runTool(["--frobnicate", "a.md"])
        #expect(result.status == .usage)
        #expect(result.status.rawValue == 64)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--frobnicate'\n"))
        #expect(result.stderr.contains("\nUsage: disclint lint [<options>] <path> ...\n"))
        #expect(result.stderr.contains("See 'disclint --help' for more information."))
        #expect(result.stdout.isEmpty)
    }

    @Test("bad usage of a subcommand shows that subcommand's usage")
    func subcommandUsage() {
        let result = runTool(["explain"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<rule-id>'\n"))
        #expect(result.stderr.contains("Usage: disclint explain <rule-id>"))
        #expect(result.stderr.contains("See 'disclint explain --help'"))
    }

    @Test("no path is bad usage")
    func missingPath() {
        let result = runTool([])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<path> ...'\n"))
        #expect(result.stderr.contains("Usage: "))
        #expect(result.stdout.isEmpty)
    }

    @Test("a bad option value is bad usage", arguments: [
        ["--format", "xml", "a.md"], ["--fail-on", "fatal", "a.md"], ["--color", "sometimes", "a.md"], ["a.md", "--format"],
    ])
    func badValue(_ arguments: [String]) {
        let result = runTool(arguments)
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("Usage: "))
    }

    // MARK: - Linting files

    @Test("a clean draft: no output, summary on stderr, exit 0")
    func clean() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("clean.md", Drafts.clean)
            let result = runTool([path])
            #expect(result.status == .success)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "0 errors, 0 warnings, 0 notes in 1 file\n")
        }
    }

    @Test("a draft with an error: the finding on stdout, exit 1")
    func findings() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool([path])
            #expect(result.status == .findings)
            #expect(result.stdout.hasPrefix("\(path):7:32: error: Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). [shares-exceed-cap]\n"))
            #expect(result.stderr == "1 error, 0 warnings, 0 notes in 1 file\n")
        }
    }

    /// `--format human` and `github` on stdout are written batch by batch as drafts are linted
    /// (so a run over an archive keeps counts, not results); what they print must be exactly
    /// the report written whole with `--output`, over more than one batch.
    @Test("a report written batch by batch is the report written whole", arguments: ["human", "github"])
    func streamedReport(_ format: String) throws {
        try withTemporaryDirectory { dir in
            let count = ParallelLinting.batchSize * 2 + 3
            for index in 0..<count {
                _ = try dir.write(String(format: "d%04d.md", index), [Drafts.clean, Drafts.overCap, "# Minutes\n"][index % 3])
            }
            let baseline = dir.path + "/baseline.json"
            #expect(runTool(["--write-baseline", baseline, dir.path]).status == .findings)
            let streamed = runTool(["--format", format, dir.path])
            let file = dir.path + "/report.txt"
            let whole = runTool(["--format", format, "--output", file, dir.path])
            #expect(streamed.status == .findings)
            #expect(whole.status == .findings)
            #expect(streamed.stdout == (try String(contentsOfFile: file, encoding: .utf8)))
            #expect(streamed.stderr == whole.stderr)
            #expect(streamed.stderr == "\(count / 3) errors, 0 warnings, 0 notes in \(count) files (\(count / 3) of no known kind, not checked)\n")
            // The baseline, applied batch by batch, hides every finding it recorded.
            let hidden = runTool(["--format", format, "--baseline", baseline, dir.path])
            #expect(hidden.status == .success)
            #expect(hidden.stdout.isEmpty)
            #expect(hidden.stderr.hasSuffix("; \(count / 3) findings in the baseline not shown\n"))
        }
    }

    /// A batch is linted while the next one is prepared and the one before is reported: what
    /// cannot be read, found while listing the paths (a missing file) or while reading them (a
    /// FIFO), is still reported in the order of the paths, over several batches, and exactly as
    /// when the report is written whole.
    @Test("errors over several batches come in the order of the paths")
    func errorsInOrder() throws {
        try withTemporaryDirectory { dir in
            let count = ParallelLinting.batchSize * 2 + 3
            var paths: [String] = []
            var errors: [String] = []
            for index in 0..<count {
                let name = String(format: "d%04d.md", index)
                if index == 5 || index == count - 2 || index == ParallelLinting.batchSize + 1 {
                    let pipe = try dir.makeFIFO(name)
                    paths.append(pipe)
                    errors.append("Error: cannot read '\(pipe)': not a regular file\n")
                } else {
                    paths.append(try dir.write(name, [Drafts.clean, Drafts.overCap][index % 2]))
                }
                if index == ParallelLinting.batchSize + 7 {
                    let missing = dir.path + "/missing.md"
                    paths.append(missing)
                    errors.append("Error: cannot read '\(missing)': no such file or directory\n")
                }
            }
            let streamed = runTool(paths)
            let whole = runTool(paths + ["--output", dir.path + "/report.txt"])
            #expect(streamed.status == .unreadable)
            #expect(streamed.stderr.hasPrefix(errors.joined()), "\(streamed.stderr.prefix(2000))")
            #expect(streamed.stderr == whole.stderr)
            #expect(streamed.stdout == (try String(contentsOfFile: dir.path + "/report.txt", encoding: .utf8)))
        }
    }

    /// Issue 6: English and Japanese drafts side by side, in one run, each read by its own pack
    /// (and decoys by none), with messages in each pack's language unless `--lang` says otherwise.
    @Test("a mixed folder of English and Japanese drafts is linted in one run, each by its own pack")
    func mixedLanguages() throws {
        let result = runTool(["--format", "json", Samples.directory])
        #expect(result.status == .findings)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == Samples.drafts().count)
        var kinds: [String: Int] = [:]
        for file in files {
            let name = ((file["path"] as? String) ?? "").split(separator: "/").last.map(String.init) ?? ""
            let kind = file["kind"] as? String
            let expected: String? = name.hasPrefix("decoy-") ? nil : name.hasPrefix("ja-") ? "tse-buyback-results-ja" : "tse-buyback-results"
            #expect(kind == expected, "\(name)")
            kinds[kind ?? "none", default: 0] += 1
        }
        #expect(kinds["tse-buyback-results-ja", default: 0] >= 6)
        let overCaps = Samples.directory + "/ja-over-caps.txt"
        #expect(runTool([overCaps]).stdout.contains("取得した株式の総数（326,800株）が決議された上限（300,000株）を超えています。 [shares-exceed-cap]"))
        #expect(runTool(["--lang", "en", overCaps]).stdout.contains("Shares purchased (326,800株) exceed the approved maximum (300,000株). [shares-exceed-cap]"))
        #expect(runTool(["--lang", "english!", overCaps]).status == .usage)
    }

    @Test("-q prints no summary")
    func quiet() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(["-q", path])
            #expect(result.status == .findings)
            #expect(!result.stdout.isEmpty)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("a draft of no known kind gets no findings and is counted as such")
    func unknownKind() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("dividend.md", Drafts.dividend)
            let result = runTool(["--fail-on", "note", path])
            #expect(result.status == .success)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "0 errors, 0 warnings, 0 notes in 1 file (1 of no known kind, not checked)\n")
        }
    }

    @Test("a missing file is reported, the other files are still linted, exit 2")
    func missingFile() throws {
        try withTemporaryDirectory { dir in
            let missing = dir.path + "/x"
            let present = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool([missing, present, "--format", "json"])
            #expect(result.status == .unreadable)
            #expect(result.status.rawValue == 2)
            #expect(result.stderr.hasPrefix("Error: cannot read '\(missing)': no such file or directory\n"))
            #expect(result.stderr.hasSuffix("; 1 file could not be read\n"))
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let files = try #require(root["files"] as? [[String: Any]])
            #expect(files.map { $0["path"] as? String } == [present])
            #expect((files.first?["diagnostics"] as? [Any])?.count == 1)
        }
    }

    @Test("a missing file given by a relative name is reported by that name")
    func missingRelative() {
        let name = "no-such-draft-\(UUID().uuidString).md"
        let result = runTool([name])
        #expect(result.status == .unreadable)
        #expect(result.stderr.hasPrefix("Error: cannot read '\(name)': no such file or directory\n"))
    }

    @Test("a directory argument is searched for drafts")
    func directory() throws {
        try withTemporaryDirectory { dir in
            try dir.write("b-over-cap.md", Drafts.overCap)
            try dir.write("a-clean.txt", Drafts.clean)
            try dir.write("sub/c-warning.markdown", Drafts.warningOnly)
            try dir.write("ignored.pdf", Drafts.overCap)
            try dir.write(".hidden.md", Drafts.overCap)
            try dir.write(".build/d.md", Drafts.overCap)
            let result = runTool([dir.path, "--format", "json"])
            #expect(result.status == .findings)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let files = try #require(root["files"] as? [[String: Any]])
            #expect(files.map { $0["path"] as? String } == ["a-clean.txt", "b-over-cap.md", "sub/c-warning.markdown"].map { dir.path + "/" + $0 })
            #expect(root["summary"] as? [String: Int] == ["files": 3, "errors": 1, "warnings": 1, "notes": 0])
        }
    }

    @Test("a file over --max-file-size is not read, exit 2")
    func maximumFileSize() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("big.md", Drafts.clean)
            let result = runTool(["--max-file-size", "100", path])
            #expect(result.status == .unreadable)
            #expect(result.stderr.hasPrefix("Error: cannot read '\(path)': file is "))
            #expect(result.stderr.contains("over the limit of 100 bytes"))
        }
    }

    @Test("--max-file-size takes a unit: 1K is 1,024 bytes, 1KB 1,000; a size that is not one is a usage error")
    func maximumFileSizeUnits() throws {
        try withTemporaryDirectory { dir in
            // Over 1,024 bytes whatever the sample's length: blank lines after it.
            let path = try dir.write("big.md", Drafts.clean + String(repeating: "\n", count: 1_100))
            let kibibyte = runTool(["--max-file-size", "1K", path])
            #expect(kibibyte.status == .unreadable)
            #expect(kibibyte.stderr.contains("over the limit of 1024 bytes (--max-file-size)"))
            let kilobyte = runTool(["--max-file-size", "1kb", path])
            #expect(kilobyte.stderr.contains("over the limit of 1000 bytes (--max-file-size)"))
            let roomy = runTool(["--max-file-size", "64MB", path])
            #expect(roomy.status == .success)
            for wrong in ["64 MB", "64TB", "-1K", "5GB", "0K", "MB", "1.5M"] {
                let refused = runTool(["--max-file-size", wrong, path])
                #expect(refused.status == .usage, "\(wrong)")
                #expect(refused.stderr.hasPrefix("Error: The value '\(wrong)' is invalid for '--max-file-size' (bytes, or a size such as 64M or 64MB;"), "\(wrong)")
            }
        }
    }

    // MARK: - Standard input

    @Test("'-' reads standard input, reported under --stdin-name")
    func standardInput() throws {
        let console = TestConsole(stdin: Drafts.overCap)
        let result = runTool(["-", "--stdin-name", "drafts/over-cap.md"], console: console)
        #expect(result.status == .findings)
        #expect(result.stdout.hasPrefix("drafts/over-cap.md:7:32: error: "))
    }

    @Test("standard input is reported as <stdin> by default")
    func standardInputDefaultName() throws {
        let result = runTool(["-", "--format", "json"], console: TestConsole(stdin: Drafts.clean))
        #expect(result.status == .success)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((root["files"] as? [[String: Any]])?.first?["path"] as? String == "<stdin>")
    }

    @Test("standard input that cannot be read: exit 2")
    func standardInputError() {
        let console = TestConsole()
        console.standardInput = .failure(FileReadError(path: "-", reason: "input is over the limit of 10 bytes (--max-file-size)"))
        let result = runTool(["-"], console: console)
        #expect(result.status == .unreadable)
        #expect(result.stderr.hasPrefix("Error: cannot read standard input: input is over the limit of 10 bytes"))
    }

    // MARK: - Exit status

    @Test("--fail-on sets the severity that fails the run", arguments: [
        ("clean", Drafts.clean, nil, DisclintCore.ExitStatus.success),
        ("clean", Drafts.clean, "note", .success),
        ("warning", Drafts.warningOnly, nil, .success),
        ("warning", Drafts.warningOnly, "error", .success),
        ("warning", Drafts.warningOnly, "warning", .findings),
        ("warning", Drafts.warningOnly, "note", .findings),
        ("error", Drafts.overCap, nil, .findings),
        ("error", Drafts.overCap, "error", .findings),
        ("error", Drafts.overCap, "note", .findings),
    ] as [(String, String, String?, DisclintCore.ExitStatus)])
    func failOn(_ name: String, _ draft: String, _ failOn: String?, _ status: DisclintCore.ExitStatus) throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("\(name).md", draft)
            let result = runTool((failOn.map { ["--fail-on", $0] } ?? []) + [path])
            #expect(result.status == status, "\(name) with --fail-on \(failOn ?? "(default)")")
        }
    }

    /// A pack whose only rule is a note, for `--fail-on note`.
    static let notePack = """
        {"version": 1, "id": "test-notice", "name": "Test notice",
         "recognize": {"allOf": [["test notice"]]},
         "sections": [{"id": "contact", "name": "contact", "scope": "any", "value": "presence", "detect": "phrase", "synonyms": ["contact us"]}],
         "rules": [{"id": "missing-contact", "severity": "note", "description": "The notice gives no contact.",
                    "checks": [{"kind": "required", "section": "contact", "message": "The notice gives no contact."}],
                    "examples": {"triggering": ["Quarterly Test Notice\\n\\nNothing."], "nonTriggering": ["Quarterly Test Notice\\n\\nContact us."]}}]}
        """

    @Test("a note fails the run only with --fail-on note", arguments: [
        (nil, DisclintCore.ExitStatus.success), ("error", .success), ("warning", .success), ("note", .findings),
    ] as [(String?, DisclintCore.ExitStatus)])
    func failOnNote(_ failOn: String?, _ status: DisclintCore.ExitStatus) throws {
        try withTemporaryDirectory { dir in
            try dir.write("rules/notice.json", Self.notePack)
            let path = try dir.write("notice.md", "Quarterly Test Notice\n\nNothing else.\n")
            let result = runTool(["--rules", dir.path + "/rules"] + (failOn.map { ["--fail-on", $0] } ?? []) + [path])
            #expect(result.status == status)
            #expect(result.stdout.contains("note: The notice gives no contact. [missing-contact]"))
            #expect(result.stderr.hasSuffix("0 errors, 0 warnings, 1 note in 1 file\n"))
        }
    }

    // MARK: - JSON

    @Test("--format json prints valid JSON of the contract")
    func json() throws {
        try withTemporaryDirectory { dir in
            let over = try dir.write("over-cap.md", Drafts.overCap)
            let clean = try dir.write("clean.md", Drafts.clean)
            let result = runTool(["--format", "json", over, clean])
            #expect(result.status == .findings)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(Set(root.keys) == ["tool", "files", "summary"])
            #expect((root["tool"] as? [String: String]) == ["name": "disclint", "version": CommandLineTool.version])
            let files = try #require(root["files"] as? [[String: Any]])
            #expect(files.map { $0["path"] as? String } == [over, clean])
            #expect(files.map { $0["kind"] as? String } == ["tse-buyback-results", "tse-buyback-results"])
            let finding = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first)
            #expect(finding["rule"] as? String == "shares-exceed-cap")
            #expect([finding["line"], finding["column"], finding["endLine"], finding["endColumn"]].map { $0 as? Int } == [7, 32, 7, 48])
            let related = try #require((finding["related"] as? [[String: Any]])?.first)
            #expect(related["line"] as? Int == 14)
            #expect(root["summary"] as? [String: Int] == ["files": 2, "errors": 1, "warnings": 0, "notes": 0])
            #expect(!result.stdout.contains("\u{1B}"))
        }
    }

    // MARK: - Colour

    @Test("colour: always on with --color always, off on a non-TTY, off with NO_COLOR even on a TTY", arguments: [
        ([], false, [:], false),
        ([], true, [:], true),
        ([], true, ["NO_COLOR": "1"], false),
        ([], true, ["NO_COLOR": ""], true),
        (["--color", "always"], false, [:], true),
        (["--color", "always"], true, ["NO_COLOR": "1"], true),
        (["--color", "never"], true, [:], false),
        (["--no-color"], true, [:], false),
        (["--color=auto"], true, [:], true),
    ] as [([String], Bool, [String: String], Bool)])
    func colour(_ options: [String], _ terminal: Bool, _ environment: [String: String], _ colored: Bool) throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(options + [path], console: TestConsole(terminal: terminal, environment: environment))
            #expect(result.status == .findings)
            #expect(result.stdout.contains("\u{1B}[") == colored, "\(options) terminal: \(terminal) env: \(environment)")
            #expect(!result.stderr.contains("\u{1B}"), "the summary is never coloured")
        }
    }

    // MARK: - rules and explain

    @Test("'rules' lists every rule with its severity and pack")
    func rules() throws {
        let result = runTool(["rules"])
        #expect(result.status == .success)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["ID", "SEVERITY", "PACK", "DESCRIPTION"])
        let embedded = try RuleSet.embedded()
        #expect(lines.count == embedded.rules.count + 1)
        // A rule id two packs share (the same concept in English and Japanese) has a line per pack.
        for (pack, rule) in embedded.rules {
            let rows = lines.filter { $0.hasPrefix(rule.id + " ") }.map { $0.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true) }
            #expect(rows.contains { Array($0.prefix(3)) == [Substring(rule.id), Substring(rule.severity.rawValue), Substring(pack.id)] }, "\(rule.id)")
        }
        // The columns line up: every description starts in the same column.
        let starts = Set(lines.compactMap { line in line.rangeOfDescription() })
        #expect(starts.count == 1)
    }

    @Test("'explain shares-exceed-cap' describes the rule and runs its examples")
    func explain() {
        let result = runTool(["explain", "shares-exceed-cap"])
        #expect(result.status == .success)
        #expect(result.stderr.isEmpty)
        // Each pack that has the id explains its own rule: English and Japanese.
        #expect(result.stdout.contains("shares-exceed-cap (error, pack tse-buyback-results)\n\nMore shares were purchased than the board approved.\n"))
        #expect(result.stdout.contains("shares-exceed-cap (error, pack tse-buyback-results-ja)\n\nMore shares were purchased in the period than the board approved.\n"))
        #expect(result.stdout.contains("→ line 14: 取得した株式の総数（1,190,000株）が決議された上限（1,000,000株）を超えています。\n"))
        #expect(result.stdout.contains("\nWhy it matters: "))
        #expect(result.stdout.contains("\nTriggering examples:\n"))
        #expect(result.stdout.contains("→ line 6: Shares purchased (550,000 shares) exceed the approved maximum (500,000 shares).\n"))
        #expect(result.stdout.contains("\nNon-triggering examples:\n"))
        #expect(result.stdout.contains("→ no finding\n"))
    }

    @Test("'explain no-such-rule' is bad usage")
    func explainUnknown() {
        let result = runTool(["explain", "no-such-rule"])
        #expect(result.status == .usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: No rule 'no-such-rule'."))
    }

    // MARK: - Rule packs from --rules

    @Test("--rules DIR adds its packs")
    func extraPack() throws {
        try withTemporaryDirectory { dir in
            try dir.write("notice.json", Self.notePack)
            try dir.write("README.md", "not a pack\n")
            let result = runTool(["rules", "--rules", dir.path])
            #expect(result.status == .success)
            #expect(result.stdout.contains("\nmissing-contact "))
            #expect(result.stdout.contains(" test-notice "))
            #expect(runTool(["explain", "missing-contact", "--rules", dir.path]).status == .success)
        }
    }

    /// The malformed pack used below: the error must name its file and the JSON path.
    static let malformedPack = notePack.replacingFirst("\"severity\": \"note\"", with: "\"severty\": \"note\"")

    @Test("--rules DIR with a malformed pack: exit 2, the file and the JSON path on stderr", arguments: [
        ["rules"], ["lint"], ["explain", "shares-exceed-cap"],
    ])
    func malformedPack(_ command: [String]) throws {
        try withTemporaryDirectory { dir in
            let pack = try dir.write("rules/bad.json", Self.malformedPack)
            let draft = try dir.write("over-cap.md", Drafts.overCap)
            let result = runTool(command + ["--rules", dir.path + "/rules"] + (command == ["lint"] ? [draft] : []))
            #expect(result.status == .unreadable)
            #expect(result.stderr.hasPrefix("Error: invalid rule pack: \(pack):"))
            #expect(result.stderr.contains(": $.rules[0].severty: unknown key 'severty'"))
            #expect(result.stdout.isEmpty, "a refused pack is never half-loaded, and nothing is linted with the rest")
        }
    }

    @Test("--rules DIR that is not readable: exit 2")
    func missingRulesDirectory() throws {
        try withTemporaryDirectory { dir in
            let result = runTool(["rules", "--rules", dir.path + "/none"])
            #expect(result.status == .unreadable)
            #expect(result.stderr.hasPrefix("Error: cannot read rule directory '\(dir.path)/none': "))
        }
    }

    @Test("--rules DIR with a pack whose id is already taken: exit 2")
    func duplicatePackID() throws {
        try withTemporaryDirectory { dir in
            try dir.write("a.json", Self.notePack)
            try dir.write("b.json", Self.notePack)
            let result = runTool(["rules", "--rules", dir.path])
            #expect(result.status == .unreadable)
            #expect(result.stderr.contains("b.json"))
            #expect(result.stderr.contains("'test-notice' is already used by"))
        }
    }

    // MARK: - dump

    @Test("'dump' shows the kind and the sections read")
    func dump() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("clean.md", Drafts.clean)
            let result = runTool(["dump", path])
            #expect(result.status == .success)
            #expect(result.stdout.hasPrefix("Document kind: tse-buyback-results (\(path))\n"))
            #expect(result.stdout.contains("shares-purchased"))
            let unknown = try dir.write("dividend.md", Drafts.dividend)
            #expect(runTool(["dump", unknown]).stdout.hasPrefix("Document kind: none"))
        }
    }

    @Test("nothing is written anywhere but the console")
    func noFilesWritten() throws {
        try withTemporaryDirectory { dir in
            try dir.write("over-cap.md", Drafts.overCap)
            let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
            _ = runTool([dir.path, "--format", "json"])
            _ = runTool([dir.path])
            #expect(try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted() == before)
        }
    }
}

private extension String {
    /// The column where the DESCRIPTION cell of a `rules` table line starts.
    func rangeOfDescription() -> Int? {
        var fields = 0
        var inSpace = false
        for (offset, character) in enumerated() {
            if character == " " { inSpace = true; continue }
            if inSpace || offset == 0 { fields += 1; inSpace = false }
            if fields == 4 { return offset }
        }
        return nil
    }
}
