/// The packs a run uses: the embedded ones, then those of `--rules` directories.
package struct RuleSet: Sendable {
    package var packs: [RulePack]

    package init(packs: [RulePack]) throws(RulePackError) {
        var ids = [String: String]()
        for pack in packs {
            if let other = ids[pack.id] {
                throw RulePackError(file: pack.file, location: nil, path: "$.id",
                                    reason: "pack id '\(pack.id)' is already used by \(other)")
            }
            ids[pack.id] = pack.file
        }
        self.packs = packs
    }

    /// The packs built into the binary from `rules/`.
    package static func embedded() throws(RulePackError) -> RuleSet {
        try loadedEmbedded.get()
    }

    /// The embedded packs, read once per process (their examples only when asked for).
    private static let loadedEmbedded: Result<RuleSet, RulePackError> = {
        do throws(RulePackError) {
            var packs: [RulePack] = []
            for (name, text) in EmbeddedRulePacks.all {
                packs.append(try RulePack.load(file: name, text: text, deferExamples: true))
            }
            return .success(try RuleSet(packs: packs))
        } catch {
            return .failure(error)
        }
    }()

    /// Every rule of every pack, with its pack.
    package var rules: [(pack: RulePack, rule: RuleDefinition)] {
        packs.flatMap { pack in pack.rules.map { (pack, $0) } }
    }
}
