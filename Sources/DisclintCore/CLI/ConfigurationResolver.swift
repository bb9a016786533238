/// Finds the configuration of each draft and the rules it is linted with.
///
/// The nearest `.disclint.json` from the draft's folder up to the repository root (the folder
/// that holds `.git`) wins; `--config FILE` overrides it for every draft; with neither, the
/// defaults apply. Each configuration's rule set (the embedded packs, its `ruleDirectories`,
/// then `--rules`) is made once and validated against the configuration; each rule directory is
/// read once per run, for the run's own rule set (``commandLineRules()``) and every configuration.
package final class ConfigurationResolver {
    /// The name of a configuration file.
    package static let fileName = ".disclint.json"

    /// A configuration with what is needed to use it.
    package struct Resolved {
        package var configuration: Configuration
        /// The folder its globs and rule directories are relative to.
        package var base: String
        package var linter: Linter
    }

    /// Why a draft's configuration cannot be used: printed once, and the drafts under it are not
    /// linted (exit 2).
    package struct Problem: Error, Equatable {
        package var message: String
    }

    private let override: String?
    private let ruleDirectories: [String]
    /// The current folder when the resolver was made, against which relative paths are read
    /// (asked of the system once, not for each draft).
    package let directory: String
    private var found: [String: String?] = [:]           // folder → configuration file in force
    private var resolved: [String: Result<Resolved, Problem>] = [:]
    private var packs: [String: [RulePack]] = [:]         // rule directory → its packs

    package init(override: String?, ruleDirectories: [String]) {
        self.override = override
        self.ruleDirectories = ruleDirectories
        self.directory = Paths.current()
    }

    /// The embedded packs and those of `--rules`, with no configuration: what the run checks
    /// before any draft, and the packs SARIF describes.
    package func commandLineRules() -> Result<RuleSet, RuleLoader.Problem> {
        RuleLoader.load(ruleDirectories, cache: &packs)
    }

    /// The configuration for a draft at `path` (nil: standard input, resolved from the current folder).
    package func resolve(for path: String?) -> Result<Resolved, Problem> {
        let file: String?
        if let override {
            file = Paths.absolute(override, base: directory)
        } else {
            file = nearest(from: path.map { Paths.parent(Paths.absolute($0, base: directory)) } ?? directory)
        }
        let key = file ?? ""
        if let known = resolved[key] { return known }
        let result = load(file)
        resolved[key] = result
        return result
    }

    /// The configuration file in force in a folder, walking up to the repository root.
    private func nearest(from directory: String) -> String? {
        if let known = found[directory] { return known }
        let candidate = Paths.join(directory, ConfigurationResolver.fileName)
        let result: String?
        if FileSystem.kind(candidate) == .file {
            result = candidate
        } else if FileSystem.kind(Paths.join(directory, ".git")) != .missing || directory == "/" {
            result = nil
        } else {
            result = nearest(from: Paths.parent(directory))
        }
        found[directory] = result
        return result
    }

    private func load(_ file: String?) -> Result<Resolved, Problem> {
        var configuration = Configuration.standard
        var base = directory
        if let file {
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(file, limit: 1 << 20)
            } catch {
                return .failure(Problem(message: "cannot read configuration '\(file)': \(error.reason)"))
            }
            do {
                configuration = try Configuration.decode(file: file, text: String(decoding: bytes, as: UTF8.self))
            } catch {
                return .failure(Problem(message: "invalid configuration: \(error.description)"))
            }
            base = Paths.parent(file)
        }
        let directories = configuration.ruleDirectories.map { Paths.join(base, $0) } + ruleDirectories
        let rules: RuleSet
        switch RuleLoader.load(directories, cache: &packs) {
        case .success(let loaded): rules = loaded
        case .failure(let problem): return .failure(Problem(message: problem.message))
        }
        let linter = Linter(rules: rules)
        do {
            try configuration.validate(against: rules, knownRules: linter.knownRuleIDs)
        } catch {
            return .failure(Problem(message: "invalid configuration: \(error.description)"))
        }
        return .success(Resolved(configuration: configuration, base: base, linter: linter))
    }
}
