/// A strict JSON parser (RFC 8259) that records the line and column of every value.
///
/// It refuses duplicate keys, trailing commas, comments and nesting deeper than
/// ``maximumDepth``, and reports the first problem with its position.
package struct JSONParser {
    /// Why a text is not JSON, and where.
    package struct Failure: Error, Equatable, Sendable {
        package var location: SourceLocation
        package var reason: String
    }

    /// Arrays and objects nested deeper than this are refused (no stack overflow on hostile packs).
    package static let maximumDepth = 64

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `text` as one JSON value.
    package static func parse(_ text: String) throws(Failure) -> JSONValue {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.index < parser.scalars.count { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var location: SourceLocation { SourceLocation(line: line, column: index - lineStart + 1) }

    private func failure(_ reason: String) -> Failure { Failure(location: location, reason: reason) }

    private mutating func skipSpace() {
        while index < scalars.count {
            switch scalars[index] {
            case " ", "\t", "\r": index += 1
            case "\n": index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard index < scalars.count else { throw failure("unexpected end of file, expected a value") }
        let start = location
        switch scalars[index] {
        case "{": return try object(depth: depth + 1, start: start)
        case "[": return try array(depth: depth + 1, start: start)
        case "\"": return .string(try string(), start)
        case "t": try literal("true"); return .bool(true, start)
        case "f": try literal("false"); return .bool(false, start)
        case "n": try literal("null"); return .null(start)
        case "-", "0"..."9": return .number(try number(), start)
        default: throw failure("unexpected character '\(scalars[index])', expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.unicodeScalars {
            guard index < scalars.count, scalars[index] == expected else { throw failure("invalid literal, expected '\(word)'") }
            index += 1
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = index
        if scalars[index] == "-" { index += 1 }
        func digits() -> Int {
            let begin = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index - begin
        }
        guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { throw failure("invalid number") }
        if scalars[index] == "0" { index += 1 } else { _ = digits() }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard digits() > 0 else { throw failure("invalid number: digits expected after '.'") }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
            guard digits() > 0 else { throw failure("invalid number: digits expected in the exponent") }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<index])
        return String(text)
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard index < scalars.count else { throw failure("unterminated string") }
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                index += 1
                return String(result)
            case "\\":
                index += 1
                guard index < scalars.count else { throw failure("unterminated string") }
                let escape = scalars[index]
                index += 1
                switch escape {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                            throw failure("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
                    result.append(decoded)
                default:
                    throw failure("invalid escape '\\\(escape)'")
                }
            default:
                guard scalar.value >= 0x20 else { throw failure("control character in string (escape it)") }
                result.append(scalar)
                index += 1
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < scalars.count, scalars[index].isASCII,
                  let digit = UInt32(String(scalars[index]), radix: 16) else { throw failure("invalid \\u escape") }
            code = code * 16 + digit
            index += 1
        }
        return code
    }

    private mutating func array(depth: Int, start: SourceLocation) throws(Failure) -> JSONValue {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < scalars.count, scalars[index] == "]" { index += 1; return .array(items, start) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard index < scalars.count else { throw failure("unexpected end of file in an array") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "]" { index += 1; return .array(items, start) }
            throw failure("expected ',' or ']' in an array")
        }
    }

    private mutating func object(depth: Int, start: SourceLocation) throws(Failure) -> JSONValue {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        var seen = Set<String>()
        skipSpace()
        if index < scalars.count, scalars[index] == "}" { index += 1; return .object(members, start) }
        while true {
            skipSpace()
            guard index < scalars.count, scalars[index] == "\"" else { throw failure("expected a key (a string) in an object") }
            let keyLocation = location
            let key = try string()
            guard seen.insert(key).inserted else {
                throw Failure(location: keyLocation, reason: "duplicate key '\(key)'")
            }
            skipSpace()
            guard index < scalars.count, scalars[index] == ":" else { throw failure("expected ':' after the key '\(key)'") }
            index += 1
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard index < scalars.count else { throw failure("unexpected end of file in an object") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "}" { index += 1; return .object(members, start) }
            throw failure("expected ',' or '}' in an object")
        }
    }
}
