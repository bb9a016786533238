/// How a pack recognises its kind of release: within the first lines, one title-like line that
/// contains a phrase of every group (`Results` + `Share Buyback`) and none of the excluded
/// phrases; or, failing that, an alternative: a title that matches the alternative's groups
/// (`Acquisition of Treasury Shares`) in a draft whose body has one of its phrases (`has
/// acquired`, `shares repurchased`), which tells results from a plan.
package struct Recognition: Sendable {
    /// A second way to recognise the kind, from a title and the body together.
    package struct Alternative: Sendable {
        package var groups: [[Phrase]]
        package var body: [Phrase]
        package var exclude: [Phrase]
    }

    package var groups: [[Phrase]]
    package var exclude: [Phrase]
    /// How many lines from the top are searched.
    package var withinLines: Int
    package var alternatives: [Alternative]

    static func decode(_ field: JSONField) throws(RulePackError) -> Recognition {
        let members = try field.object(allowed: ["allOf", "exclude", "withinLines", "alternatives"], required: ["allOf"])
        var alternatives: [Alternative] = []
        for item in try members["alternatives"]?.array() ?? [] {
            let fields = try item.object(allowed: ["allOf", "body", "exclude"], required: ["allOf", "body"])
            let body = try fields["body"]!.phrases()
            guard !body.isEmpty else { throw fields["body"]!.error("must list at least one phrase") }
            alternatives.append(Alternative(groups: try nonEmptyGroups(fields["allOf"]!), body: body,
                                            exclude: try fields["exclude"]?.phrases() ?? []))
        }
        func nonEmptyGroups(_ field: JSONField) throws(RulePackError) -> [[Phrase]] {
            let groups = try field.phraseGroups()
            guard !groups.isEmpty else { throw field.error("must list at least one group of phrases") }
            return groups
        }
        return Recognition(
            groups: try nonEmptyGroups(members["allOf"]!),
            exclude: try members["exclude"]?.phrases() ?? [],
            withinLines: try members["withinLines"]?.integer(in: 1...1000) ?? 40,
            alternatives: alternatives
        )
    }

    /// Whether no line of ASCII can name this kind or an excluded one (a Japanese pack's phrases):
    /// such lines are then not compared with the phrases at all.
    package var skipsASCIILines: Bool {
        alternatives.isEmpty && exclude.allSatisfy(\.needsNonASCII)
            && groups.contains { group in group.allSatisfy(\.needsNonASCII) }
    }

    /// Whether a line's words (stemmed) name this kind of release.
    /// `signature` is that of the words (``Line/signature``), which rules most phrases out unread.
    package func matches(_ words: some PhraseWords, signature: WordSignature = .all) -> Bool {
        groups.allSatisfy { group in group.contains { $0.occurs(in: words, signature: signature) } }
            && !exclude.contains { $0.occurs(in: words, signature: signature) }
    }

    /// Whether a title line matches one of the alternatives' title groups (the body is checked
    /// by the caller).
    package func alternative(for words: some PhraseWords, signature: WordSignature = .all) -> Alternative? {
        alternatives.first { alternative in
            alternative.groups.allSatisfy { group in group.contains { $0.occurs(in: words, signature: signature) } }
                && !alternative.exclude.contains { $0.occurs(in: words, signature: signature) }
        }
    }
}
