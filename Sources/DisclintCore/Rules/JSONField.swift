/// A JSON value being read into a rule pack, with its path, so that every error names the file,
/// the line and column, and the JSON path (`$.sections[2].synonyms[0]`).
struct JSONField: Sendable {
    let value: JSONValue
    let path: String
    let file: String

    /// The top of a JSON file; text that is not JSON is refused with its position.
    static func root(file: String, text: String) throws(RulePackError) -> JSONField {
        do {
            return JSONField(value: try JSONParser.parse(text), path: "$", file: file)
        } catch {
            throw RulePackError(file: file, location: error.location, path: "$", reason: "invalid JSON: \(error.reason)")
        }
    }

    func error(_ reason: String) -> RulePackError {
        RulePackError(file: file, location: value.location, path: path, reason: reason)
    }

    /// The members of an object; keys not in `allowed` are refused, keys in `required` must be there.
    func object(allowed: Set<String>, required: Set<String> = []) throws(RulePackError) -> [String: JSONField] {
        guard case .object(let members, _) = value else { throw error("expected an object, found \(value.typeName)") }
        var result: [String: JSONField] = [:]
        for member in members {
            let child = JSONField(value: member.value, path: "\(path).\(member.key)", file: file)
            guard allowed.contains(member.key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw RulePackError(file: file, location: member.value.location, path: child.path,
                                    reason: "unknown key '\(member.key)' (known keys: \(known))")
            }
            result[member.key] = child
        }
        for key in required.sorted() where result[key] == nil {
            throw error("missing required key '\(key)'")
        }
        return result
    }

    /// The member `key` of an object, if it is one and has it.
    func member(_ key: String) -> JSONField? {
        guard case .object(let members, _) = value, let member = members.first(where: { $0.key == key }) else { return nil }
        return JSONField(value: member.value, path: "\(path).\(key)", file: file)
    }

    /// The item at `index` of an array, if it is one and has it.
    func element(_ index: Int) -> JSONField? {
        guard case .array(let items, _) = value, items.indices.contains(index) else { return nil }
        return JSONField(value: items[index], path: "\(path)[\(index)]", file: file)
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
        return items.enumerated().map { JSONField(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func strings() throws(RulePackError) -> [String] {
        var result: [String] = []
        for item in try array() { result.append(try item.nonEmptyString()) }
        return result
    }

    /// A list of phrases.
    func phrases() throws(RulePackError) -> [Phrase] { try strings().map(Phrase.init) }

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
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return text.prefix(0) }
        return text[first...last]
    }
}
