import DisclintCore
import Testing

@Suite("LocalizedText")
struct LocalizedTextTests {
    static func pack(message: String) -> String {
        #"""
        {"version": 1, "id": "lang-test", "name": "Language test", "recognize": {"allOf": [["language test"]]},
         "sections": [{"id": "period", "name": {"ja": "取得期間", "en": "purchase period"}, "scope": "results", "value": "period", "synonyms": ["期間", "period"]}],
         "rules": [{"id": "missing-purchase-period", "severity": "error", "description": "No period.",
                    "checks": [{"kind": "required", "section": "period", "message": \#(message)}],
                    "examples": {"triggering": ["Language test\n"], "nonTriggering": ["Language test\nPeriod: May 1, 2025 to May 2, 2025\n"]}}]}
        """#
    }

    @Test("a message in several languages: the first by default, another on request, the first when one is missing")
    func languages() throws {
        let pack = try RulePack.load(file: "lang.json", text: Self.pack(message: #"{"ja": "{section}が記載されていません。", "en": "The {section} is not stated."}"#))
        let linter = Linter(rules: try RuleSet(packs: [pack]))
        let draft = SourceFile(path: "d.txt", text: "Language test\n")
        #expect(linter.lint(draft).diagnostics.map(\.message) == ["取得期間が記載されていません。"])
        #expect(linter.lint(draft, settings: LintSettings(language: "en")).diagnostics.map(\.message) == ["The purchase period is not stated."])
        #expect(linter.lint(draft, settings: LintSettings(language: "fr")).diagnostics.map(\.message) == ["取得期間が記載されていません。"])
    }

    @Test("a malformed message is refused with its JSON path", arguments: [
        (#"{}"#, "$.rules[0].checks[0].message: expected at least one language"),
        (#"{"japanese!": "x"}"#, "$.rules[0].checks[0].message.japanese!: 'japanese!' is not a language code (e.g. 'en', 'ja', 'en-GB')"),
        (#"{"en": ""}"#, "$.rules[0].checks[0].message.en: "),
        (#"["x"]"#, "$.rules[0].checks[0].message: expected a string or an object of language codes to strings"),
    ])
    func refused(_ message: String, _ expected: String) {
        do {
            _ = try RulePack.load(file: "lang.json", text: Self.pack(message: message))
            Issue.record("loaded")
        } catch {
            #expect("\(error.path): \(error.reason)".hasPrefix(expected))
        }
    }
}
