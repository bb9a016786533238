/// A section a kind of release has: how it is found and what its value must be.
package struct SectionDefinition: Sendable {
    /// The section's id, used by checks (`purchase-period`).
    package var id: String
    /// Its name in messages (`purchase period`).
    package var name: String
    package var scope: Scope
    package var value: ValueType
    package var detect: Detection
    /// Heading synonyms (for `label`), phrases (for `phrase`) or context words (for `dateInContext`).
    package var synonyms: [Phrase]
    /// Words that rule a label out (a share count's label never says `amount` or `price`).
    package var exclude: Set<String>
    /// For `dateInContext`: groups of phrases that, all present (one phrase of each group) in the
    /// words just after a date, also give it the context ("announced on May 15 that its Board of
    /// Directors had resolved").
    package var contextAfter: [[Phrase]]
    /// For `dateInContext`: phrases that, just before a date, take the context away ("to be held on").
    package var contextExclude: [Phrase]

    static func decode(_ field: JSONField) throws(RulePackError) -> SectionDefinition {
        let members = try field.object(allowed: ["id", "name", "scope", "value", "detect", "synonyms", "exclude", "description", "contextAfter", "contextExclude"],
                                       required: ["id", "name", "scope", "value", "synonyms"])
        let detect = try members["detect"].map { (f) throws(RulePackError) in try f.oneOf(Detection.allCases.map(\.rawValue)) } ?? "label"
        let synonyms = try members["synonyms"]!.strings()
        guard !synonyms.isEmpty else { throw members["synonyms"]!.error("must list at least one phrase") }
        return SectionDefinition(
            id: try members["id"]!.nonEmptyString(),
            name: try members["name"]!.nonEmptyString(),
            scope: Scope(rawValue: try members["scope"]!.oneOf(Scope.allCases.filter { $0 != .preamble && $0 != .trailer }.map(\.rawValue)))!,
            value: ValueType(rawValue: try members["value"]!.oneOf(ValueType.allCases.map(\.rawValue)))!,
            detect: Detection(rawValue: detect)!,
            synonyms: synonyms.map(Phrase.init),
            exclude: Set(try members["exclude"]?.strings().map { Phrase.stem(Tokenizer.fold($0)) } ?? []),
            contextAfter: try members["contextAfter"]?.phraseGroups() ?? [],
            contextExclude: try members["contextExclude"]?.phrases() ?? []
        )
    }
}
