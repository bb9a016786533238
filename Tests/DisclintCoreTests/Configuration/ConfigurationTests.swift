import DisclintCore
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    static func decode(_ text: String) throws -> Configuration {
        try Configuration.decode(file: ".disclint.json", text: text)
    }

    static func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try decode(text)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    /// swift-format's testDefaultConfigurationIsSameAsEmptyDecode: `{}` is the defaults.
    @Test("{} is the default configuration")
    func emptyIsDefault() throws {
        var decoded = try Self.decode("{}")
        decoded.file = nil
        #expect(decoded == Configuration.standard)
        #expect(decoded.settings == LintSettings.standard)
    }

    @Test("reads every key")
    func readsEveryKey() throws {
        let configuration = try Self.decode("""
        {"version": 1, "rules": {"missing-share-class": "error", "missing-forward-looking-notice": "off"},
         "packs": ["tse-buyback-results"], "ruleDirectories": ["compliance/rules"],
         "include": ["releases/**"], "exclude": ["archive/**"], "failOn": "warning", "requireReason": true}
        """)
        #expect(configuration.settings.severity(of: "missing-share-class", default: .warning) == .error)
        #expect(configuration.settings.severity(of: "missing-forward-looking-notice", default: .error) == nil)
        #expect(configuration.settings.severity(of: "placeholder-text", default: .error) == .error)
        #expect(configuration.settings.packs == ["tse-buyback-results"])
        #expect(configuration.settings.requireReason)
        #expect(configuration.ruleDirectories == ["compliance/rules"])
        #expect(configuration.failOn == .warning)
        #expect(configuration.selects("releases/2025/a.md"))
        #expect(!configuration.selects("archive/2019/a.md"))
        #expect(!configuration.selects("notes/a.md"))
    }

    @Test("refuses with the key path and position", arguments: [
        (#"{"bogus": 1}"#, "$.bogus", "unknown key 'bogus'"),
        (#"{"version": 2}"#, "$.version", "unsupported configuration version 2"),
        (#"{"rules": {"placeholder-text": "fatal"}}"#, "$.rules.placeholder-text", "expected one of error, warning, note, off"),
        (#"{"rules": []}"#, "$.rules", "expected an object"),
        (#"{"failOn": "all"}"#, "$.failOn", "expected one of"),
        (#"{"requireReason": "yes"}"#, "$.requireReason", "expected a boolean"),
        (#"{"exclude": "archive"}"#, "$.exclude", "expected an array"),
        (#"{"include": [1]}"#, "$.include[0]", "expected a string"),
        (#"{"rules": {}"#, "$", "invalid JSON"),
    ])
    func refuses(_ text: String, _ path: String, _ reason: String) throws {
        let error = try #require(Self.error(text), "\(text) was accepted")
        #expect(error.path == path)
        #expect(error.reason.contains(reason), "\(error.reason)")
        #expect(error.file == ".disclint.json")
        #expect(error.location != nil)
    }

    @Test("an unknown rule or pack id is refused, with a hint")
    func validate() throws {
        let rules = try RuleSet.embedded()
        let known = Linter(rules: rules).knownRuleIDs
        let typo = try Self.decode(#"{"rules": {"shares-exceed-cp": "off"}}"#)
        #expect(throws: ConfigurationError.self) { try typo.validate(against: rules, knownRules: known) }
        do {
            try typo.validate(against: rules, knownRules: known)
        } catch {
            #expect(error.description.contains("did you mean 'shares-exceed-cap'?"))
        }
        let pack = try Self.decode(#"{"packs": ["uk-rns"]}"#)
        #expect(throws: ConfigurationError.self) { try pack.validate(against: rules, knownRules: known) }
        let fine = try Self.decode(#"{"rules": {"unused-suppression": "off", "invalid-encoding": "warning"}}"#)
        try fine.validate(against: rules, knownRules: known)
    }
}
