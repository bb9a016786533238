#if !DISCLINT_FUZZ
import DisclintCore
#endif

/// What the two fuzzers do with one input.
///
/// One file, compiled twice: into the libFuzzer binaries by `.ci/fuzz` (with the engine's sources,
/// in its module, `-D DISCLINT_FUZZ`), and into the test target, where `FuzzRegressionTests`
/// replays every saved input of `Tests/Fuzz/Regressions/` through exactly the calls that found it.
/// Only `package` API is used, so both builds see the same thing.
///
/// Besides "no crash, no hang, no leak", a few properties every input must keep are checked with
/// ``require(_:_:)``, so that the fuzzer stops on them as on a crash: every finding points into the
/// draft; a result compacted to the lines its findings point at (as a run keeps it) is reported
/// exactly as the whole draft; what disclint writes as JSON it reads back; and a baseline written
/// from a run hides every finding of that run.
enum FuzzTargets {
    /// What every input is checked with, made once per process.
    struct Context: Sendable {
        /// The packs built into disclint.
        let rules: RuleSet
        let linter: Linter
        let knownRuleIDs: Set<String>
        /// A draft of a known kind with a finding: the first triggering example of the packs.
        let draft: String
        /// `draft` linted with `rules`.
        let draftResult: FileResult

        init(rules: RuleSet) {
            self.rules = rules
            linter = Linter(rules: rules)
            knownRuleIDs = linter.knownRuleIDs
            draft = rules.rules.lazy.compactMap { $0.rule.triggering.first?.text }.first ?? ""
            draftResult = linter.lint(SourceFile(path: "archive/2019-09.txt", text: draft))
        }
    }

    /// The path the drafts are given: a space, non-ASCII and XML/JSON specials reach the reporters.
    static let draftPath = "drafts/fuzz & <draft> \"ü\".md"

    /// A number from 0 to `count - 1` that depends only on `bytes` (FNV-1a): the same input
    /// always takes the same path, in the fuzzer and in the regression tests.
    static func pick(_ count: Int, for bytes: [UInt8]) -> Int {
        guard count > 1 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count))
    }

    /// Stops the process with `message` unless `condition` holds. Unlike `precondition`, whose
    /// message an optimised build drops, this says what broke in the fuzzer's report.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    static func fail(_ message: String) -> Never {
        fatalError("fuzz check failed: \(message)")
    }

    /// Engine bugs the fuzzers found that are not fixed yet: none at present. When one is found,
    /// add a flag here and skip the check it breaks for the inputs it concerns, so that fuzzing
    /// goes on finding others, with a test in `FuzzRegressionTests` that expects the right
    /// outcome as a known issue; remove the flag (and the known issue) when the bug is fixed.
    enum KnownBugs {}

    #if DISCLINT_FUZZ
    /// The context of a fuzzer, made in its `LLVMFuzzerInitialize`: the embedded packs, warmed up.
    /// What is made here lives for the whole run: LeakSanitizer is told to ignore it, as it cannot
    /// follow Swift's tagged string and enum pointers from globals and would report the loaded
    /// packs and the engine's tables as leaks.
    static func fuzzerContext() -> Context {
        lsanDisable()
        defer { lsanEnable() }
        let context: Context
        do {
            context = Context(rules: try RuleSet.embedded())
        } catch {
            fatalError("the embedded rule packs do not load: \(error)")
        }
        warmUp(context, packTexts: EmbeddedRulePacks.all.map(\.text))
        return context
    }
    #endif

    /// Runs every rule example of the packs through both targets once, before any input, so that
    /// the engine's tables built on first use exist before libFuzzer looks for leaks.
    /// `packTexts` are the JSON texts of the packs of `context`.
    static func warmUp(_ context: Context, packTexts: [String]) {
        let json = [#"{"version": 1, "rules": {"x": "off"}, "include": ["a/**"]}"#, #"{"version": 1, "findings": []}"#]
        for text in packTexts + json {
            _ = packs(Array(text.utf8), context)
        }
        for (_, rule) in context.rules.rules {
            for example in rule.triggering + rule.nonTriggering {
                for text in [example.text, "<!-- disclint-disable-next-line \(rule.id) -- warm-up -->\n" + example.text] {
                    _ = lint(Array(text.utf8), context)
                    _ = context.linter.document(SourceFile(path: draftPath, text: text)).map(DocumentDumper.dump)
                }
            }
        }
    }

    // MARK: - Engine: a draft's bytes

    /// What linting one draft produced.
    struct LintOutcome {
        var result: FileResult
        /// `disclint dump`'s text; nil when the draft is of no known kind or was not dumped.
        var dump: String?
        var suppressions: [Suppression]
        /// Each reporter's output, by `--format` name.
        var reports: [(format: String, text: String)]
    }

    /// Lints `bytes` as a draft with the embedded packs and runs the suppression parser. The
    /// costly rest runs on a share of the inputs (chosen by ``pick(_:for:)``, so always the
    /// same ones): the document dump, which parses the draft a second time, on one in four;
    /// every reporter and the baseline on one in two, and of those, on one in four of all
    /// inputs, the reports of the whole result compared with those of the compacted one. The
    /// reporters print findings, not the draft, so running them on every input slowed the
    /// fuzzer without reaching more of the engine.
    static func lint(_ bytes: [UInt8], _ context: Context) -> LintOutcome {
        let linter = context.linter
        let source = SourceFile(path: draftPath, bytes: bytes)
        let result = linter.lint(source)
        checkRanges(result)
        let extra = pick(4, for: bytes)
        let dump = extra == 0 ? linter.document(source).map(DocumentDumper.dump) : nil
        let suppressions = SuppressionParser.suppressions(in: source)

        var results = [result]
        if !suppressions.isEmpty {
            // The suppression applier's other paths: reasons required, rules off, severities changed.
            var severities: [String: Severity?] = [:]
            for (index, id) in context.knownRuleIDs.sorted().enumerated() where index % 3 != 2 {
                severities[id] = index % 3 == 0 ? .some(nil) : .some(.note)
            }
            let strict = LintSettings(severities: severities, requireReason: true)
            let second = linter.lint(SourceFile(path: "second.txt", bytes: bytes), settings: strict)
            checkRanges(second)
            results.append(second)
        }

        // A run reports results compacted to the lines their findings point at (what it keeps
        // of each draft); every format must come out as from the whole draft.
        let compare = extra == 1
        guard extra == 1 || extra == 2 else {
            return LintOutcome(result: result, dump: dump, suppressions: suppressions, reports: [])
        }
        let compacted = results.map { $0.compacted() }
        let reporters: [(format: String, reporter: any Reporter)] = [
            ("human", HumanReporter(color: false)),
            ("human-color", HumanReporter(color: true)),
            ("json", JSONReporter(version: "0.0.0-fuzz")),
            // Without packs: their rule descriptors do not depend on the draft (the pack fuzzer
            // writes those), and every rule of a result then takes the engine-rule path.
            ("sarif", SARIFReporter(version: "0.0.0-fuzz", packs: [])),
            ("github", GitHubReporter()),
            ("checkstyle", CheckstyleReporter()),
            ("junit", JUnitReporter(failOn: .warning, fileThresholds: [.error])),
        ]
        var reports: [(format: String, text: String)] = []
        for (format, reporter) in reporters {
            let text = reporter.report(LintReport(files: compacted))
            require(!compare || text == reporter.report(LintReport(files: results)),
                    "--format \(format) reports a compacted result differently from the whole draft")
            if format == "json" || format == "sarif" { checkJSON(text, "--format \(format)") }
            reports.append((format, text))
        }

        let baselineText = Baseline.encode(compacted)
        require(!compare || baselineText == Baseline.encode(results), "the baseline of a compacted result differs from the whole draft's")
        do {
            let baseline = try Baseline.decode(file: "fuzz-baseline.json", text: baselineText)
            let filtered = baseline.filter(compacted)
            let total = results.reduce(0) { $0 + $1.diagnostics.count }
            require(filtered.hidden == total, "a baseline of this run hides \(filtered.hidden) of its \(total) findings")
        } catch {
            fail("the baseline disclint wrote is refused: \(error)")
        }
        return LintOutcome(result: result, dump: dump, suppressions: suppressions, reports: reports)
    }

    /// Every finding (and related place) is on a line of the draft, at a column ≥ 1, and ends
    /// no earlier than it starts.
    static func checkRanges(_ result: FileResult) {
        let lines = max(1, result.source.lines.count)
        func check(_ range: SourceRange, _ what: String) {
            require((1...lines).contains(range.start.line) && (1...lines).contains(range.end.line),
                         "\(what) is on line \(range.start.line)-\(range.end.line) of a \(lines)-line draft")
            require(range.start.column >= 1 && range.end.column >= 1, "\(what) has a column below 1: \(range)")
            require(range.start <= range.end, "\(what) ends before it starts: \(range)")
        }
        for diagnostic in result.diagnostics + result.suppressed.map(\.diagnostic) {
            check(diagnostic.range, diagnostic.rule)
            for related in diagnostic.related { check(related.range, "a place related to \(diagnostic.rule)") }
        }
    }

    /// What disclint writes as JSON, disclint reads back.
    static func checkJSON(_ text: String, _ what: String) {
        do { _ = try JSONParser.parse(text) } catch {
            fail("\(what) wrote JSON that disclint cannot read: \(error.location.line):\(error.location.column): \(error.reason)")
        }
    }

    // MARK: - Pack loader: a JSON file's bytes

    /// What reading one JSON file as each kind of input produced.
    struct PackOutcome {
        var json: Result<JSONValue, JSONParser.Failure>
        var pack: Result<RulePack, RulePackError>
        /// Nil when the text is not JSON: the three readers parse it with the same parser and
        /// refuse it the same way, which reading it as a pack has shown.
        var configuration: Result<Configuration, ConfigurationError>?
        var baseline: Result<Baseline, ConfigurationError>?
    }

    /// Reads `bytes` as JSON, as a rule pack, as a `.disclint.json` and as a baseline (the last
    /// two only if it is JSON: otherwise they fail as the pack did). Whatever loads is then used
    /// as disclint would use it: a pack lints a draft, runs the examples of one of its rules (all
    /// of them would be one lint per example) and is described in SARIF; a configuration is
    /// validated, printed and matched against paths; a baseline filters a run.
    static func packs(_ bytes: [UInt8], _ context: Context) -> PackOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        let json = Result { () throws(JSONParser.Failure) in try JSONParser.parse(text) }

        let pack = Result { () throws(RulePackError) in try RulePack.load(file: "fuzz-pack.json", text: text) }
        switch pack {
        case .success(let pack):
            if let set = try? RuleSet(packs: [pack]) {
                _ = Linter(rules: set).lint(SourceFile(path: "example.md", text: context.draft))
                if !pack.rules.isEmpty {
                    var one = pack
                    one.rules = [pack.rules[pick(pack.rules.count, for: bytes)]]
                    if let oneSet = try? RuleSet(packs: [one]) { _ = RuleExampleRunner.run([one], with: oneSet) }
                }
                checkJSON(SARIFReporter(version: "0.0.0-fuzz", packs: [pack]).report(LintReport(files: [])), "--format sarif (rules)")
            }
        case .failure(let error):
            _ = error.description
        }

        guard case .success = json else {
            return PackOutcome(json: json, pack: pack, configuration: nil, baseline: nil)
        }

        let configuration = Result { () throws(ConfigurationError) in try Configuration.decode(file: ".disclint.json", text: text) }
        switch configuration {
        case .success(let configuration):
            checkJSON(configuration.json(), "print-config")
            _ = configuration.settings
            do {
                try configuration.validate(against: context.rules, knownRules: context.knownRuleIDs)
            } catch {
                _ = error.description
            }
            for path in ["a.md", "releases/2025/07/heron results.txt", "archive/ü/2019-09-draft-notes.md", ".hidden/x", ""] {
                _ = configuration.selects(path)
            }
        case .failure(let error):
            _ = error.description
        }

        let baseline = Result { () throws(ConfigurationError) in try Baseline.decode(file: "baseline.json", text: text) }
        switch baseline {
        case .success(let baseline):
            _ = baseline.filter([context.draftResult])
        case .failure(let error):
            _ = error.description
        }
        return PackOutcome(json: json, pack: pack, configuration: configuration, baseline: baseline)
    }
}

#if DISCLINT_FUZZ && DISCLINT_FUZZ_ASAN
@_silgen_name("__lsan_disable") private func lsanDisable()
@_silgen_name("__lsan_enable") private func lsanEnable()
#elseif DISCLINT_FUZZ
/// Without AddressSanitizer (`FUZZ_ASAN=0 .ci/fuzz`) there is no leak checker to pause.
private func lsanDisable() {}
private func lsanEnable() {}
#endif
