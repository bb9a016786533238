/// A `.disclint.json`: how the drafts below its folder are linted.
///
///     {
///       "version": 1,
///       "rules": {"missing-share-class": "error", "missing-forward-looking-notice": "off"},
///       "packs": ["tse-buyback-results"],
///       "ruleDirectories": ["compliance/rules"],
///       "include": ["releases/**"],
///       "exclude": ["archive/**", "*-draft-notes.md"],
///       "failOn": "warning",
///       "requireReason": true
///     }
///
/// Every key is optional and `{}` is the defaults. Unknown keys, wrong types and unsupported
/// versions are refused with the file, the position and the JSON path.
package struct Configuration: Equatable, Sendable {
    /// The configuration format this build reads.
    package static let supportedVersion = 1

    /// What a rule is set to: a severity, or off.
    package enum RuleSetting: Equatable, Sendable {
        case severity(Severity)
        case off

        var text: String {
            switch self {
            case .severity(let severity): return severity.rawValue
            case .off: return "off"
            }
        }
    }

    /// The file it was read from; nil for the defaults.
    package var file: String?
    package var version = Configuration.supportedVersion
    /// Rule id → setting, in the order written.
    package var rules: [(id: String, setting: RuleSetting)] = []
    /// The packs that may recognise a draft; nil means every pack.
    package var packs: [String]?
    /// More rule-pack folders, relative to the configuration's folder.
    package var ruleDirectories: [String] = []
    /// Drafts to lint (all when empty) and drafts never to lint, relative to its folder.
    package var include: [Glob] = []
    package var exclude: [Glob] = []
    package var failOn: Severity?
    package var requireReason: Bool?

    package init(file: String? = nil) { self.file = file }

    package static func == (lhs: Configuration, rhs: Configuration) -> Bool {
        lhs.file == rhs.file && lhs.version == rhs.version
            && lhs.rules.map(\.id) == rhs.rules.map(\.id) && lhs.rules.map(\.setting) == rhs.rules.map(\.setting)
            && lhs.packs == rhs.packs && lhs.ruleDirectories == rhs.ruleDirectories
            && lhs.include == rhs.include && lhs.exclude == rhs.exclude
            && lhs.failOn == rhs.failOn && lhs.requireReason == rhs.requireReason
    }

    /// The defaults: every pack, every rule at its own severity.
    package static let standard = Configuration()

    /// The settings a draft is linted with.
    package var settings: LintSettings {
        var severities: [String: Severity?] = [:]
        for (id, setting) in rules {
            switch setting {
            case .severity(let severity): severities[id] = .some(severity)
            case .off: severities[id] = .some(nil)
            }
        }
        return LintSettings(severities: severities, packs: packs.map(Set.init), requireReason: requireReason ?? false)
    }

    /// Reads a configuration file's text.
    package static func decode(file: String, text: String) throws(ConfigurationError) -> Configuration {
        let members = try JSONField.root(file: file, text: text).object(allowed: ["$schema", "version", "rules", "packs", "ruleDirectories", "include", "exclude", "failOn", "requireReason"])
        var configuration = Configuration(file: file)
        if let field = members["version"] {
            let version = try field.integer(in: 0...Int.max - 1)
            guard version == supportedVersion else {
                throw field.error("unsupported configuration version \(version) (this disclint reads version \(supportedVersion))")
            }
        }
        if let field = members["rules"] {
            guard let entries = field.value.members else { throw field.error("expected an object, found \(field.value.typeName)") }
            for entry in entries {
                let value = field.child(entry.value, key: entry.key)
                let text = try value.oneOf(Severity.allCases.map(\.rawValue) + ["off"])
                configuration.rules.append((entry.key, text == "off" ? .off : .severity(Severity(rawValue: text)!)))
            }
        }
        configuration.packs = try members["packs"]?.strings()
        configuration.ruleDirectories = try members["ruleDirectories"]?.strings() ?? []
        configuration.include = try members["include"]?.strings().map(Glob.init) ?? []
        configuration.exclude = try members["exclude"]?.strings().map(Glob.init) ?? []
        if let field = members["failOn"] {
            configuration.failOn = Severity(rawValue: try field.oneOf(Severity.allCases.map(\.rawValue)))
        }
        if let field = members["requireReason"] {
            guard let value = field.value.bool else { throw field.error("expected a boolean, found \(field.value.typeName)") }
            configuration.requireReason = value
        }
        return configuration
    }

    /// Checks the rule ids and pack ids against what is loaded: a typo must not silently do nothing.
    package func validate(against rules: RuleSet, knownRules: Set<String>) throws(ConfigurationError) {
        let file = self.file ?? ".disclint.json"
        for (id, _) in self.rules where !knownRules.contains(id) {
            let hint = SuppressionApplier.closest(to: id, in: knownRules).map { " (did you mean '\($0)'?)" } ?? ""
            throw ConfigurationError(file: file, location: nil, path: "$.rules.\(id)", reason: "no rule '\(id)'\(hint); see 'disclint rules'")
        }
        let packIDs = Set(rules.packs.map(\.id))
        for (index, pack) in (packs ?? []).enumerated() where !packIDs.contains(pack) {
            throw ConfigurationError(file: file, location: nil, path: "$.packs[\(index)]",
                                     reason: "no pack '\(pack)' (packs: \(packIDs.sorted().joined(separator: ", ")))")
        }
    }

    /// Whether a path relative to the configuration's folder is to be linted.
    package func selects(_ relativePath: String) -> Bool {
        (include.isEmpty || include.contains { $0.matches(relativePath) }) && !exclude.contains { $0.matches(relativePath) }
    }

    /// The effective configuration as JSON, for `disclint print-config`.
    package func json() -> String {
        var json = JSONWriter()
        json.open("{")
        if let file { json.string(file, key: "source") } else { json.value("null", key: "source") }
        json.number(version, key: "version")
        json.open("{", key: "rules")
        for (id, setting) in rules { json.string(setting.text, key: id) }
        json.close("}")
        if let packs {
            json.open("[", key: "packs")
            for pack in packs { json.string(pack) }
            json.close("]")
        } else {
            json.value("null", key: "packs")
        }
        for (key, list) in [("ruleDirectories", ruleDirectories), ("include", include.map(\.pattern)), ("exclude", exclude.map(\.pattern))] {
            json.open("[", key: key)
            for item in list { json.string(item) }
            json.close("]")
        }
        json.string((failOn ?? .error).rawValue, key: "failOn")
        json.value((requireReason ?? false) ? "true" : "false", key: "requireReason")
        json.close("}")
        return json.text + "\n"
    }
}
