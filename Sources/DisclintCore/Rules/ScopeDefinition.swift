/// How a draft says that a part of it begins (a "Note:" line starts the resolution) and which
/// words in a label put that one item in the part (`to be acquired` is about the resolution).
package struct ScopeDefinition: Sendable {
    package var scope: Scope
    /// A line that begins with one of these starts the part, unless the words after it start
    /// another (`Note`, `(Reference)`).
    package var leadPhrases: [Phrase]
    /// A line that begins with one of these starts the part.
    package var startPhrases: [Phrase]
    /// A short line that contains every phrase of one of these groups starts the part.
    package var containPhrases: [[Phrase]]
    /// A label containing one of these belongs to the part, whatever part it stands in.
    package var labelPhrases: [Phrase]

    static func decode(_ field: JSONField) throws(RulePackError) -> ScopeDefinition {
        let members = try field.object(allowed: ["scope", "leadPhrases", "startPhrases", "containPhrases", "labelPhrases"], required: ["scope"])
        let scope = try members["scope"]!.oneOf(["results", "resolution", "cumulative", "trailer"])
        return ScopeDefinition(
            scope: Scope(rawValue: scope)!,
            leadPhrases: try members["leadPhrases"]?.phrases() ?? [],
            startPhrases: try members["startPhrases"]?.phrases() ?? [],
            containPhrases: try members["containPhrases"]?.phraseGroups() ?? [],
            labelPhrases: try members["labelPhrases"]?.phrases() ?? []
        )
    }
}
