import DisclintCore
import Testing

@Suite("RuleSet")
struct RuleSetTests {
    /// The rule ids of DESIGN.md: a public contract, since users suppress findings by id.
    static let contract: [(String, Severity)] = [
        ("missing-purchase-period", .error), ("missing-shares-purchased", .error),
        ("missing-aggregate-cost", .error), ("missing-purchase-method", .error),
        ("missing-resolution", .error), ("missing-share-cap", .error), ("missing-price-cap", .error),
        ("missing-schedule", .error), ("missing-share-class", .warning),
        ("missing-forward-looking-notice", .error), ("invalid-value", .error), ("invalid-date", .error),
        ("inverted-period", .error), ("placeholder-text", .error), ("shares-exceed-cap", .error),
        ("cost-exceeds-cap", .error), ("currency-mismatch", .error), ("period-outside-schedule", .error),
        ("purchase-before-resolution", .error), ("announced-before-period-end", .error),
        ("resolution-date-mismatch", .error),
    ]

    @Test("the embedded packs load")
    func embedded() throws {
        let rules = try RuleSet.embedded()
        #expect(rules.packs.map(\.id).contains("tse-buyback-results"))
        #expect(rules.packs.allSatisfy { $0.file.hasPrefix("rules/") && $0.file.hasSuffix(".json") })
    }

    @Test("the buyback-results pack has every rule id of the contract, at its severity", arguments: contract)
    func contractIDs(_ id: String, _ severity: Severity) throws {
        let rules = try RuleSet.embedded()
        let pack = try #require(rules.packs.first { $0.id == "tse-buyback-results" })
        let rule = try #require(pack.rules.first { $0.id == id }, "no rule \(id)")
        #expect(rule.severity == severity)
        #expect(!rule.description.isEmpty)
    }

    @Test("rule ids are unique across packs")
    func uniqueIDs() throws {
        let ids = try RuleSet.embedded().rules.map { "\($0.pack.id)/\($0.rule.id)" }
        #expect(Set(ids).count == ids.count)
    }

    @Test("packs read side by side keep their order, and the first broken one in that order is reported")
    func parallelLoad() throws {
        let text = try #require(RuleSet.embeddedTexts.first { $0.name == "rules/tse-buyback-results.json" }).text
        func renamed(_ id: String) -> String { text.replacingFirst("\"id\": \"tse-buyback-results\"", with: "\"id\": \"\(id)\"") }
        let packs = try RuleSet.load((0..<5).map { ("p\($0).json", renamed("pack-\($0)")) })
        #expect(packs.map(\.id) == (0..<5).map { "pack-\($0)" })
        #expect(packs.map(\.file) == (0..<5).map { "p\($0).json" })
        let broken = (0..<6).map { index in
            (file: "b\(index).json", text: index == 2 || index == 4 ? renamed("x").replacingFirst("\"version\": 1", with: "\"version\": 7") : renamed("ok-\(index)"))
        }
        #expect {
            _ = try RuleSet.load(broken)
        } throws: { error in
            (error as? RulePackError)?.file == "b2.json" && (error as? RulePackError)?.path == "$.version"
        }
    }

    @Test("two packs with one id are refused")
    func duplicatePack() throws {
        let pack = try #require(try RuleSet.embedded().packs.first)
        var copy = pack
        copy.file = "extra/copy.json"
        #expect {
            _ = try RuleSet(packs: [pack, copy])
        } throws: { error in
            guard let error = error as? RulePackError else { return false }
            return error.file == "extra/copy.json" && error.path == "$.id"
                && error.reason.contains("'\(pack.id)' is already used by \(pack.file)")
        }
    }
}

