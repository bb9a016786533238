/// A parsed JSON value that remembers where it was written, so that a rule pack's errors can
/// name the line and column as well as the JSON path.
package enum JSONValue: Sendable, Equatable {
    case null(JSONPosition)
    case bool(Bool, JSONPosition)
    case number(String, JSONPosition)
    case string(String, JSONPosition)
    case array([JSONValue], JSONPosition)
    /// Members in the order written; keys are unique (the parser refuses duplicates).
    case object([(key: String, value: JSONValue)], JSONPosition)

    /// Where the value starts.
    package var position: JSONPosition {
        switch self {
        case .null(let p), .bool(_, let p), .number(_, let p), .string(_, let p), .array(_, let p), .object(_, let p):
            return p
        }
    }

    /// A short name of the value's type for error messages: `a string`, `an object`.
    package var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a, _), .bool(b, _)): return a == b
        case let (.number(a, _), .number(b, _)): return a == b
        case let (.string(a, _), .string(b, _)): return a == b
        case let (.array(a, _), .array(b, _)): return a == b
        case let (.object(a, _), .object(b, _)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}
