/// A parsed JSON value that remembers where it was written, so that a rule pack's errors can
/// name the line and column as well as the JSON path.
///
/// A value is a place in its parsed text (``JSONDocument``); its strings are made when asked for.
package struct JSONValue: Sendable, Equatable {
    package enum Kind: Sendable {
        case null, bool, number, string, array, object
    }

    let document: JSONDocument
    let index: Int

    init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    private var node: JSONDocument.Node { document.nodes[index] }

    package var kind: Kind { node.kind }

    /// Where the value starts.
    package var position: JSONPosition { node.position }

    /// A short name of the value's type for error messages: `a string`, `an object`.
    package var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The text of a string, decoded; nil for another value.
    package var string: String? { kind == .string ? document.text(index) : nil }

    /// A number as written; nil for another value.
    package var number: String? { kind == .number ? document.text(index) : nil }

    /// A boolean's value; nil for another value.
    package var bool: Bool? { kind == .bool ? node.start == 1 : nil }

    /// Whether a string is empty or white space only (false for another value).
    var isBlankString: Bool { kind == .string && document.isBlank(index) }

    /// An array's items in order; nil for another value.
    package var items: Items? { kind == .array ? Items(document: document, array: index) : nil }

    /// An object's members in the order written; keys are unique (the parser refuses duplicates).
    /// Nil for another value.
    package var members: Members? { kind == .object ? Members(document: document, object: index) : nil }

    /// The node indices of an object's keys (each member's value follows its key).
    var keyIndices: KeyIndices { KeyIndices(document: document, object: index) }

    struct KeyIndices: Sequence {
        let document: JSONDocument
        let object: Int

        func makeIterator() -> Iterator { Iterator(nodes: document.nodes, at: object + 1, left: document.nodes[object].count) }

        struct Iterator: IteratorProtocol {
            let nodes: [JSONDocument.Node]
            var at: Int
            var left: Int

            mutating func next() -> Int? {
                guard left > 0 else { return nil }
                left -= 1
                let key = at
                at = nodes[at + 1].next
                return key
            }
        }
    }

    /// The value of an object's member `key`, an ASCII key, or nil.
    package func member(_ key: String) -> JSONValue? {
        guard kind == .object else { return nil }
        return document.member(key, of: index).map { JSONValue(document: document, index: $0) }
    }

    /// The items of an array.
    package struct Items: Sequence, Sendable {
        let document: JSONDocument
        let array: Int

        package var count: Int { document.nodes[array].count }
        package var isEmpty: Bool { count == 0 }

        package func makeIterator() -> Iterator { Iterator(document: document, at: array + 1, left: count) }

        package struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var at: Int
            var left: Int

            package mutating func next() -> JSONValue? {
                guard left > 0 else { return nil }
                left -= 1
                let item = JSONValue(document: document, index: at)
                at = document.nodes[at].next
                return item
            }
        }
    }

    /// The members of an object, each key made as it is reached.
    package struct Members: Sequence, Sendable {
        let document: JSONDocument
        let object: Int

        package var count: Int { document.nodes[object].count }
        package var isEmpty: Bool { count == 0 }

        package func makeIterator() -> Iterator { Iterator(document: document, at: object + 1, left: count) }

        package struct Iterator: IteratorProtocol {
            let document: JSONDocument
            var at: Int
            var left: Int

            package mutating func next() -> (key: String, value: JSONValue)? {
                guard left > 0 else { return nil }
                left -= 1
                let member = (key: document.keys[document.nodes[at].count], value: JSONValue(document: document, index: at + 1))
                at = document.nodes[at + 1].next
                return member
            }
        }
    }

    /// Values are the same when they are of one kind with the same contents, wherever written.
    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        guard lhs.kind == rhs.kind else { return false }
        switch lhs.kind {
        case .null: return true
        case .bool: return lhs.bool == rhs.bool
        case .number: return lhs.number == rhs.number
        case .string: return lhs.string == rhs.string
        case .array:
            let (a, b) = (lhs.items!, rhs.items!)
            return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
        case .object:
            let (a, b) = (lhs.members!, rhs.members!)
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        }
    }
}
