import DisclintCore
import Testing

@Suite("RulePack.load")
struct RulePackTests {
    /// A small pack that loads; each error case below breaks it in one place.
    static let valid = """
        {
          "version": 1,
          "id": "test-pack",
          "name": "Test pack",
          "recognize": {"allOf": [["results"], ["buyback"]]},
          "sections": [
            {"id": "shares-purchased", "name": "number of shares purchased", "scope": "results", "value": "shares", "synonyms": ["number of shares"]},
            {"id": "share-cap", "name": "maximum number of shares", "scope": "resolution", "value": "shares", "synonyms": ["maximum number of shares"]}
          ],
          "exampleDocument": ["Results of Share Buyback", "", "1. Number of shares: 10 shares"],
          "rules": [
            {"id": "missing-shares", "severity": "error", "description": "No number of shares.",
             "checks": [{"kind": "required", "section": "shares-purchased", "message": "No number of shares."}],
             "examples": {"triggering": [{"edit": [{"find": "1. Number of shares: 10 shares", "replace": ""}]}], "nonTriggering": []}},
            {"id": "over-cap", "severity": "warning", "description": "Over the cap.",
             "checks": [{"kind": "compare", "left": "shares-purchased", "op": "<=", "right": "share-cap", "message": "{left} > {right}"}],
             "examples": {"triggering": [], "nonTriggering": []}}
          ]
        }
        """

    /// The valid pack with `find` replaced (exactly once) by `replace`.
    static func broken(_ find: String, _ replace: String) -> String {
        let parts = valid.components(find)
        precondition(parts.count == 2, "'\(find)' must occur exactly once in the test pack")
        return parts.joined(separator: replace)
    }

    @Test("loads a valid pack")
    func loadsValid() throws {
        let pack = try RulePack.load(file: "test.json", text: Self.valid)
        #expect(pack.id == "test-pack")
        #expect(pack.name == "Test pack")
        #expect(pack.file == "test.json")
        #expect(pack.sections.map(\.id) == ["shares-purchased", "share-cap"])
        #expect(pack.rules.map(\.id) == ["missing-shares", "over-cap"])
        #expect(pack.rules.map(\.severity) == [.error, .warning])
        #expect(pack.rules[0].triggering.count == 1)
        #expect(pack.rules[0].triggering[0].path == "$.rules[0].examples.triggering[0]")
        #expect(!pack.rules[0].triggering[0].text.contains("Number of shares"))
        #expect(pack.recognition.withinLines == 40)
    }

    @Test("a deferred pack knows its rule ids at once and reads its body when first asked")
    func deferredBody() throws {
        let pack = try RulePack.load(file: "test.json", text: Self.valid, deferred: true)
        #expect(pack.ruleIDs == ["missing-shares", "over-cap"])
        #expect(pack.recognition.groups.count == 2)
        #expect(!pack.isBodyRead)
        #expect(pack.sections.map(\.id) == ["shares-purchased", "share-cap"])
        #expect(pack.isBodyRead)
        #expect(pack.rules.map(\.id) == pack.ruleIDs)
        #expect(pack.rules[0].triggering.count == 1)
    }

    @Test("a pack from --rules is checked whole at load and makes its body when first asked")
    func checkedBody() throws {
        let pack = try RulePack.load(file: "test.json", text: Self.valid)
        #expect(pack.ruleIDs == ["missing-shares", "over-cap"])
        #expect(!pack.isBodyRead)
        #expect(pack.sections.map(\.id) == ["shares-purchased", "share-cap"])
        #expect(pack.isBodyRead)
        #expect(pack.rules.map(\.id) == pack.ruleIDs)
    }

    @Test("the body a checked pack makes is the body the pack reads to, phrases and examples alike",
          arguments: RuleSet.embeddedTexts.map(\.name))
    func checkedBodyIsWhole(_ name: String) throws {
        let text = try #require(RuleSet.embeddedTexts.first { $0.name == name }).text
        let checked = try RulePack.load(file: name, text: text)
        let unchecked = try RulePack.load(file: name, text: text, deferred: true)
        #expect(checked.ruleIDs == unchecked.ruleIDs)
        #expect(checked.scopes.map { $0.leadPhrases.map(\.words) + $0.startPhrases.map(\.words) + $0.labelPhrases.map(\.words) }
                == unchecked.scopes.map { $0.leadPhrases.map(\.words) + $0.startPhrases.map(\.words) + $0.labelPhrases.map(\.words) })
        #expect(checked.sections.map(\.id) == unchecked.sections.map(\.id))
        #expect(checked.sections.map { $0.synonyms.map(\.words) } == unchecked.sections.map { $0.synonyms.map(\.words) })
        #expect(checked.sections.map { $0.contextAfter.map { $0.map(\.words) } } == unchecked.sections.map { $0.contextAfter.map { $0.map(\.words) } })
        #expect(checked.rules.map(\.id) == unchecked.rules.map(\.id))
        for (a, b) in zip(checked.rules, unchecked.rules) {
            #expect(a.triggering.map(\.text) == b.triggering.map(\.text), "\(a.id)")
            #expect(a.nonTriggering.map(\.summary) == b.nonTriggering.map(\.summary), "\(a.id)")
            #expect(a.triggering.map(\.path) == b.triggering.map(\.path), "\(a.id)")
            #expect(!a.triggering.isEmpty, "\(a.id)")
        }
    }

    @Test("every pack built into the binary reads whole, with the rule ids its deferred reading gives",
          arguments: RuleSet.embeddedTexts.map(\.name))
    func embeddedReadWhole(_ name: String) throws {
        let text = try #require(RuleSet.embeddedTexts.first { $0.name == name }).text
        let whole = try RulePack.load(file: name, text: text)
        let deferred = try RulePack.load(file: name, text: text, deferred: true)
        #expect(deferred.ruleIDs == whole.rules.map(\.id))
        #expect(deferred.sections.map(\.id) == whole.sections.map(\.id))
    }

    /// A broken pack: what is wrong, its text, the JSON path of the error, and words its reason
    /// must contain.
    struct Broken: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var path: String
        var reason: String
        var testDescription: String { name }
    }

    static let errors: [Broken] = [
        Broken(name: "invalid JSON",
               text: broken("\"version\": 1,", "\"version\": 1,,"), path: "$", reason: "invalid JSON"),
        Broken(name: "unknown key in the first rule",
               text: broken("\"severity\": \"error\"", "\"severty\": \"error\""), path: "$.rules[0].severty", reason: "unknown key 'severty'"),
        Broken(name: "unknown key in a rule",
               text: broken("\"severity\": \"warning\"", "\"severty\": \"warning\""), path: "$.rules[1].severty", reason: "unknown key 'severty'"),
        Broken(name: "unknown key at the top",
               text: broken("\"name\": \"Test pack\",", "\"name\": \"Test pack\", \"rulez\": [],"), path: "$.rulez", reason: "unknown key 'rulez'"),
        Broken(name: "unknown key in a section",
               text: broken("\"synonyms\": [\"number of shares\"]", "\"synonyms\": [\"number of shares\"], \"synonym\": []"), path: "$.sections[0].synonym", reason: "unknown key 'synonym'"),
        Broken(name: "missing required key",
               text: broken("\"name\": \"Test pack\",", ""), path: "$", reason: "missing required key 'name'"),
        Broken(name: "wrong type: version as a string",
               text: broken("\"version\": 1,", "\"version\": \"1\","), path: "$.version", reason: "expected a whole number, found a string"),
        Broken(name: "wrong type: synonyms as a string",
               text: broken("\"synonyms\": [\"number of shares\"]", "\"synonyms\": \"number of shares\""), path: "$.sections[0].synonyms", reason: "expected an array, found a string"),
        Broken(name: "wrong type: rule id as a number",
               text: broken("\"id\": \"over-cap\"", "\"id\": 7"), path: "$.rules[1].id", reason: "expected a string, found a number"),
        Broken(name: "wrong type: recognize as an array",
               text: broken("\"recognize\": {\"allOf\": [[\"results\"], [\"buyback\"]]}", "\"recognize\": [\"results\"]"), path: "$.recognize", reason: "expected an object, found an array"),
        Broken(name: "wrong value: severity",
               text: broken("\"severity\": \"warning\"", "\"severity\": \"fatal\""), path: "$.rules[1].severity", reason: "found 'fatal'"),
        Broken(name: "wrong value: scope",
               text: broken("\"scope\": \"resolution\"", "\"scope\": \"appendix\""), path: "$.sections[1].scope", reason: "found 'appendix'"),
        Broken(name: "wrong value: check kind",
               text: broken("\"kind\": \"compare\"", "\"kind\": \"comparison\""), path: "$.rules[1].checks[0].kind", reason: "found 'comparison'"),
        Broken(name: "wrong value: comparison operator",
               text: broken("\"op\": \"<=\"", "\"op\": \"=<\""), path: "$.rules[1].checks[0].op", reason: "found '=<'"),
        Broken(name: "wrong value: rule id not kebab-case",
               text: broken("\"id\": \"over-cap\"", "\"id\": \"Over_Cap\""), path: "$.rules[1].id", reason: "kebab-case"),
        Broken(name: "unsupported version",
               text: broken("\"version\": 1,", "\"version\": 2,"), path: "$.version", reason: "unsupported pack version 2"),
        Broken(name: "duplicate rule id",
               text: broken("\"id\": \"over-cap\"", "\"id\": \"missing-shares\""), path: "$.rules[1]", reason: "duplicate rule id 'missing-shares'"),
        Broken(name: "duplicate section id",
               text: broken("\"id\": \"share-cap\"", "\"id\": \"shares-purchased\""), path: "$.sections[1]", reason: "duplicate section id 'shares-purchased'"),
        Broken(name: "check refers to an unknown section",
               text: broken("\"right\": \"share-cap\"", "\"right\": \"price-cap\""), path: "$.rules[1].checks[0].right", reason: "no section 'price-cap'"),
        Broken(name: "required check refers to an unknown section",
               text: broken("\"section\": \"shares-purchased\"", "\"section\": \"shares\""), path: "$.rules[0].checks[0].section", reason: "no section 'shares'"),
        Broken(name: "empty synonyms",
               text: broken("\"synonyms\": [\"maximum number of shares\"]", "\"synonyms\": []"), path: "$.sections[1].synonyms", reason: "at least one"),
        Broken(name: "empty synonym",
               text: broken("\"synonyms\": [\"maximum number of shares\"]", "\"synonyms\": [\"  \"]"), path: "$.sections[1].synonyms[0]", reason: "must not be empty"),
        Broken(name: "blank synonym in a script with its own spaces",
               text: broken("\"synonyms\": [\"maximum number of shares\"]", "\"synonyms\": [\"maximum number of shares\", \"\u{3000}\\n\"]"), path: "$.sections[1].synonyms[1]", reason: "must not be empty"),
        Broken(name: "synonym that is not a string",
               text: broken("\"synonyms\": [\"maximum number of shares\"]", "\"synonyms\": [\"maximum number of shares\", 7]"), path: "$.sections[1].synonyms[1]", reason: "expected a string, found a number"),
        Broken(name: "two required keys missing: the first in alphabetical order",
               text: broken("\"scope\": \"resolution\", \"value\": \"shares\", ", ""), path: "$.sections[1]", reason: "missing required key 'scope'"),
        Broken(name: "empty checks",
               text: broken("\"checks\": [{\"kind\": \"required\", \"section\": \"shares-purchased\", \"message\": \"No number of shares.\"}]", "\"checks\": []"), path: "$.rules[0].checks", reason: "at least one check"),
        Broken(name: "edit example that does not apply",
               text: broken("\"find\": \"1. Number of shares: 10 shares\"", "\"find\": \"2. Number of shares\""), path: "$.rules[0].examples.triggering[0].edit[0].find", reason: "does not occur"),
        Broken(name: "empty recognition group",
               text: broken("[[\"results\"], [\"buyback\"]]", "[[\"results\"], []]"), path: "$.recognize.allOf[1]", reason: "at least one"),
    ]

    @Test("refuses a malformed pack with the JSON path and what is wrong (the first fault of two)", arguments: errors + twoFaults)
    func refuses(_ broken: Broken) {
        let (name, text, path, reason) = (broken.name, broken.text, broken.path, broken.reason)
        do {
            // At load, though the body is made only when first needed: a pack is never half-loaded.
            let pack = try RulePack.load(file: "rules/test.json", text: text)
            Issue.record("\(name): loaded pack '\(pack.id)' instead of refusing it")
        } catch {
            #expect(error.file == "rules/test.json", "\(name)")
            #expect(error.path == path, "\(name): \(error.description)")
            #expect(error.reason.contains(reason), "\(name): \(error.description)")
            #expect(error.description.hasPrefix("rules/test.json:"), "\(name): \(error.description)")
            #expect(error.description.contains(": \(path): "), "\(name): \(error.description)")
        }
    }

    /// Packs with two faults, each with the one a reading from top to bottom meets first, which is
    /// the one refused: the sections and the rules are read on two cores, and the rules checked
    /// after both are read.
    static let twoFaults: [Broken] = [
        Broken(name: "an unknown section in the first rule, an unreadable second rule",
               text: broken("\"section\": \"shares-purchased\"", "\"section\": \"shares\"")
                .replacingFirst("\"severity\": \"warning\"", with: "\"severity\": \"fatal\""),
               path: "$.rules[0].checks[0].section", reason: "no section 'shares'"),
        Broken(name: "an unreadable first rule, an unknown section in the second",
               text: broken("\"severity\": \"error\"", "\"severity\": \"fatal\"")
                .replacingFirst("\"right\": \"share-cap\"", with: "\"right\": \"price-cap\""),
               path: "$.rules[0].severity", reason: "found 'fatal'"),
        Broken(name: "a section that does not read, an unreadable rule",
               text: broken("\"scope\": \"resolution\"", "\"scope\": \"appendix\"")
                .replacingFirst("\"severity\": \"error\"", with: "\"severity\": \"fatal\""),
               path: "$.sections[1].scope", reason: "found 'appendix'"),
        Broken(name: "a duplicate section id, a duplicate rule id",
               text: broken("\"id\": \"share-cap\"", "\"id\": \"shares-purchased\"")
                .replacingFirst("\"id\": \"over-cap\"", with: "\"id\": \"missing-shares\""),
               path: "$.sections[1]", reason: "duplicate section id 'shares-purchased'"),
        Broken(name: "a part that does not read, a section that does not read",
               text: broken("\"sections\": [", "\"scopes\": [{\"scope\": \"appendix\"}],\n  \"sections\": [")
                .replacingFirst("\"scope\": \"resolution\"", with: "\"scope\": \"elsewhere\""),
               path: "$.scopes[0].scope", reason: "found 'appendix'"),
        Broken(name: "a section that does not read, rules that are not an array",
               text: broken("\"scope\": \"resolution\"", "\"scope\": \"appendix\"")
                .replacingFirst("\"rules\": [", with: "\"rules\": {\"all\": [").replacingFirst("\n  ]\n}", with: "\n  ]}\n}"),
               path: "$.sections[1].scope", reason: "found 'appendix'"),
        Broken(name: "an unknown section in the first rule, the second rule's id taken",
               text: broken("\"section\": \"shares-purchased\"", "\"section\": \"shares\"")
                .replacingFirst("\"id\": \"over-cap\"", with: "\"id\": \"missing-shares\""),
               path: "$.rules[0].checks[0].section", reason: "no section 'shares'"),
    ]

    @Test("an error names the line and column where the offending value is")
    func location() {
        let text = Self.broken("\"severity\": \"warning\"", "\"severity\": \"fatal\"")
        do {
            _ = try RulePack.load(file: "p.json", text: text)
            Issue.record("loaded")
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.contains("\"fatal\"") }.map { $0 + 1 }
            #expect(error.location?.line == line)
            let column = lines[(line ?? 1) - 1].firstIndexColumn(of: "\"fatal\"")
            #expect(error.location?.column == column)
            #expect(error.description.hasPrefix("p.json:\(line ?? 0):\(column ?? 0): $.rules[1].severity: expected one of "))
            #expect(["error", "warning", "note", "found 'fatal'"].allSatisfy(error.reason.contains))
        }
    }

    @Test("a check naming an unknown section: refused at the value that names it, with the nearest id")
    func unknownSection() {
        let text = Self.broken("\"right\": \"share-cap\"", "\"right\": \"share-cpa\"")
        do {
            _ = try RulePack.load(file: "p.json", text: text)
            Issue.record("loaded")
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.contains("\"share-cpa\"") }.map { $0 + 1 }
            #expect(error.location?.line == line)
            #expect(error.location?.column == lines[(line ?? 1) - 1].firstIndexColumn(of: "\"share-cpa\""))
            #expect(error.path == "$.rules[1].checks[0].right")
            #expect(error.reason == "no section 'share-cpa' in this pack (did you mean 'share-cap'?; sections: shares-purchased, share-cap)")
        }
    }

    @Test("an unknown section among many: the error lists ten of them")
    func unknownSectionAmongMany() {
        let many = (0..<25).map { #"{"id": "extra-\#($0)", "name": "extra", "scope": "any", "value": "text", "synonyms": ["extra"]},"# }
        let text = Self.broken("\"sections\": [", "\"sections\": [" + many.joined(separator: "\n"))
            .replacingFirst("\"right\": \"share-cap\"", with: "\"right\": \"nowhere\"")
        do {
            _ = try RulePack.load(file: "p.json", text: text)
            Issue.record("loaded")
        } catch {
            let listed = (0..<10).map { "extra-\($0)" }.joined(separator: ", ")
            #expect(error.reason == "no section 'nowhere' in this pack (sections: \(listed), … and 17 more)")
        }
    }

    @Test("invalid JSON is reported at the JSON error's position")
    func invalidJSONLocation() {
        do {
            _ = try RulePack.load(file: "p.json", text: "{\n  \"version\": 1,\n  \"id\": \"x\",\n}")
            Issue.record("loaded")
        } catch {
            #expect(error.path == "$")
            #expect(error.location == DisclintCore.SourceLocation(line: 4, column: 1))
        }
    }

    @Test("a rule's examples may be whole drafts, as a string or as lines")
    func exampleForms() throws {
        let text = Self.broken("\"examples\": {\"triggering\": [], \"nonTriggering\": []}",
                               "\"examples\": {\"triggering\": [\"Results of Share Buyback\\n↓10 shares\"], \"nonTriggering\": [{\"text\": [\"a\", \"b\"]}]}")
        let pack = try RulePack.load(file: "p.json", text: text)
        let rule = pack.rules[1]
        #expect(rule.triggering.first?.text == "Results of Share Buyback\n10 shares")
        #expect(rule.triggering.first?.marker == DisclintCore.SourceLocation(line: 2, column: 1))
        #expect(rule.nonTriggering.first?.text == "a\nb\n")
        #expect(rule.nonTriggering.first?.marker == nil)
    }
}

extension String {
    /// The parts of the text between occurrences of `separator`.
    func components(_ separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.rangeOfFirst(separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

extension Substring {
    /// The first occurrence of `target`.
    func rangeOfFirst(_ target: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }

    /// The 1-based column (in characters) where `target` first starts.
    func firstIndexColumn(of target: String) -> Int? {
        rangeOfFirst(target).map { self[startIndex..<$0.lowerBound].count + 1 }
    }
}
