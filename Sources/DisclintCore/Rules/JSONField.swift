/// A JSON value being read into a rule pack, with its path, so that every error names the file,
/// the line and column, and the JSON path (`$.sections[2].synonyms[0]`).
///
/// The path and the position are put into words only when an error needs them: a pack has
/// thousands of values and reading it is most of a one-draft run.
struct JSONField: Sendable {
    /// What every field of the file shares: one reference to count when a field is copied.
    private let source: Source
    /// Where the value is in the parsed text.
    private let index: Int
    /// The path of the array or object the value is in (nil at the top), and the step from it to
    /// the value. A container's path is made once for all its members (``route``), and a value
    /// that is not a container never makes one: a pack has thousands of strings.
    private let parent: Route?
    private let step: Step

    /// The file, its parsed text and whether its values are made (``builds``).
    private final class Source: Sendable {
        let file: String
        let document: JSONDocument
        let builds: Bool

        init(file: String, document: JSONDocument, builds: Bool) {
            self.file = file
            self.document = document
            self.builds = builds
        }
    }

    /// The last step of a field's path; no reference to count when a field is copied.
    enum Step: Sendable {
        case root
        /// A member, by its key's node.
        case key(Int)
        case index(Int)
        /// None: ``parent`` is the whole path (a field under a key not written in the file).
        case none
    }

    /// The path of a container, from the top down (``path`` writes it).
    final class Route: Sendable {
        /// One step of a path.
        enum Part: Sendable {
            case root
            case key(Int)
            case index(Int)
            case name(String)
        }

        let parent: Route?
        let part: Part

        init(parent: Route?, part: Part) {
            self.parent = parent
            self.part = part
        }

        func write(into text: inout String, document: JSONDocument) {
            parent?.write(into: &text, document: document)
            switch part {
            case .root: text += "$"
            case .key(let node): text += "."; text += document.keys[document.nodes[node].count]
            case .index(let index): text += "["; text += String(index); text += "]"
            case .name(let key): text += "."; text += key
            }
        }
    }

    private init(source: Source, index: Int, parent: Route?, step: Step) {
        self.source = source
        self.index = index
        self.parent = parent
        self.step = step
    }

    /// The value read.
    var value: JSONValue { JSONValue(document: source.document, index: index) }

    /// The file the value is read from.
    var file: String { source.file }

    /// Whether what is read is made for use (true), or only checked (false): the pass that checks
    /// a `--rules` pack whole at load (``RulePack/load(file:text:deferred:)``) runs every check
    /// of the decoders, with the same errors in the same order, but leaves out what only linting
    /// needs and cannot fail: a phrase's words (``phrases()``), an example's draft. What it
    /// decodes is thrown away.
    var builds: Bool { source.builds }

    /// This value's path, for the fields of its members or items.
    var route: Route {
        switch step {
        case .root: return Route(parent: nil, part: .root)
        case .key(let node): return Route(parent: parent, part: .key(node))
        case .index(let index): return Route(parent: parent, part: .index(index))
        case .none: return parent!
        }
    }

    /// The JSON path of the value (`$.rules[3].severity`).
    var path: String {
        var text = ""
        route.write(into: &text, document: source.document)
        return text
    }

    /// Where the value starts in the file.
    var location: SourceLocation { value.position.location(in: source.document.bytes) }

    /// The top of a JSON file; text that is not JSON is refused with its position.
    static func root(file: String, text: String) throws(RulePackError) -> JSONField {
        let top: JSONValue
        do {
            top = try JSONParser.parse(bytes: Array(text.utf8))
        } catch {
            throw RulePackError(file: file, location: error.location, path: "$", reason: "invalid JSON: \(error.reason)")
        }
        return JSONField(source: Source(file: file, document: top.document, builds: true), index: top.index, parent: nil, step: .root)
    }

    /// The same field, only checked when read (``builds``).
    var checkingOnly: JSONField {
        JSONField(source: Source(file: source.file, document: source.document, builds: false), index: index, parent: parent, step: step)
    }

    /// `value`, a value of this field's text, taken as found under `key` of this field.
    func child(_ value: JSONValue, key: String) -> JSONField {
        JSONField(source: source, index: value.index, parent: Route(parent: route, part: .name(key)), step: .none)
    }

    /// `value`, found at `index` of this field.
    func child(_ value: JSONValue, index: Int) -> JSONField { child(value, index: index, in: route) }

    /// `value`, found at `index` of this field, whose ``route`` is `route`.
    func child(_ value: JSONValue, index: Int, in route: Route) -> JSONField {
        JSONField(source: source, index: value.index, parent: route, step: .index(index))
    }

    /// The value of a member of this object, the value after its key, in the object whose
    /// ``route`` is `route`.
    func member(_ value: JSONValue, in route: Route) -> JSONField {
        JSONField(source: source, index: value.index, parent: route, step: .key(value.index - 1))
    }

    func error(_ reason: String) -> RulePackError {
        RulePackError(file: file, location: location, path: path, reason: reason)
    }

    /// The members of an object; keys not in `allowed` are refused, keys in `required` must be there.
    func object(allowed: [String], required: [String] = []) throws(RulePackError) -> JSONMembers {
        guard value.kind == .object else { throw error("expected an object, found \(value.typeName)") }
        let document = value.document
        for key in value.keyIndices {
            let node = document.nodes[key]
            let name = document.keys[node.count]
            guard !allowed.contains(where: { JSONDocument.same(name, ascii: node.ascii, as: $0) }) else { continue }
            let known = allowed.sorted().joined(separator: ", ")
            throw member(JSONValue(document: document, index: key + 1), in: route).error("unknown key '\(name)' (known keys: \(known))")
        }
        // The first missing key in alphabetical order is the one reported.
        var missing: String?
        for key in required where value.member(key) == nil {
            if let first = missing, first <= key { continue }
            missing = key
        }
        if let missing { throw error("missing required key '\(missing)'") }
        return JSONMembers(of: self)
    }

    /// The member `key` of an object, if it is one and has it.
    func member(_ key: String) -> JSONField? {
        value.member(key).map { member($0, in: route) }
    }

    /// The item at `index` of an array, if it is one and has it.
    func element(_ index: Int) -> JSONField? {
        guard let items = value.items, index < items.count else { return nil }
        for (at, item) in items.enumerated() where at == index { return child(item, index: index) }
        return nil
    }

    func string() throws(RulePackError) -> String {
        guard let text = value.string else { throw error("expected a string, found \(value.typeName)") }
        return text
    }

    func nonEmptyString() throws(RulePackError) -> String {
        guard value.kind == .string else { throw error("expected a string, found \(value.typeName)") }
        guard !value.isBlankString else { throw error("must not be empty") }
        return value.string!
    }

    func integer(in range: ClosedRange<Int>) throws(RulePackError) -> Int {
        guard let text = value.number, let number = Int(text) else {
            throw error("expected a whole number, found \(value.typeName)")
        }
        guard range.contains(number) else { throw error("must be between \(range.lowerBound) and \(range.upperBound), found \(number)") }
        return number
    }

    func array() throws(RulePackError) -> [JSONField] {
        guard let items = value.items else { throw error("expected an array, found \(value.typeName)") }
        let route = route
        var fields: [JSONField] = []
        fields.reserveCapacity(items.count)
        for (index, item) in items.enumerated() { fields.append(child(item, index: index, in: route)) }
        return fields
    }

    /// An array of non-empty strings. The items are looked at in place: a field is made for one
    /// only to refuse it.
    func strings() throws(RulePackError) -> [String] {
        guard let items = value.items else { throw error("expected an array, found \(value.typeName)") }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if item.kind == .string, !item.isBlankString {
                result.append(item.string!)
            } else {
                result.append(try child(item, index: index).nonEmptyString())
            }
        }
        return result
    }

    /// Checks what ``strings()`` checks, with the same errors, and tells how many there are;
    /// makes none of them.
    func checkStrings() throws(RulePackError) -> Int {
        guard let items = value.items else { throw error("expected an array, found \(value.typeName)") }
        for (index, item) in items.enumerated() where item.kind != .string || item.isBlankString {
            _ = try child(item, index: index).nonEmptyString()
        }
        return items.count
    }

    /// A list of phrases. Tokenizing them is most of reading a pack, and cannot fail: a field
    /// that only checks (``builds``) makes neither them nor their texts, and gives as many
    /// stand-ins instead.
    func phrases() throws(RulePackError) -> [Phrase] {
        guard builds else { return Array(repeating: JSONField.unbuiltPhrase, count: try checkStrings()) }
        return try strings().map(Phrase.init)
    }

    /// What stands for a phrase in a pass that only checks.
    private static let unbuiltPhrase = Phrase("")

    /// A list of groups of phrases (`[["resolution", "board"], ["cumulative"]]`); no group empty.
    func phraseGroups() throws(RulePackError) -> [[Phrase]] {
        var groups: [[Phrase]] = []
        for group in try array() {
            let phrases = try group.phrases()
            guard !phrases.isEmpty else { throw group.error("must list at least one phrase") }
            groups.append(phrases)
        }
        return groups
    }

    /// One of a fixed set of words.
    func oneOf(_ choices: [String]) throws(RulePackError) -> String {
        let text = try string()
        guard choices.contains(text) else {
            throw error("expected one of \(choices.joined(separator: ", ")), found '\(text)'")
        }
        return text
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    package var trimmingSpaces: Substring {
        let text = Substring(self)
        // Most texts start and end with a visible ASCII character: nothing to trim, nothing to look up.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return text.prefix(0) }
        return text[first...last]
    }
}
