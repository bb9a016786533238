/// How a pack recognises its kind of release: within the first lines, one line that contains a
/// phrase of every group (`Results` + `Share Buyback`), and none of the excluded phrases.
package struct Recognition: Sendable {
    package var groups: [[Phrase]]
    package var exclude: [Phrase]
    /// How many lines from the top are searched.
    package var withinLines: Int

    static func decode(_ field: JSONField) throws(RulePackError) -> Recognition {
        let members = try field.object(allowed: ["allOf", "exclude", "withinLines"], required: ["allOf"])
        var groups: [[Phrase]] = []
        for group in try members["allOf"]!.array() {
            let phrases = try group.strings()
            guard !phrases.isEmpty else { throw group.error("must list at least one phrase") }
            groups.append(phrases.map(Phrase.init))
        }
        guard !groups.isEmpty else { throw members["allOf"]!.error("must list at least one group of phrases") }
        return Recognition(
            groups: groups,
            exclude: try members["exclude"]?.strings().map(Phrase.init) ?? [],
            withinLines: try members["withinLines"]?.integer(in: 1...1000) ?? 40
        )
    }

    /// Whether a line's words (stemmed) name this kind of release.
    package func matches(_ words: [String]) -> Bool {
        groups.allSatisfy { group in group.contains { $0.occurs(in: words) } }
            && !exclude.contains { $0.occurs(in: words) }
    }
}
