import Dispatch
import Synchronization

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
    /// The ids of its rules, in order: known without reading the rules (a suppression or a
    /// configuration may name any rule of any pack).
    package private(set) var ruleIDs: [String]
    /// Its parts, sections and rules (``RulePackBody``).
    private var body: RulePackBody

    package private(set) var scopes: [ScopeDefinition] {
        get { body.contents.scopes }
        set { replaceBody { $0.scopes = newValue } }
    }
    package var sections: [SectionDefinition] {
        get { body.contents.sections }
        set { replaceBody { $0.sections = newValue } }
    }
    package var rules: [RuleDefinition] {
        get { body.contents.rules }
        set { replaceBody { $0.rules = newValue }; ruleIDs = newValue.map(\.id) }
    }
    /// The whole body at once (one lock, one copy): the parser reads its parts, the part phrases'
    /// index and the label vocabulary from it.
    var bodyContents: RulePackBody.Contents { body.contents }
    /// Whether the body has been read (a deferred one is read by the first draft of the kind).
    package var isBodyRead: Bool { body.isDecoded }

    /// A pack whose body is changed (tests): the new body is made from the old one, read.
    private mutating func replaceBody(_ change: (inout RulePackBody.Contents) -> Void) {
        var contents = body.contents
        change(&contents)
        body = RulePackBody(RulePackBody.Contents(scopes: contents.scopes, sections: contents.sections, rules: contents.rules))
    }

    /// The section with an id.
    package func section(_ id: String) -> SectionDefinition? { sections.first { $0.id == id } }

    /// Reads a pack. Anything wrong refuses the whole pack with file, position and JSON path.
    ///
    /// Only its recognition and rule ids are made now. Its body (``RulePackBody``: parts,
    /// sections, rules, with their phrases and indexes) is made when a draft of the kind first
    /// needs it, and the rules' examples only when asked for, so that loading a pack whose kind
    /// no draft has costs little (tokenizing the phrases was most of reading a pack).
    /// A pack from `--rules` (`deferred` false) is nonetheless checked whole now, by the same
    /// decoders in a pass that makes nothing (``JSONField/builds``): every mistake it can have is
    /// refused here, before anything is linted, as if it had been read whole, and making its
    /// body later cannot fail. `deferred` is for the packs built into the binary, which the test
    /// suite reads whole: they are not checked at start-up either.
    package static func load(file: String, text: String, deferred: Bool = false) throws(RulePackError) -> RulePack {
        let root = try JSONField.root(file: file, text: text)
        let members = try root.object(allowed: topKeys, required: requiredTopKeys)
        let version = try members["version"]!.integer(in: 0...Int.max - 1)
        guard version == supportedVersion else {
            throw members["version"]!.error("unsupported pack version \(version) (this disclint reads version \(supportedVersion))")
        }
        let ruleIDs: [String]
        if deferred {
            ruleIDs = try members["rules"]!.array().map { (rule) throws(RulePackError) in
                try rule.member("id").map { (id) throws(RulePackError) in try id.string() } ?? ""
            }
        } else {
            let checked = try readBody(try root.checkingOnly.object(allowed: topKeys, required: requiredTopKeys), deferExamples: false, indexed: false)
            ruleIDs = checked.rules.map(\.id)
        }
        return RulePack(
            id: try members["id"]!.nonEmptyString(),
            name: try members["name"]!.nonEmptyString(),
            file: file,
            recognition: try Recognition.decode(members["recognize"]!),
            ruleIDs: ruleIDs,
            body: RulePackBody(deferred: { () throws(RulePackError) in
                let read = try readBody(members, deferExamples: true, indexed: true)
                return RulePackBody.Contents(scopes: read.scopes, sections: read.sections, rules: read.rules,
                                             scopeIndex: read.scopeIndex!, labels: read.labels!)
            })
        )
    }

    /// The keys of a pack's top object, and those it must have.
    private static let topKeys = ["$schema", "version", "id", "name", "description", "recognize", "scopes", "sections", "rules", "exampleDocument"]
    private static let requiredTopKeys = ["version", "id", "name", "recognize", "sections", "rules"]

    /// A pack's body as read: its parts, sections and rules, with the indexes made of them when
    /// asked for.
    private struct Body {
        var scopes: [ScopeDefinition]
        var sections: [SectionDefinition]
        var rules: [RuleDefinition]
        var scopeIndex: ScopeIndex?
        var labels: LabelIndex?
    }

    /// Reads a pack's parts, sections and rules, or, from fields that only check
    /// (``JSONField/builds``), checks them; with `indexed`, makes the parser's indexes of them.
    ///
    /// On two cores: the sections (and the label index) on one; the parts (and their index) and
    /// each rule, read on its own, on the other; then each rule is checked against the sections
    /// and the rules before it. A one-draft run reads one pack's body, half of its work, which
    /// used one core of two. The error thrown is the one a reading from top to bottom meets
    /// first: in the example document, the parts, the sections, then rule by rule, in its reading
    /// or its checks.
    private static func readBody(_ members: JSONMembers, deferExamples: Bool, indexed: Bool) throws(RulePackError) -> Body {
        let exampleDocument = try members["exampleDocument"].map { (f) throws(RulePackError) in try RuleExample.lines(f) }
        let sectionsRead = Mutex<Result<([SectionDefinition], Set<String>, LabelIndex?), RulePackError>?>(nil)
        let partsRead = Mutex<Result<([ScopeDefinition], ScopeIndex?), RulePackError>?>(nil)
        let rulesRead = Mutex<([JSONField], [RuleDefinition], RulePackError?)>(([], [], nil))
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                let result = Result { () throws(RulePackError) in
                    let (sections, ids) = try readSections(members)
                    return (sections, ids, indexed ? LabelIndex(sections) : nil)
                }
                sectionsRead.withLock { $0 = result }
            } else {
                let parts = Result { () throws(RulePackError) in
                    let scopes = try readScopes(members)
                    return (scopes, indexed ? ScopeIndex(scopes) : nil)
                }
                partsRead.withLock { $0 = parts }
                guard case .success = parts else { return }
                let rules = decodeRules(members, exampleDocument: exampleDocument, deferExamples: deferExamples)
                rulesRead.withLock { $0 = rules }
            }
        }
        let (scopes, scopeIndex) = try partsRead.withLock { $0! }.get()
        let (sections, sectionIDs, labels) = try sectionsRead.withLock { $0! }.get()
        let (ruleFields, rules, failure) = rulesRead.withLock { $0 }
        var ruleIDs = Set<String>()
        for (rule, field) in zip(rules, ruleFields) {
            try check(rule, field, sections: sections, sectionIDs: sectionIDs, earlierRules: &ruleIDs)
        }
        if let failure { throw failure }
        return Body(scopes: scopes, sections: sections, rules: rules, scopeIndex: scopeIndex, labels: labels)
    }

    private static func readScopes(_ members: JSONMembers) throws(RulePackError) -> [ScopeDefinition] {
        var scopes: [ScopeDefinition] = []
        for scope in try members["scopes"]?.array() ?? [] { scopes.append(try ScopeDefinition.decode(scope)) }
        return scopes
    }

    /// The sections, and their ids (each once).
    private static func readSections(_ members: JSONMembers) throws(RulePackError) -> ([SectionDefinition], Set<String>) {
        var sections: [SectionDefinition] = []
        var sectionIDs = Set<String>()
        for field in try members["sections"]!.array() {
            let section = try SectionDefinition.decode(field)
            guard sectionIDs.insert(section.id).inserted else { throw field.error("duplicate section id '\(section.id)'") }
            sections.append(section)
        }
        return (sections, sectionIDs)
    }

    /// The fields of the rules, and each rule read on its own, in order, up to the first that
    /// does not read (its error, or the error of `rules` that is not an array).
    private static func decodeRules(_ members: JSONMembers, exampleDocument: String?, deferExamples: Bool)
        -> (fields: [JSONField], rules: [RuleDefinition], failure: RulePackError?) {
        let fields: [JSONField]
        do throws(RulePackError) {
            fields = try members["rules"]!.array()
        } catch {
            return ([], [], error)
        }
        var rules: [RuleDefinition] = []
        rules.reserveCapacity(fields.count)
        for field in fields {
            do throws(RulePackError) {
                rules.append(try RuleDefinition.decode(field, exampleDocument: exampleDocument, deferExamples: deferExamples))
            } catch {
                return (fields, rules, error)
            }
        }
        return (fields, rules, nil)
    }

    /// Checks a rule read from `field` against the pack: an id of its own (`earlierRules`, the
    /// ids of the rules before it, to which it adds its own), sections the pack has, and
    /// `redundantWith` naming rules before it.
    private static func check(_ rule: RuleDefinition, _ field: JSONField, sections: [SectionDefinition], sectionIDs: Set<String>,
                              earlierRules ruleIDs: inout Set<String>) throws(RulePackError) {
        guard ruleIDs.insert(rule.id).inserted else { throw field.error("duplicate rule id '\(rule.id)'") }
        for (index, check) in rule.checks.enumerated() {
            for (section, key) in check.sections where !sectionIDs.contains(section) {
                // The error points at the check's value that names the section.
                let named = field.member("checks")?.element(index)?.member(key)
                    ?? field.child(field.value, key: "checks").child(field.value, index: index).child(field.value, key: key)
                throw named.error(unknownSection(section, sections: sections.map(\.id), known: sectionIDs))
            }
        }
        for (index, ids) in rule.redundantWith.enumerated() {
            for (position, id) in ids.enumerated() where !ruleIDs.contains(id) || id == rule.id {
                let named = field.member("checks")?.element(index)?.member("redundantWith")?.element(position)
                    ?? field.child(field.value, key: "checks").child(field.value, index: index).child(field.value, key: "redundantWith").child(field.value, index: position)
                throw named.error("'\(id)' is not a rule listed before '\(rule.id)' in this pack")
            }
        }
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
