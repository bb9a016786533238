/// What counts as an unresolved placeholder in a draft.
package struct PlaceholderSpec: Sendable {
    /// Whole words, compared case-insensitively: `TBD`, `TBC`, `未定`.
    package let words: Set<String>
    /// A character that marks a placeholder when it stands `minimum` or more times in a row
    /// (`XX`, `○○`, `___`). For letters the run must be a whole word.
    package let runs: [(character: String, minimum: Int)]
    /// Words that make a bracketed span a placeholder: `[insert date]`, `<insert …>`.
    package let bracketedWords: Set<String>
    /// Whether empty brackets (`[ ]`, `【　】`) are placeholders.
    package let emptyBrackets: Bool
    /// The spec prepared for a lookup per token, made once with the pack (it was made for each
    /// draft, and cost more than looking for the placeholders of a short one).
    let compiled: PlaceholderFinder.Compiled

    package init(words: Set<String>, runs: [(character: String, minimum: Int)], bracketedWords: Set<String>, emptyBrackets: Bool) {
        self.words = words
        self.runs = runs
        self.bracketedWords = bracketedWords
        self.emptyBrackets = emptyBrackets
        // The least run length of each run character (a character listed twice keeps its least).
        self.compiled = PlaceholderFinder.Compiled(
            words: words, runMinimum: Dictionary(runs.map { ($0.character, $0.minimum) }, uniquingKeysWith: min),
            bracketedWords: bracketedWords, emptyBrackets: emptyBrackets)
    }

    static func decode(_ members: JSONMembers) throws(RulePackError) -> PlaceholderSpec {
        var runs: [(character: String, minimum: Int)] = []
        for item in try members["runs"]?.array() ?? [] {
            let fields = try item.object(allowed: ["character", "minimum"], required: ["character", "minimum"])
            let character = try fields["character"]!.nonEmptyString()
            guard character.unicodeScalars.count == 1 else { throw fields["character"]!.error("must be one character") }
            runs.append((Tokenizer.fold(character), try fields["minimum"]!.integer(in: 1...100)))
        }
        var emptyBrackets = false
        if let field = members["emptyBrackets"] {
            guard let value = field.value.bool else { throw field.error("expected a boolean, found \(field.value.typeName)") }
            emptyBrackets = value
        }
        return PlaceholderSpec(
            words: Set(try members["words"]?.strings().map { Tokenizer.fold($0) } ?? []),
            runs: runs,
            bracketedWords: Set(try members["bracketedWords"]?.strings().map { Tokenizer.fold($0) } ?? []),
            emptyBrackets: emptyBrackets
        )
    }
}
