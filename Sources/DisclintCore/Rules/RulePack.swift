/// One kind of disclosure: how to recognise it, its sections and its rules, read from a
/// `rules/*.json` file.
package struct RulePack: Sendable {
    /// The pack format this build reads.
    package static let supportedVersion = 1

    /// The kind's id, reported as `kind` (`tse-buyback-results`).
    package var id: String
    package var name: String
    /// The file it was read from.
    package var file: String
    package var recognition: Recognition
    package private(set) var scopes: [ScopeDefinition]
    package var sections: [SectionDefinition]
    package var rules: [RuleDefinition]
    /// The part phrases indexed for the parser, made once per pack rather than per draft.
    let scopeIndex: ScopeIndex
    /// The content words of every label synonym, of which a label must have one to match a
    /// section; nil when a synonym has a word that matches inside longer words (Japanese), so
    /// that no word rules a label out.
    let labelVocabulary: Set<String>?

    init(id: String, name: String, file: String, recognition: Recognition, scopes: [ScopeDefinition],
         sections: [SectionDefinition], rules: [RuleDefinition]) {
        self.id = id
        self.name = name
        self.file = file
        self.recognition = recognition
        self.scopes = scopes
        self.sections = sections
        self.rules = rules
        self.scopeIndex = ScopeIndex(scopes)
        let words = sections.filter { $0.detect == .label }.flatMap { $0.synonyms.flatMap(\.contentWords) }
        self.labelVocabulary = words.allSatisfy(\.isASCII) ? Set(words) : nil
    }

    /// The section with an id.
    package func section(_ id: String) -> SectionDefinition? { sections.first { $0.id == id } }

    /// Reads a pack. Anything wrong refuses the whole pack with file, position and JSON path.
    /// `deferExamples` leaves the rules' examples unread until asked for: for the embedded packs,
    /// whose examples the test suite checks, so that linting one draft does not pay for them.
    package static func load(file: String, text: String, deferExamples: Bool = false) throws(RulePackError) -> RulePack {
        let members = try JSONField.root(file: file, text: text).object(
            allowed: ["$schema", "version", "id", "name", "description", "recognize", "scopes", "sections", "rules", "exampleDocument"],
            required: ["version", "id", "name", "recognize", "sections", "rules"])
        let version = try members["version"]!.integer(in: 0...Int.max - 1)
        guard version == supportedVersion else {
            throw members["version"]!.error("unsupported pack version \(version) (this disclint reads version \(supportedVersion))")
        }
        let exampleDocument = try members["exampleDocument"].map { (f) throws(RulePackError) in try RuleExample.lines(f) }
        var scopes: [ScopeDefinition] = []
        for scope in try members["scopes"]?.array() ?? [] { scopes.append(try ScopeDefinition.decode(scope)) }
        var sections: [SectionDefinition] = []
        var sectionIDs = Set<String>()
        for field in try members["sections"]!.array() {
            let section = try SectionDefinition.decode(field)
            guard sectionIDs.insert(section.id).inserted else { throw field.error("duplicate section id '\(section.id)'") }
            sections.append(section)
        }
        var rules: [RuleDefinition] = []
        var ruleIDs = Set<String>()
        for field in try members["rules"]!.array() {
            let rule = try RuleDefinition.decode(field, exampleDocument: exampleDocument, deferExamples: deferExamples)
            guard ruleIDs.insert(rule.id).inserted else { throw field.error("duplicate rule id '\(rule.id)'") }
            for (index, check) in rule.checks.enumerated() {
                for (section, key) in check.sections where !sectionIDs.contains(section) {
                    // The error points at the check's value that names the section.
                    let named = field.member("checks")?.element(index)?.member(key)
                        ?? JSONField(value: field.value, path: "\(field.path).checks[\(index)].\(key)", file: file)
                    throw named.error(unknownSection(section, sections: sections.map(\.id), known: sectionIDs))
                }
            }
            for (index, ids) in rule.redundantWith.enumerated() {
                for (position, id) in ids.enumerated() where !ruleIDs.contains(id) || id == rule.id {
                    let named = field.member("checks")?.element(index)?.member("redundantWith")?.element(position)
                        ?? JSONField(value: field.value, path: "\(field.path).checks[\(index)].redundantWith[\(position)]", file: file)
                    throw named.error("'\(id)' is not a rule listed before '\(rule.id)' in this pack")
                }
            }
            rules.append(rule)
        }
        return RulePack(
            id: try members["id"]!.nonEmptyString(),
            name: try members["name"]!.nonEmptyString(),
            file: file,
            recognition: try Recognition.decode(members["recognize"]!),
            scopes: scopes,
            sections: sections,
            rules: rules
        )
    }

    /// How many section ids an error about an unknown section lists.
    static let listedSections = 10

    /// `no section 'x' in this pack (sections: a, b)`: with the nearest id when one is close, and
    /// at most ``listedSections`` ids, so that a pack of thousands of sections gives a readable line.
    static func unknownSection(_ id: String, sections: [String], known: Set<String>) -> String {
        var listed = sections.prefix(listedSections).joined(separator: ", ")
        if sections.count > listedSections { listed += ", … and \(sections.count - listedSections) more" }
        let hint = SuppressionApplier.closest(to: id, in: known).map { "did you mean '\($0)'?; " } ?? ""
        return "no section '\(id)' in this pack (\(hint)sections: \(listed))"
    }
}
