import DisclintCore
import Testing

@Suite("Linter")
struct LinterTests {
    static let rules: RuleSet? = try? RuleSet.embedded()

    static func lint(_ text: String) throws -> FileResult {
        Linter(rules: try #require(rules)).lint(SourceFile(path: "d.md", text: text))
    }

    static func summary(_ result: FileResult) -> [String] {
        result.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column) \($0.rule)" }
    }

    @Test("a clean draft has no findings and is recognised")
    func clean() throws {
        let result = try Self.lint(Drafts.clean)
        #expect(result.kind == "tse-buyback-results")
        #expect(result.diagnostics.isEmpty, "\(Self.summary(result))")
    }

    @Test("a draft of no known kind gets no findings")
    func unknownKind() throws {
        let result = try Self.lint(Drafts.dividend)
        #expect(result.kind == nil)
        #expect(result.diagnostics.isEmpty)
    }

    /// A title that only an alternative recognises, and its body phrase after `filler` lines.
    static func alternativeDraft(filler: Int) -> String {
        "Notice Concerning Acquisition of Own Shares\n\n"
            + String(repeating: "The market was calm.\n", count: filler)
            + "The Company has acquired its own shares as follows.\n"
    }

    @Test("recognition reads past the title lines only when a title asks for it", arguments: [
        (30, true), (60, true), (117, true), (118, false), (400, false),
    ])
    func recognitionReach(_ filler: Int, _ recognised: Bool) throws {
        // The pack's title lines are its first 40; an alternative's body is searched in the
        // first 120 (the title, a blank line, then the filler: the body phrase is line filler + 3).
        let result = try Self.lint(Self.alternativeDraft(filler: filler))
        #expect((result.kind != nil) == recognised, "body phrase on line \(filler + 3)")
    }

    @Test("the top of a draft is recognised, or found too short to tell")
    func recognitionOfTheTop() throws {
        let rules = try #require(Self.rules)
        let lines = SourceFile(path: "d.md", text: Self.alternativeDraft(filler: 60)).lines.enumerated().map {
            Line(number: $0.offset + 1, text: $0.element)
        }
        #expect(KindRecognizer.titleReach(of: rules) == 40)
        // The alternative's title is in the top 40 lines, its body phrase past them.
        guard case .needsMoreLines = KindRecognizer.recognize(Array(lines.prefix(40)), whole: false, in: rules) else {
            Issue.record("the top alone cannot tell")
            return
        }
        guard case .pack = KindRecognizer.recognize(lines, whole: true, in: rules) else {
            Issue.record("the whole draft is recognised")
            return
        }
        let plain = SourceFile(path: "d.md", text: Drafts.dividend).lines.enumerated().map { Line(number: $0.offset + 1, text: $0.element) }
        guard case .unknown = KindRecognizer.recognize(plain, whole: plain.count <= 40, in: rules) else {
            Issue.record("a dividend notice is of no known kind")
            return
        }
    }

    @Test("line endings and a byte-order mark change nothing", arguments: ["\r\n", "\r"])
    func lineEndings(_ ending: String) throws {
        let lf = Self.summary(try Self.lint(Drafts.overCap))
        #expect(lf == ["7:32-7:48 shares-exceed-cap"])
        let other = Drafts.overCap.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: ending)
        #expect(Self.summary(try Self.lint(other)) == lf)
        #expect(Self.summary(try Self.lint("\u{FEFF}" + other)) == lf)
    }

    @Test("columns count characters, not bytes or scalars")
    func multibyteColumns() throws {
        let draft = Drafts.overCap.replacingFirst("3. Number of shares purchased:", with: "3. 👍🏽 Número of shares purchased:")
        #expect(Self.summary(try Self.lint(draft)) == ["7:34-7:50 shares-exceed-cap"])
    }

    @Test("bytes that are not UTF-8 give one invalid-encoding error, on the line where they are")
    func invalidEncoding() {
        let before = Drafts.clean.components("1. Class of shares")[0]   // lines 1–4
        let index = before.utf8.count + 3
        var bytes = Array(Drafts.clean.utf8)
        bytes.insert(0xFF, at: index)
        let result = Linter(rules: Self.rules!).lint(SourceFile(path: "d.md", bytes: bytes))
        let encoding = result.diagnostics.filter { $0.rule == "invalid-encoding" }
        #expect(encoding.count == 1)
        #expect(encoding.first?.range.start.line == 5)
        #expect(encoding.first?.message.contains("byte offset \(index)") == true)
    }

    @Test("findings come in report order")
    func order() throws {
        let draft = Drafts.overCap.replacingFirst("Market purchases on the Tokyo Stock Exchange", with: "TBD")
            .replacingFirst("1. Class of shares: Common stock\n", with: "")
        let result = try Self.lint(draft)
        #expect(result.diagnostics.count >= 2)
        #expect(result.diagnostics == result.diagnostics.sorted(by: Diagnostic.reportOrder))
    }

    /// Hostile input must neither crash nor hang the linter.
    @Test("survives hostile input", arguments: [
        String(repeating: "9", count: 400),
        "Results of Share Buyback\n\n1. Number of shares purchased: \(String(repeating: "9", count: 400)) shares\n2. Maximum number of shares: 1,000 shares\n",
        "Results of Share Buyback\n" + String(repeating: "1. Purchase period: ", count: 2_000),
        "Results of Share Buyback\n" + String(repeating: "[", count: 10_000),
        "Results of Share Buyback\n" + String(repeating: "March 22, 2007 to ", count: 2_000),
        "Results of Share Buyback\n" + String(repeating: "\n", count: 10_000),
        "Results of Share Buyback\n\u{0}\u{1B}\u{FEFF}\u{200B}\u{202E}",
        "",
    ])
    func hostile(_ text: String) throws {
        _ = try Self.lint(text)
    }

    /// DESIGN.md: "Drafts suppress a finding with `<!-- disclint-disable-next-line rule-id -->`".
    @Test("a disable-next-line comment suppresses that rule on the next line")
    func suppression() throws {
        let draft = Drafts.overCap.replacingFirst("3. Number of shares purchased:",
                                                  with: "<!-- disclint-disable-next-line shares-exceed-cap -->\n3. Number of shares purchased:")
        let result = try Self.lint(draft)
        #expect(!result.diagnostics.contains { $0.rule == "shares-exceed-cap" }, "\(Self.summary(result))")
        // Other rules stay active.
        let other = Drafts.overCap.replacingFirst("3. Number of shares purchased:",
                                                  with: "<!-- disclint-disable-next-line placeholder-text -->\n3. Number of shares purchased:")
        #expect(try Self.lint(other).diagnostics.contains { $0.rule == "shares-exceed-cap" })
    }
}
