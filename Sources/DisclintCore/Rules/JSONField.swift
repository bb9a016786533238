/// A JSON value being read into a rule pack, with its path, so that every error names the file,
/// the line and column, and the JSON path (`$.sections[2].synonyms[0]`).
///
/// The path and the position are put into words only when an error needs them: a pack has
/// thousands of values and reading it is most of a one-draft run.
struct JSONField: Sendable {
    let value: JSONValue
    /// What every field of the file shares: one reference to count when a field is copied.
    private let source: Source
    /// The path of the array or object the value is in (nil at the top), and the step from it to
    /// the value. A container's path is made once for all its members (``route``), and a value
    /// that is not a container never makes one: a pack has thousands of strings.
    private let parent: Route?
    private let step: Step

    /// The file, its UTF-8 bytes (for the column of an error) and whether its values are made
    /// (``builds``).
    private final class Source: Sendable {
        let file: String
        let bytes: [UInt8]
        let builds: Bool

        init(file: String, bytes: [UInt8], builds: Bool) {
            self.file = file
            self.bytes = bytes
            self.builds = builds
        }
    }

    /// The last step of a path: the top, a key or an index.
    enum Step: Sendable {
        case root
        case key(String)
        case index(Int)
    }

    /// The path of a container, from the top down (``path`` writes it).
    final class Route: Sendable {
        let parent: Route?
        let step: Step

        init(parent: Route?, step: Step) {
            self.parent = parent
            self.step = step
        }

        func write(into text: inout String) {
            parent?.write(into: &text)
            switch step {
            case .root: text += "$"
            case .key(let key): text += "."; text += key
            case .index(let index): text += "["; text += String(index); text += "]"
            }
        }
    }

    private init(value: JSONValue, source: Source, parent: Route?, step: Step) {
        self.value = value
        self.source = source
        self.parent = parent
        self.step = step
    }

    /// The file the value is read from.
    var file: String { source.file }

    /// Whether what is read is made for use (true), or only checked (false): the pass that checks
    /// a `--rules` pack whole at load (``RulePack/load(file:text:deferred:)``) runs every check
    /// of the decoders, with the same errors in the same order, but leaves out what only linting
    /// needs and cannot fail: a phrase's words (``phrases()``), an example's draft. What it
    /// decodes is thrown away.
    var builds: Bool { source.builds }

    /// This value's path, for the fields of its members or items.
    var route: Route { Route(parent: parent, step: step) }

    /// The JSON path of the value (`$.rules[3].severity`).
    var path: String {
        var text = ""
        route.write(into: &text)
        return text
    }

    /// Where the value starts in the file.
    var location: SourceLocation { value.position.location(in: source.bytes) }

    /// The top of a JSON file; text that is not JSON is refused with its position.
    static func root(file: String, text: String) throws(RulePackError) -> JSONField {
        let bytes = Array(text.utf8)
        do {
            return JSONField(value: try JSONParser.parse(bytes: bytes), source: Source(file: file, bytes: bytes, builds: true),
                             parent: nil, step: .root)
        } catch {
            throw RulePackError(file: file, location: error.location, path: "$", reason: "invalid JSON: \(error.reason)")
        }
    }

    /// The same field, only checked when read (``builds``).
    var checkingOnly: JSONField {
        JSONField(value: value, source: Source(file: source.file, bytes: source.bytes, builds: false), parent: parent, step: step)
    }

    /// `value`, found under `key` of this field.
    func child(_ value: JSONValue, key: String) -> JSONField { child(value, key: key, in: route) }

    /// `value`, found at `index` of this field.
    func child(_ value: JSONValue, index: Int) -> JSONField { child(value, index: index, in: route) }

    /// `value`, found under `key` of this field, whose ``route`` is `route`.
    func child(_ value: JSONValue, key: String, in route: Route) -> JSONField {
        JSONField(value: value, source: source, parent: route, step: .key(key))
    }

    /// `value`, found at `index` of this field, whose ``route`` is `route`.
    func child(_ value: JSONValue, index: Int, in route: Route) -> JSONField {
        JSONField(value: value, source: source, parent: route, step: .index(index))
    }

    func error(_ reason: String) -> RulePackError {
        RulePackError(file: file, location: location, path: path, reason: reason)
    }

    /// The members of an object; keys not in `allowed` are refused, keys in `required` must be there.
    func object(allowed: [String], required: [String] = []) throws(RulePackError) -> JSONMembers {
        guard case .object(let members, _) = value else { throw error("expected an object, found \(value.typeName)") }
        for member in members where !allowed.contains(where: member.key.isKey) {
            let known = allowed.sorted().joined(separator: ", ")
            throw child(member.value, key: member.key).error("unknown key '\(member.key)' (known keys: \(known))")
        }
        // The first missing key in alphabetical order is the one reported.
        var missing: String?
        for key in required where !members.contains(where: { $0.key.isKey(key) }) {
            if let first = missing, first <= key { continue }
            missing = key
        }
        if let missing { throw error("missing required key '\(missing)'") }
        return JSONMembers(members, of: self)
    }

    /// The member `key` of an object, if it is one and has it.
    func member(_ key: String) -> JSONField? {
        guard case .object(let members, _) = value, let member = members.first(where: { $0.key.isKey(key) }) else { return nil }
        return child(member.value, key: key)
    }

    /// The item at `index` of an array, if it is one and has it.
    func element(_ index: Int) -> JSONField? {
        guard case .array(let items, _) = value, items.indices.contains(index) else { return nil }
        return child(items[index], index: index)
    }

    func string() throws(RulePackError) -> String {
        guard case .string(let text, _) = value else { throw error("expected a string, found \(value.typeName)") }
        return text
    }

    func nonEmptyString() throws(RulePackError) -> String {
        let text = try string()
        guard !text.isBlank else { throw error("must not be empty") }
        return text
    }

    func integer(in range: ClosedRange<Int>) throws(RulePackError) -> Int {
        guard case .number(let text, _) = value, let number = Int(text) else {
            throw error("expected a whole number, found \(value.typeName)")
        }
        guard range.contains(number) else { throw error("must be between \(range.lowerBound) and \(range.upperBound), found \(number)") }
        return number
    }

    func array() throws(RulePackError) -> [JSONField] {
        guard case .array(let items, _) = value else { throw error("expected an array, found \(value.typeName)") }
        let route = route
        return items.indices.map { child(items[$0], index: $0, in: route) }
    }

    /// An array of non-empty strings. The items are looked at in place: a field is made for one
    /// only to refuse it.
    func strings() throws(RulePackError) -> [String] {
        guard case .array(let items, _) = value else { throw error("expected an array, found \(value.typeName)") }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if case .string(let text, _) = item, !text.isBlank {
                result.append(text)
            } else {
                result.append(try child(item, index: index).nonEmptyString())
            }
        }
        return result
    }

    /// A list of phrases.
    func phrases() throws(RulePackError) -> [Phrase] { phrases(try strings()) }

    /// The phrases of texts read from this field. Tokenizing them is most of reading a pack, and
    /// cannot fail: a field that only checks (``builds``) gives as many stand-ins instead.
    func phrases(_ texts: [String]) -> [Phrase] {
        builds ? texts.map(Phrase.init) : Array(repeating: JSONField.unbuiltPhrase, count: texts.count)
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

extension String {
    /// Whether the text is empty or white space only (``trimmingSpaces`` leaves nothing of it):
    /// on bytes up to the first that is not ASCII white space, which most texts start with.
    var isBlank: Bool {
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            return byte < 0x80 ? false : trimmingSpaces.isEmpty
        }
        return true
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
