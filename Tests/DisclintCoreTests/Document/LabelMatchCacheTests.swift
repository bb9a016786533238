import Testing
@testable import DisclintCore

@Suite("LabelMatchCache")
struct LabelMatchCacheTests {
    static func key(_ text: String, strict: Bool = false) -> LabelMatchCache.Key {
        LabelMatchCache.Key(words: Phrase.words(of: tokens(text)), scope: .results, strict: strict)
    }

    @Test("remembers a section and the lack of one, apart")
    func remembers() {
        let cache = LabelMatchCache()
        #expect(cache.answer(for: Self.key("Number of shares purchased")) == nil)
        cache.remember(LabelMatchCache.Match(section: 3, scope: .cumulative), for: Self.key("Number of shares purchased"))
        cache.remember(nil, for: Self.key("Our ability to develop new products"))
        #expect(cache.answer(for: Self.key("Number of shares purchased")) == .some(LabelMatchCache.Match(section: 3, scope: .cumulative)))
        #expect(cache.answer(for: Self.key("Our ability to develop new products")) == .some(nil))
        // The part and strictness are part of the question.
        #expect(cache.answer(for: Self.key("Number of shares purchased", strict: true)) == nil)
    }

    /// Matching compares Japanese words on their bytes, so canonically equivalent spellings are
    /// different questions.
    @Test("tells canonically equivalent spellings apart")
    func bytes() {
        let cache = LabelMatchCache()
        let composed = LabelMatchCache.Key(words: ["取得が"], scope: .results, strict: false)
        let decomposed = LabelMatchCache.Key(words: ["取得\u{304B}\u{3099}"], scope: .results, strict: false)
        #expect(composed.words == decomposed.words, "equal as Unicode text")
        #expect(composed != decomposed)
        cache.remember(LabelMatchCache.Match(section: 1, scope: .results), for: composed)
        #expect(cache.answer(for: decomposed) == nil)
        #expect(cache.answer(for: composed) == .some(LabelMatchCache.Match(section: 1, scope: .results)))
    }

    @Test("keeps at most its capacity")
    func bounded() {
        let cache = LabelMatchCache()
        for index in 0..<(LabelMatchCache.capacity + 100) {
            cache.remember(nil, for: Self.key("label \(index)"))
        }
        #expect(cache.count == LabelMatchCache.capacity)
        #expect(cache.answer(for: Self.key("label 0")) == .some(nil))
        #expect(cache.answer(for: Self.key("label \(LabelMatchCache.capacity + 50)")) == nil)
    }

    /// A draft read after others (their labels remembered) reads as it does alone, with a fresh
    /// pack: the same sections, values and lines.
    @Test("reading drafts one after the other gives what each gives alone")
    func sameAsAlone() throws {
        let drafts = [Drafts.clean, Drafts.overCap, Drafts.warningOnly, Drafts.clean.replacingFirst("Number of shares purchased", with: "Total number of shares repurchased")]
        let shared = Linter(rules: try RuleSet.embedded())
        var warm: [String] = []
        for (index, draft) in drafts.enumerated() {
            let source = SourceFile(path: "d\(index).md", text: draft)
            warm.append(shared.document(source).map(DocumentDumper.dump) ?? "")
        }
        for (index, draft) in drafts.enumerated() {
            let fresh = Linter(rules: try RuleSet(packs: RuleSet.load(RuleSet.embeddedTexts.map { ($0.name, $0.text) })))
            let source = SourceFile(path: "d\(index).md", text: draft)
            #expect(fresh.document(source).map(DocumentDumper.dump) ?? "" == warm[index], "draft \(index)")
        }
    }
}
