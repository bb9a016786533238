import DisclintCore
import Testing

@Suite("RuleLoader")
struct RuleLoaderTests {
    @Test("a pack from --rules loads without its body, which the first draft of its kind makes and the next ones use")
    func bodyMadeByItsKind() throws {
        try withTemporaryDirectory { dir in
            try dir.write("rules/notice.json", CommandLineToolTests.notePack)
            let rules = try RuleLoader.load([dir.path + "/rules"]).get()
            let pack = try #require(rules.packs.first { $0.id == "test-notice" })
            #expect(pack.ruleIDs == ["missing-contact"])
            #expect(!pack.isBodyRead)
            let linter = Linter(rules: rules)
            #expect(linter.knownRuleIDs.contains("missing-contact"), "its rule ids are known without its body")
            _ = linter.lint(SourceFile(path: "over-cap.md", text: Drafts.overCap))
            #expect(!pack.isBodyRead, "a draft of another kind does not make it")
            let first = linter.lint(SourceFile(path: "notice.md", text: "Quarterly Test Notice\n\nNothing else.\n"))
            #expect(pack.isBodyRead)
            #expect(first.diagnostics.map(\.rule) == ["missing-contact"])
            let second = linter.lint(SourceFile(path: "notice.md", text: "Quarterly Test Notice\n\nContact us.\n"))
            #expect(second.diagnostics.isEmpty)
            let third = linter.lint(SourceFile(path: "notice.md", text: "Quarterly Test Notice\n\nNothing at all.\n"))
            #expect(third.diagnostics.map(\.rule) == ["missing-contact"])
        }
    }

    /// A mistake in the test pack: what is replaced, by what, and the error's JSON path, the text
    /// its position is at and its reason.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var find: String
        var replace: String
        var path: String
        var at: String
        var reason: String
        var testDescription: String { name }
    }

    /// Mistakes in the parts of a pack that are made only when a draft needs them (phrases,
    /// examples, checks), which are nonetheless refused at load.
    static let mistakes: [Mistake] = [
        Mistake(name: "an empty synonym", find: #""synonyms": ["contact us"]"#, replace: #""synonyms": ["contact us", " "]"#,
                path: "$.sections[0].synonyms[1]", at: #"" "]"#, reason: "must not be empty"),
        Mistake(name: "an edit example without an example document", find: #""nonTriggering": ["#, replace: #""nonTriggering": [{"edit": []}, "#,
                path: "$.rules[0].examples.nonTriggering[0].edit", at: "[]}", reason: "an 'edit' example needs the pack's 'exampleDocument'"),
        Mistake(name: "an example of the wrong type", find: #""triggering": ["#, replace: #""triggering": [7, "#,
                path: "$.rules[0].examples.triggering[0]", at: "7, ", reason: "expected an object, found a number"),
        Mistake(name: "a check naming an unknown section", find: #""section": "contact""#, replace: #""section": "contacts""#,
                path: "$.rules[0].checks[0].section", at: #""contacts""#,
                reason: "no section 'contacts' in this pack (did you mean 'contact'?; sections: contact)"),
    ]

    @Test("a malformed pack from --rules is refused whole at load: file, line and column, JSON path and reason", arguments: mistakes)
    func refusedAtLoad(_ mistake: Mistake) throws {
        try withTemporaryDirectory { dir in
            let text = CommandLineToolTests.notePack.replacingFirst(mistake.find, with: mistake.replace)
            try #require(text != CommandLineToolTests.notePack)
            try dir.write("rules/a-fine.json", CommandLineToolTests.notePack.replacingFirst("test-notice", with: "fine-notice"))
            let file = try dir.write("rules/b-broken.json", text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0.contains(mistake.at) })
            let column = try #require(lines[line].firstIndexColumn(of: mistake.at))
            switch RuleLoader.load([dir.path + "/rules"]) {
            case .success:
                Issue.record("loaded a pack with \(mistake.name)")
            case .failure(let problem):
                #expect(problem.message == "invalid rule pack: \(file):\(line + 1):\(column): \(mistake.path): \(mistake.reason)")
            }
        }
    }
}
