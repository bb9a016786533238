/// A strict JSON parser (RFC 8259) that records where every value starts (``JSONPosition``).
///
/// It reads UTF-8 bytes (strings without escapes are decoded in one go), refuses duplicate keys,
/// trailing commas, comments and nesting deeper than ``maximumDepth``, and reports the first
/// problem with its line and column; columns count characters.
package struct JSONParser {
    /// Why a text is not JSON, and where.
    package struct Failure: Error, Equatable, Sendable {
        package var location: SourceLocation
        package var reason: String
    }

    /// Arrays and objects nested deeper than this are refused (no stack overflow on hostile packs).
    package static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `text` as one JSON value.
    package static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses UTF-8 `bytes` as one JSON value.
    package static func parse(bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.index < parser.bytes.count { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Where `index` is.
    private var position: JSONPosition { JSONPosition(line: line, lineStart: lineStart, offset: index) }

    private func failure(_ reason: String) -> Failure { failure(reason, at: position) }

    private func failure(_ reason: String, at position: JSONPosition) -> Failure {
        Failure(location: position.location(in: bytes), reason: reason)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    /// The bytes that end the fast scan of a string: a quote, a backslash and the control characters.
    private static let stopsString: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1, start: start)
        case UInt8(ascii: "["): return try array(depth: depth + 1, start: start)
        case UInt8(ascii: "\""): return .string(try string(), start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, start)
        case UInt8(ascii: "n"): try literal("null"); return .null(start)
        case UInt8(ascii: "-"), 0x30...0x39: return .number(try number(), start)
        default:
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            throw failure("unexpected character '\(String(decoding: bytes[index..<end], as: UTF8.self))', expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw failure("invalid literal, expected '\(word)'") }
            index += 1
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let begin = index
            while index < bytes.count, JSONParser.isDigit(bytes[index]) { index += 1 }
            return index - begin
        }
        guard index < bytes.count, JSONParser.isDigit(bytes[index]) else { throw failure("invalid number") }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("invalid number: digits expected after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("invalid number: digits expected in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escape before the closing quote. The bytes are scanned in place for the
        // first quote, backslash or control character (one table lookup each).
        index = bytes.withUnsafeBufferPointer { buffer in
            JSONParser.stopsString.withUnsafeBufferPointer { stops in
                var at = start
                while at < buffer.count, !stops[Int(buffer[at])] { at += 1 }
                return at
            }
        }
        if index < bytes.count, bytes[index] < 0x20 { throw failure("control character in string (escape it)") }
        guard index < bytes.count else { throw failure("unterminated string") }
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
        }
        var result = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw failure("unterminated string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): result.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw failure("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
                    result.append(contentsOf: Array(String(Character(decoded)).utf8))
                default:
                    index -= 2
                    throw failure("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))'")
                }
            default:
                guard byte >= 0x20 else { throw failure("control character in string (escape it)") }
                result.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = UInt32(String(decoding: [bytes[index]], as: UTF8.self), radix: 16)
            else { throw failure("invalid \\u escape") }
            code = code * 16 + digit
            index += 1
        }
        return code
    }

    private mutating func array(depth: Int, start: JSONPosition) throws(Failure) -> JSONValue {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items, start) }
        // Room for a few items at once rather than one, two, then four.
        items.reserveCapacity(4)
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of file in an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items, start) }
            throw failure("expected ',' or ']' in an array")
        }
    }

    private mutating func object(depth: Int, start: JSONPosition) throws(Failure) -> JSONValue {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // Keys already read: looked up in the members while there are few (no hashing), then in a set.
        var seen = Set<String>()
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members, start) }
        // Room for the members of most objects of a pack at once, rather than growing four times.
        members.reserveCapacity(8)
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key (a string) in an object") }
            let keyPosition = position
            let key = try string()
            let duplicate: Bool
            if members.count < 16 {
                duplicate = members.contains { $0.key.utf8.count == key.utf8.count && $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                duplicate = !seen.insert(key).inserted
            }
            guard !duplicate else {
                throw failure("duplicate key '\(key)'", at: keyPosition)
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key '\(key)'") }
            index += 1
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of file in an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members, start) }
            throw failure("expected ',' or '}' in an object")
        }
    }
}
