import DisclintCore
import Foundation
import Testing

/// Issue 5, point 5: hostile rule packs, given with `--rules DIR` in-process. DESIGN.md: "A
/// malformed pack is refused whole, with the file, the JSON path and what is wrong (exit 2), never
/// half-loaded." Each pack here is either refused that way (and nothing is linted: stdout stays
/// empty) or loaded and fast.
///
/// There is no regular expression in a pack: phrases are matched on words, so a pattern that
/// would backtrack catastrophically cannot be written. A `pattern` or `regex` key is refused as
/// unknown like any other (see ``refused(_:)``).
extension HostileInput {
    @Suite("Hostile rule packs")
    struct HostileRulePackTests {
        // MARK: - Packs

        /// The section of the small pack below.
        static let noticeSection = #"    {"id": "contact", "name": "contact", "scope": "any", "value": "presence", "detect": "phrase", "synonyms": ["contact us"]}"#

        /// The rule of the small pack below.
        static let noticeRule = #"""
                {
                  "id": "missing-contact",
                  "severity": "note",
                  "description": "The notice gives no contact.",
                  "checks": [
                    {"kind": "required", "section": "contact", "message": "The notice gives no contact."}
                  ],
                  "examples": {"triggering": ["Quarterly Test Notice\n\nNothing."], "nonTriggering": ["Quarterly Test Notice\n\nContact us."]}
                }
            """#

        /// A small valid pack, one member per line as people write packs (a pack on one line is
        /// tested on its own: see ``minifiedPack()``): a "test notice" must give a contact.
        static let notice = """
            {
              "version": 1,
              "id": "test-notice",
              "name": "Test notice",
              "recognize": {"allOf": [["test notice"]]},
              "sections": [
            \(noticeSection)
              ],
              "rules": [
            \(noticeRule)
              ]
            }

            """

        /// A draft the notice pack recognises, with no contact: one note.
        static let noticeDraft = "Quarterly Test Notice\n\nNothing else.\n"

        /// The shipped pack, as committed.
        static let shippedPack: String = {
            let root = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return (try? String(contentsOf: root.appendingPathComponent("rules/tse-buyback-results.json"), encoding: .utf8)) ?? ""
        }()

        /// `notice` with its first `target` replaced.
        static func notice(replacing target: String, with replacement: String) -> String {
            notice.replacingFirst(target, with: replacement)
        }

        /// `line:column` (1-based, columns in characters) of the `occurrence`-th `marker` in
        /// `text`, plus `offset` characters.
        static func position(of marker: String, in text: String, offset: Int = 0, occurrence: Int = 1) -> String {
            var searched = text[...]
            var found: Range<String.Index>?
            for _ in 0..<occurrence {
                guard let range = searched.range(of: marker) else { return "?:?" }
                found = range
                searched = text[range.upperBound...]
            }
            guard let range = found else { return "?:?" }
            let before = text[..<range.lowerBound]
            let line = before.filter { $0 == "\n" }.count + 1
            let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            return "\(line):\(before[lineStart...].count + 1 + offset)"
        }

        /// Runs `lint --rules DIR draft` with `pack` as `DIR/pack.json`, in bounded time.
        static func lint(pack: String, draft: String = noticeDraft, format: String = "json", limit: Double = 30,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (TimedRun, packPath: String, draftPath: String)? {
            try withTemporaryDirectory { dir in
                let packPath = try dir.write("rules/pack.json", pack)
                let draftPath = try dir.write("draft.md", draft)
                let before = dir.listing()
                let run = runTimed(["--rules", dir.path + "/rules", draftPath, "--format", format], limit: limit, sourceLocation: sourceLocation)
                #expect(dir.listing() == before, "disclint wrote nothing", sourceLocation: sourceLocation)
                return run.map { ($0, packPath, draftPath) }
            }
        }

        // MARK: - Refused whole

        /// A pack that must be refused, where and why.
        struct Refusal: CustomTestStringConvertible, Sendable {
            var name: String
            var pack: String
            /// `line:column` in the pack.
            var position: String
            var path: String
            var reason: String
            var testDescription: String { name }

            init(_ name: String, _ pack: String, at position: String, _ path: String, _ reason: String) {
                self.name = name
                self.pack = pack
                self.position = position
                self.path = path
                self.reason = reason
            }
        }

        /// 63 arrays in a member of the pack's object: 64 levels, the JSON reader's limit.
        static let deepArray = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        /// One more: 65 levels.
        static let deeperArray = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        /// 100,000 levels of objects and arrays.
        static let hugeNesting = String(repeating: #"{"a": ["#, count: 50_000) + String(repeating: "]}", count: 50_000)

        /// `line:column` of the end of `text`.
        static func end(of text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return "\(lines.count):\(lines.last!.count + 1)"
        }

        /// The character offset of the `n`-th (1-based) `[` or `{` in `text`.
        static func offset(ofOpening n: Int, in text: String) -> Int {
            var seen = 0
            for (offset, character) in text.enumerated() where character == "[" || character == "{" {
                seen += 1
                if seen == n { return offset }
            }
            return -1
        }

        static let refusals: [Refusal] = {
            var cases: [Refusal] = []
            /// A refusal at `marker` (plus `offset` characters) in `pack`; at 1:1 for an empty marker.
            func add(_ name: String, _ pack: String, _ marker: String, offset: Int = 0, _ path: String, _ reason: String) {
                cases.append(Refusal(name, pack, at: marker.isEmpty ? "1:1" : position(of: marker, in: pack, offset: offset), path, reason))
            }
            // Invalid JSON.
            add("a doubled comma", notice(replacing: #""Test notice","#, with: #""Test notice",,"#), ",,", offset: 1, "$", "invalid JSON: expected a key (a string) in an object")
            let trailing = notice(replacing: "  ]\n}", with: "  ],\n}")
            // The error is at the closing brace, on the last line.
            cases.append(Refusal("a trailing comma", trailing, at: "\(trailing.split(separator: "\n", omittingEmptySubsequences: false).count - 1):1",
                                 "$", "invalid JSON: expected a key (a string) in an object"))
            let truncated = String(notice.prefix(notice.count / 2))
            cases.append(Refusal("a truncated file", truncated, at: end(of: truncated), "$", "invalid JSON: unexpected end of file, expected a value"))
            add("an empty file", "", "", "$", "invalid JSON: unexpected end of file, expected a value")
            add("a comment", "// rules\n" + notice, "", "$", "invalid JSON: unexpected character '/', expected a value")
            add("single quotes", notice(replacing: #""Test notice""#, with: "'Test notice'"), "'Test", "$", "invalid JSON: unexpected character ''', expected a value")
            add("NaN", notice(replacing: #""version": 1"#, with: #""version": NaN"#), "NaN", "$", "invalid JSON: unexpected character 'N', expected a value")
            cases.append(Refusal("text after the value", notice + "{}", at: end(of: notice), "$", "invalid JSON: unexpected text after the JSON value"))
            add("a duplicate key", notice(replacing: #""version": 1,"#, with: #""version": 1, "version": 1,"#), #""version": 1,"#, offset: 14,
                "$", "invalid JSON: duplicate key 'version'")
            add("an invalid escape", notice(replacing: "Test notice", with: #"Test\x notice"#), #"\x"#, "$", #"invalid JSON: invalid escape '\x'"#)
            add("a lone surrogate", notice(replacing: "Test notice", with: #"Test\ud800 notice"#), #"\ud800"#, offset: 6, "$", #"invalid JSON: unpaired surrogate in \u escape"#)
            // Control characters: raw ones are refused by the JSON reader (escaped ones: see below).
            add("a raw control character in a string", notice(replacing: "The notice gives no contact.\",", with: "The notice\u{1B}[2J gives no contact.\","),
                "\u{1B}", "$", "invalid JSON: control character in string (escape it)")
            add("a raw NUL in a string", notice(replacing: "contact us", with: "contact\u{0}us"), "\u{0}", "$", "invalid JSON: control character in string (escape it)")
            // Nesting beyond the reader's depth limit: 64 levels, the pack's own object included.
            add("65 levels of nesting", notice(replacing: #""name": "Test notice""#, with: #""name": "# + deeperArray),
                deeperArray, offset: 63, "$", "invalid JSON: nested deeper than 64 levels")
            add("100,000 levels of nesting", notice(replacing: #""name": "Test notice""#, with: #""name": "# + hugeNesting),
                hugeNesting.prefix(20) + "", offset: offset(ofOpening: 64, in: hugeNesting), "$", "invalid JSON: nested deeper than 64 levels")
            // Wrong types.
            add("version as a string", notice(replacing: #""version": 1"#, with: #""version": "1""#), #""1""#, "$.version", "expected a whole number, found a string")
            add("version as a fraction", notice(replacing: #""version": 1"#, with: #""version": 1.5"#), "1.5", "$.version", "expected a whole number, found a number")
            add("version with 400 digits", notice(replacing: #""version": 1"#, with: #""version": "# + String(repeating: "9", count: 400)), "999",
                "$.version", "expected a whole number, found a number")
            add("another version", notice(replacing: #""version": 1"#, with: #""version": 2"#), "2,", "$.version", "unsupported pack version 2 (this disclint reads version 1)")
            add("the pack as an array", "[" + notice + "]", "", "$", "expected an object, found an array")
            let rulesNull = String(notice[..<notice.range(of: #""rules": ["#)!.lowerBound]) + "\"rules\": null\n}\n"
            add("rules as null", rulesNull, "null", "$.rules", "expected an array, found null")
            add("checks as an object", notice(replacing: "[\n        {\"kind\": \"required\"", with: "{\"x\": [\n        {\"kind\": \"required\"").replacingFirst("}\n      ],", with: "}\n      ]},"),
                #"{"x": ["#, "$.rules[0].checks", "expected an array, found an object")
            add("synonyms as a string", notice(replacing: #""synonyms": ["contact us"]"#, with: #""synonyms": "contact us""#), #""contact us""#,
                "$.sections[0].synonyms", "expected an array, found a string")
            add("a severity as a number", notice(replacing: #""severity": "note""#, with: #""severity": 2"#), "2,\n", "$.rules[0].severity", "expected a string, found a number")
            add("a section id as a boolean", notice(replacing: #""id": "contact""#, with: #""id": true"#), "true", "$.sections[0].id", "expected a string, found a boolean")
            add("a phrase where a group goes", notice(replacing: #""allOf": [["test notice"]]"#, with: #""allOf": ["test notice"]"#), #""test notice"]"#,
                "$.recognize.allOf[0]", "expected an array, found a string")
            add("withinLines with 400 digits", notice(replacing: #""allOf": [["test notice"]]"#, with: #""allOf": [["test notice"]], "withinLines": "# + String(repeating: "9", count: 400)),
                "999", "$.recognize.withinLines", "expected a whole number, found a number")
            // Unknown keys. A pack has no patterns: `pattern` and `regex` are unknown keys like any other.
            add("an unknown top-level key", notice(replacing: #""version": 1,"#, with: #""version": 1, "colour": "red","#), #""red""#,
                "$.colour", "unknown key 'colour' (known keys: $schema, description, exampleDocument, id, name, recognize, rules, scopes, sections, version)")
            add("a pattern in a section", notice(replacing: #""synonyms": ["contact us"]"#, with: #""synonyms": ["contact us"], "pattern": "(a+)+$""#), #""(a+)+$""#,
                "$.sections[0].pattern", "unknown key 'pattern' (known keys: contextAfter, contextAfterLeads, contextExclude, contextExcludeAfter, description, detect, exclude, id, name, scope, synonyms, value)")
            add("a regex in a check", notice(replacing: #""section": "contact", "message""#, with: #""section": "contact", "regex": "^(\\w+\\s?)*$", "message""#), #""^("#,
                "$.rules[0].checks[0].regex", "unknown key 'regex' (known keys: kind, message, redundantWith, section)")
            add("a regex in the recognition", notice(replacing: #""allOf": [["test notice"]]"#, with: #""allOf": [["test notice"]], "regex": "(x+x+)+y""#), #""(x+x+)+y""#,
                "$.recognize.regex", "unknown key 'regex' (known keys: allOf, alternatives, exclude, withinLines)")
            add("a pattern in a rule", notice(replacing: #""severity": "note","#, with: #""severity": "note", "pattern": "(.*a){20}","#), #""(.*a){20}""#,
                "$.rules[0].pattern", "unknown key 'pattern' (known keys: checks, description, examples, id, rationale, severity)")
            // Duplicate ids.
            let twoRules = notice(replacing: noticeRule, with: noticeRule + ",\n" + noticeRule)
            cases.append(Refusal("a duplicate rule id", twoRules, at: position(of: "{\n      \"id\": \"missing-contact\"", in: twoRules, occurrence: 2),
                                 "$.rules[1]", "duplicate rule id 'missing-contact'"))
            let twoSections = notice(replacing: noticeSection, with: noticeSection + ",\n" + noticeSection)
            cases.append(Refusal("a duplicate section id", twoSections, at: position(of: #"{"id": "contact""#, in: twoSections, occurrence: 2),
                                 "$.sections[1]", "duplicate section id 'contact'"))
            return cases
        }()

        @Test("a malformed pack is refused whole: file, position, JSON path and reason; exit 2; nothing linted", arguments: refusals)
        func refused(_ refusal: Refusal) throws {
            let (run, pack, _) = try #require(try Self.lint(pack: refusal.pack, limit: 10))
            #expect(run.result.status == .unreadable)
            #expect(run.result.stderr == "Error: invalid rule pack: \(pack):\(refusal.position): \(refusal.path): \(refusal.reason)\n")
            #expect(run.result.stdout.isEmpty, "a refused pack is never half-loaded, and nothing is linted with the rest")
        }

        @Test("64 levels of nesting are read (and refused as the wrong type), 65 are not JSON")
        func depthLimit() throws {
            let pack = Self.notice(replacing: #""name": "Test notice""#, with: #""name": "# + Self.deepArray)
            let (run, path, _) = try #require(try Self.lint(pack: pack, limit: 10))
            #expect(run.result.status == .unreadable)
            #expect(run.result.stderr == "Error: invalid rule pack: \(path):\(Self.position(of: "[[", in: pack)): $.name: expected a string, found an array\n")
        }

        // MARK: - Escaped control characters

        /// Escaped control characters are valid JSON. A pack may carry them into a message, its id
        /// or an error about it; either the pack is refused, or they never reach a terminal raw.
        struct ControlCase: CustomTestStringConvertible, Sendable {
            var name: String
            var pack: String
            var arguments: @Sendable (String, String) -> [String]
            /// What the output shows instead, escaped.
            var shown: String
            var testDescription: String { name }
        }

        static let controlCases: [ControlCase] = [
            ControlCase(name: "ESC sequences in a message, linted with the human reporter",
                        pack: notice(replacing: #""message": "The notice gives no contact.""#, with: #""message": "No contact\u001b[2J\u001b]0;pwned\u0007 here.""#),
                        arguments: { rules, draft in ["--rules", rules, draft] },
                        shown: #": note: No contact\u{1B}[2J\u{1B}]0;pwned\u{7} here. [missing-contact]"#),
            ControlCase(name: "ESC in the pack id, listed by 'rules'",
                        pack: notice(replacing: #""id": "test-notice""#, with: #""id": "test\u001b[31mnotice""#),
                        arguments: { rules, _ in ["rules", "--rules", rules] },
                        shown: #"missing-contact                 note      test\u{1B}[31mnotice    The notice gives no contact."#),
            ControlCase(name: "ESC in a rule id, quoted by the error that refuses it",
                        pack: notice(replacing: #""id": "missing-contact""#, with: #""id": "missing\u001b[2Jcontact""#),
                        arguments: { rules, draft in ["--rules", rules, draft] },
                        shown: #": $.rules[0].id: a rule id is kebab-case (a-z, 0-9, -), found 'missing\u{1B}[2Jcontact'"#),
        ]

        /// The human reporter, the rule list and errors show a pack's control characters escaped
        /// (`\u{1B}`): a pack cannot clear the screen or retitle the terminal window. (Only the
        /// draft's lines used to be masked; a pack's messages and ids, and errors, were raw.)
        @Test("escaped control characters never reach the terminal raw", arguments: controlCases)
        func escapedControlCharacters(_ control: ControlCase) throws {
            try withTemporaryDirectory { dir in
                try dir.write("rules/pack.json", control.pack)
                let draft = try dir.write("draft.md", Self.noticeDraft)
                let result = runTool(control.arguments(dir.path + "/rules", draft))
                let raw = (result.stdout + result.stderr).controlCharacters
                let refused = result.status == .unreadable && result.stderr.hasPrefix("Error: invalid rule pack: ")
                #expect(result.status != .usage)
                #expect(raw.isEmpty, "refused: \(refused); raw: \(raw.prefix(3).map { "U+" + String($0.value, radix: 16) })")
                #expect((result.stdout + result.stderr).contains(control.shown), "\(result.stdout)\(result.stderr)")
            }
        }

        @Test("an escaped NUL in a synonym is loaded and does no harm")
        func escapedNUL() throws {
            let pack = Self.notice(replacing: #""synonyms": ["contact us"]"#, with: #""synonyms": ["contact\u0000us", "contact us"]"#)
            let (run, _, draft) = try #require(try Self.lint(pack: pack, format: "human"))
            #expect(run.result.status == .success)
            #expect(run.result.stdout.hasPrefix("\(draft):1:1: note: The notice gives no contact. [missing-contact]\n"))
            #expect(run.result.stdout.controlCharacters.isEmpty)
        }

        // MARK: - Large packs: loaded and fast

        /// A 10 MiB string where the pack keeps text: the description (never tokenised), a message
        /// (reported as written), a section synonym (tokenised and matched against every line).
        static let tenMegabytes = String(repeating: "a", count: 10 << 20)

        /// Measured (debug build): about 3 s in-process; the bound is 5×.
        @Test("a 10 MB description: loaded, lints in bounded time")
        func tenMegabyteDescription() throws {
            let pack = Self.notice(replacing: #""description": "The notice gives no contact.""#, with: #""description": "\#(Self.tenMegabytes)""#)
            let (run, _, draft) = try #require(try Self.lint(pack: pack, format: "human", limit: 15))
            print("hostile: pack with a 10 MB description: \(run.seconds) s")
            #expect(run.result.status == .success)
            #expect(run.result.stdout.hasPrefix("\(draft):1:1: note: The notice gives no contact. [missing-contact]\n"))
        }

        /// Measured (debug build): about 6 s in-process; the bound is 5×.
        @Test("a 10 MB message: loaded, lints in bounded time, reported as written")
        func tenMegabyteMessage() throws {
            let pack = Self.notice(replacing: #""message": "The notice gives no contact.""#, with: #""message": "\#(Self.tenMegabytes)""#)
            let (run, _, _) = try #require(try Self.lint(pack: pack, limit: 30))
            print("hostile: pack with a 10 MB message: \(run.seconds) s")
            #expect(run.result.status == .success)
            let files = try JSONReport.files(run.result.stdout)
            #expect(files.first?.findings == ["1:1-1:22 missing-contact"])
            #expect(files.first?.messages.first?.utf8.count == 10 << 20)
        }

        /// Measured (debug build): about 4 s in-process (the synonym is tokenised; the pack is read
        /// once, for the run and its configuration alike); the bound is about 5×.
        @Test("a 10 MB synonym: loaded, lints in bounded time")
        func tenMegabyteSynonym() throws {
            let pack = Self.notice(replacing: #""synonyms": ["contact us"]"#, with: #""synonyms": ["contact us", "\#(Self.tenMegabytes)"]"#)
            let (run, _, _) = try #require(try Self.lint(pack: pack, limit: 20))
            print("hostile: pack with a 10 MB synonym: \(run.seconds) s")
            #expect(run.result.status == .success)
            #expect(try JSONReport.files(run.result.stdout).first?.findings == ["1:1-1:22 missing-contact"])
        }

        /// The shipped pack with `count` more rules, each a copy of `shares-exceed-cap`'s first
        /// check under a distinct id, one per line (it replaces the embedded pack of its id).
        static func manyRules(_ count: Int) -> String {
            let copies = (0..<count).map { index in
                #"    {"id": "shares-exceed-cap-copy-\#(index)", "severity": "error", "description": "Copy \#(index) of shares-exceed-cap.", "checks": [{"kind": "compare", "left": "shares-purchased", "op": "<=", "right": "share-cap", "message": "Copy \#(index): shares purchased ({left}) exceed the approved maximum ({right})."}], "examples": {"triggering": [], "nonTriggering": []}},"#
            }
            return shippedPack.replacingFirst("\"rules\": [\n", with: "\"rules\": [\n" + copies.joined(separator: "\n") + "\n")
        }

        /// The over-cap sample draft, from `samples/`.
        static let sample: String = {
            let root = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return (try? String(contentsOf: root.appendingPathComponent("samples/over-cap.md"), encoding: .utf8)) ?? ""
        }()

        /// Measured (debug build, this 2-core machine): about 1.2–2 s in-process to load the
        /// 10,000 rules (once, for the run and its configuration alike) and lint one draft with
        /// them (17 s before the engine's speed work); the bound is about 5×.
        @Test("a pack with 10,000 rules loads and lints a sample in bounded time")
        func tenThousandRules() throws {
            let pack = Self.manyRules(10_000)
            #expect(pack.utf8.count > Self.shippedPack.utf8.count + 10_000 * 300, "the pack is as described")
            let (run, _, _) = try #require(try Self.lint(pack: pack, draft: Self.sample, limit: 10))
            print("hostile: pack with 10,000 more rules (\(pack.utf8.count >> 10) KiB): \(run.seconds) s")
            #expect(run.result.status == .findings)
            let file = try #require(try JSONReport.files(run.result.stdout).first)
            #expect(file.kind == "tse-buyback-results")
            #expect(file.findings.count == 10_001)
            #expect(Set(file.findings.map { $0.split(separator: " ")[0] }) == ["11:32-11:48"])
            #expect(file.messages.contains("Copy 9999: shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares)."))
            #expect(file.messages.contains("Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares)."))
        }

        /// The shipped pack with `count` more sections, one per line.
        static func manySections(_ count: Int) -> String {
            let sections = (0..<count).map { #"    {"id": "extra-\#($0)", "name": "extra \#($0)", "scope": "any", "value": "text", "synonyms": ["extra heading \#($0)"]},"# }
            return shippedPack.replacingFirst("\"sections\": [\n", with: "\"sections\": [\n" + sections.joined(separator: "\n") + "\n")
        }

        /// Measured (debug build): about 4 s in-process; the bound is 5×.
        @Test("a pack with 10,000 sections loads and lints a sample in bounded time, as the shipped pack does")
        func tenThousandSections() throws {
            let (run, _, _) = try #require(try Self.lint(pack: Self.manySections(10_000), draft: Self.sample, limit: 20))
            print("hostile: pack with 10,000 more sections: \(run.seconds) s")
            #expect(run.result.status == .findings)
            #expect(try JSONReport.files(run.result.stdout).first?.findings == ["11:32-11:48 shares-exceed-cap"])
        }

        /// The line and column are those of the value naming the section (they used to be the
        /// rule's, while the JSON path named the check's section).
        @Test("a check naming an unknown section: refused with the file, the JSON path and the reason, exit 2")
        func unknownSection() throws {
            let pack = Self.notice(replacing: #""section": "contact""#, with: #""section": "nowhere""#)
            let (run, path, _) = try #require(try Self.lint(pack: pack, limit: 10))
            #expect(run.result.status == .unreadable)
            #expect(run.result.stdout.isEmpty)
            #expect(run.result.stderr.hasPrefix("Error: invalid rule pack: \(path):"))
            #expect(run.result.stderr.hasSuffix(": $.rules[0].checks[0].section: no section 'nowhere' in this pack (sections: contact)\n"))
            #expect(run.result.stderr.hasPrefix("Error: invalid rule pack: \(path):\(Self.position(of: #""nowhere""#, in: pack)): "))
        }

        /// The error lists a few sections of the pack, not all 10,015 (they made one line of about
        /// 120 KB).
        @Test("a check naming an unknown section among 10,000: refused with a readable message")
        func unknownSectionAmongMany() throws {
            let pack = Self.manySections(10_000).replacingFirst(#""section": "purchase-period""#, with: #""section": "nowhere""#)
            let (run, path, _) = try #require(try Self.lint(pack: pack, draft: Self.sample, limit: 10))
            #expect(run.result.status == .unreadable)
            #expect(run.result.stdout.isEmpty)
            #expect(run.result.stderr.hasPrefix("Error: invalid rule pack: \(path):"))
            #expect(run.result.stderr.contains(": $.rules[0].checks[0].section: no section 'nowhere' in this pack"))
            #expect(run.result.stderr.hasPrefix("Error: invalid rule pack: \(path):\(Self.position(of: #""nowhere""#, in: pack)): "))
            #expect(run.result.stderr.hasSuffix(" more)\n"))
            #expect(run.result.stderr.utf8.count < 1_000, "\(run.result.stderr.utf8.count) bytes")
        }

        // MARK: - The JSON reader on long lines

        /// `pack` re-serialised on one line, as a generator or a minifier writes JSON.
        static func minified(_ pack: String) -> String {
            guard let object = try? JSONSerialization.jsonObject(with: Data(pack.utf8)),
                  let data = try? JSONSerialization.data(withJSONObject: object) else { return "" }
            return String(decoding: data, as: UTF8.self)
        }

        /// A pack on one line used to be read in quadratic time (each value's column counted from
        /// the start of the line): the shipped pack on one line took 7 s in a debug build, the
        /// 10,000-rule pack did not finish in 16 minutes. Fixed in the JSON reader (e7bdb1f).
        @Test("a pack written on one line loads as fast as the same pack written on many")
        func minifiedPack() throws {
            let pack = Self.minified(Self.shippedPack)
            #expect(!pack.contains("\n") && pack.utf8.count > 20_000, "the pack is as described")
            let (pretty, _, _) = try #require(try Self.lint(pack: Self.shippedPack, draft: Self.sample, limit: 30))
            let (minified, _, _) = try #require(try Self.lint(pack: pack, draft: Self.sample, limit: 30))
            print("hostile: shipped pack, pretty-printed: \(pretty.seconds) s; on one line: \(minified.seconds) s")
            #expect(minified.result.status == .findings)
            #expect(try JSONReport.files(minified.result.stdout).first?.findings == ["11:32-11:48 shares-exceed-cap"])
            #expect(minified.seconds < 5 * pretty.seconds + 0.5)
        }

        /// Measured (debug build): about 1.2–2 s in-process (the pack read once); the bound is about 5×.
        @Test("the 10,000-rule pack written on one line loads and lints a sample in bounded time")
        func minifiedTenThousandRules() throws {
            let pack = Self.minified(Self.manyRules(10_000))
            #expect(!pack.contains("\n") && pack.utf8.count > 3_000_000, "the pack is as described")
            let (run, _, _) = try #require(try Self.lint(pack: pack, draft: Self.sample, limit: 10))
            print("hostile: pack with 10,000 more rules on one line (\(pack.utf8.count >> 10) KiB): \(run.seconds) s")
            #expect(run.result.status == .findings)
            #expect(try JSONReport.files(run.result.stdout).first?.findings.count == 10_001)
        }
    }
}
