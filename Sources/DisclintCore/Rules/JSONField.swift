/// A JSON value being read into a rule pack, with its path, so that every error names the file,
/// the line and column, and the JSON path (`$.sections[2].synonyms[0]`).
///
/// The path and the position are put into words only when an error needs them: a pack has
/// thousands of values and reading it is most of a one-draft run.
struct JSONField: Sendable {
    let value: JSONValue
    let file: String
    /// How the path is made, from the root down (``path`` writes it).
    private let route: Route
    /// The UTF-8 bytes of the file, for the column of an error.
    private let bytes: [UInt8]
    /// Whether what is read is made for use (true), or only checked (false): the pass that checks
    /// a `--rules` pack whole at load (``RulePack/load(file:text:deferred:)``) runs every check
    /// of the decoders, with the same errors in the same order, but leaves out what only linting
    /// needs and cannot fail: a phrase's words (``phrases()``), an example's draft. What it
    /// decodes is thrown away.
    let builds: Bool

    /// A path as the steps that lead to a value.
    private indirect enum Route: Sendable {
        case root
        case member(Route, String)
        case element(Route, Int)

        func write(into text: inout String) {
            switch self {
            case .root: text += "$"
            case .member(let parent, let key): parent.write(into: &text); text += "."; text += key
            case .element(let parent, let index): parent.write(into: &text); text += "["; text += String(index); text += "]"
            }
        }
    }

    private init(value: JSONValue, file: String, route: Route, bytes: [UInt8], builds: Bool) {
        self.value = value
        self.file = file
        self.route = route
        self.bytes = bytes
        self.builds = builds
    }

    /// The JSON path of the value (`$.rules[3].severity`).
    var path: String {
        var text = ""
        route.write(into: &text)
        return text
    }

    /// Where the value starts in the file.
    var location: SourceLocation { value.position.location(in: bytes) }

    /// The top of a JSON file; text that is not JSON is refused with its position.
    static func root(file: String, text: String) throws(RulePackError) -> JSONField {
        let bytes = Array(text.utf8)
        do {
            return JSONField(value: try JSONParser.parse(bytes: bytes), file: file, route: .root, bytes: bytes, builds: true)
        } catch {
            throw RulePackError(file: file, location: error.location, path: "$", reason: "invalid JSON: \(error.reason)")
        }
    }

    /// The same field, only checked when read (``builds``).
    var checkingOnly: JSONField {
        JSONField(value: value, file: file, route: route, bytes: bytes, builds: false)
    }

    /// `value`, found under `key` of this field.
    func child(_ value: JSONValue, key: String) -> JSONField {
        JSONField(value: value, file: file, route: .member(route, key), bytes: bytes, builds: builds)
    }

    /// `value`, found at `index` of this field.
    func child(_ value: JSONValue, index: Int) -> JSONField {
        JSONField(value: value, file: file, route: .element(route, index), bytes: bytes, builds: builds)
    }

    func error(_ reason: String) -> RulePackError {
        RulePackError(file: file, location: location, path: path, reason: reason)
    }

    /// The members of an object; keys not in `allowed` are refused, keys in `required` must be there.
    func object(allowed: [String], required: [String] = []) throws(RulePackError) -> JSONMembers {
        guard case .object(let members, _) = value else { throw error("expected an object, found \(value.typeName)") }
        var result: [(key: String, field: JSONField)] = []
        result.reserveCapacity(members.count)
        for member in members {
            let child = child(member.value, key: member.key)
            guard allowed.contains(member.key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw child.error("unknown key '\(member.key)' (known keys: \(known))")
            }
            result.append((member.key, child))
        }
        // The first missing key in alphabetical order is the one reported.
        if let missing = required.filter({ key in !members.contains { $0.key == key } }).min() {
            throw error("missing required key '\(missing)'")
        }
        return JSONMembers(result)
    }

    /// The member `key` of an object, if it is one and has it.
    func member(_ key: String) -> JSONField? {
        guard case .object(let members, _) = value, let member = members.first(where: { $0.key == key }) else { return nil }
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
        guard !text.trimmingSpaces.isEmpty else { throw error("must not be empty") }
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
        return items.enumerated().map { child($1, index: $0) }
    }

    func strings() throws(RulePackError) -> [String] {
        var result: [String] = []
        for item in try array() { result.append(try item.nonEmptyString()) }
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
