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
