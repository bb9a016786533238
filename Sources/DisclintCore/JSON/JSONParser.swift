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
    /// The values read, in order (``JSONDocument``).
    private var nodes: [JSONDocument.Node] = []
    /// The decoded texts of the strings that had escapes.
    private var decoded: [UInt8] = []
    /// The key nodes of the objects being read, innermost last, for finding a duplicate key.
    private var open: [Int] = []
    /// The text of every key read (``JSONDocument/keys``).
    private var keys: [String] = []

    /// Parses `text` as one JSON value.
    package static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses UTF-8 `bytes` as one JSON value.
    package static func parse(bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        // About one value for every ten bytes of a pack.
        parser.nodes.reserveCapacity(bytes.count / 8 + 1)
        parser.skipSpace()
        try parser.value(depth: 0)
        parser.skipSpace()
        if parser.index < parser.bytes.count { throw parser.failure("unexpected text after the JSON value") }
        return JSONValue(document: JSONDocument(bytes: bytes, nodes: parser.nodes, decoded: parser.decoded, keys: parser.keys), index: 0)
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

    /// Whether one of eight bytes may be a quote, a backslash or a control character (below
    /// 0x20): exact when it says no (the zero-byte test of `strlen`, on the word xor `"`, the
    /// word xor `\\`, and the bytes less than 0x20); a yes is checked byte by byte.
    @inline(__always)
    private static func mayStopString(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let found = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
        return found & 0x8080_8080_8080_8080 != 0
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Adds a value that contains nothing.
    private mutating func add(_ kind: JSONValue.Kind, at position: JSONPosition, start: Int = 0, end: Int = 0) {
        nodes.append(JSONDocument.Node(kind: kind, start: start, end: end, next: nodes.count + 1, position: position))
    }

    private mutating func value(depth: Int) throws(Failure) {
        guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth + 1, start: start)
        case UInt8(ascii: "["): try array(depth: depth + 1, start: start)
        case UInt8(ascii: "\""): nodes.append(try string(at: start))
        case UInt8(ascii: "t"): try literal("true"); add(.bool, at: start, start: 1)
        case UInt8(ascii: "f"): try literal("false"); add(.bool, at: start)
        case UInt8(ascii: "n"): try literal("null"); add(.null, at: start)
        case UInt8(ascii: "-"), 0x30...0x39:
            let first = index
            try number()
            add(.number, at: start, start: first, end: index)
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

    private mutating func number() throws(Failure) {
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
    }

    /// The string that starts at `index` (a quote), as a node at `position`: its bytes where it
    /// is written, or, when it has escapes, its decoded text in ``decoded``.
    private mutating func string(at position: JSONPosition) throws(Failure) -> JSONDocument.Node {
        index += 1
        let start = index
        // Fast path: no escape before the closing quote. The bytes are scanned in place for the
        // first quote, backslash or control character, eight at a time while none of them is one
        // (most of a pack is text in strings), then one table lookup each; whether a byte is not
        // ASCII is noted on the way.
        var high: UInt8 = 0
        index = bytes.withUnsafeBufferPointer { buffer in
            JSONParser.stopsString.withUnsafeBufferPointer { stops in
                var at = start
                if let base = buffer.baseAddress.map(UnsafeRawPointer.init) {
                    var highBits: UInt64 = 0
                    while at + 8 <= buffer.count {
                        let word = base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                        if JSONParser.mayStopString(word) { break }
                        highBits |= word
                        at += 8
                    }
                    if highBits & 0x8080_8080_8080_8080 != 0 { high = 0x80 }
                }
                while at < buffer.count, !stops[Int(buffer[at])] {
                    high |= buffer[at]
                    at += 1
                }
                return at
            }
        }
        if index < bytes.count, bytes[index] < 0x20 { throw failure("control character in string (escape it)") }
        guard index < bytes.count else { throw failure("unterminated string") }
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return JSONDocument.Node(kind: .string, ascii: high < 0x80, start: start, end: index - 1, next: nodes.count + 1, position: position)
        }
        var result = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                let first = decoded.count
                decoded.append(contentsOf: result)
                return JSONDocument.Node(kind: .string, escaped: true, ascii: !result.contains { $0 >= 0x80 },
                                         start: first, end: decoded.count, next: nodes.count + 1, position: position)
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

    private mutating func array(depth: Int, start: JSONPosition) throws(Failure) {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        let array = nodes.count
        add(.array, at: start)
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
        var count = 0
        while true {
            skipSpace()
            try value(depth: depth)
            count += 1
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of file in an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                nodes[array].count = count
                nodes[array].next = nodes.count
                return
            }
            throw failure("expected ',' or ']' in an array")
        }
    }

    private mutating func object(depth: Int, start: JSONPosition) throws(Failure) {
        guard depth <= JSONParser.maximumDepth else { throw failure("nested deeper than \(JSONParser.maximumDepth) levels") }
        index += 1
        let object = nodes.count
        add(.object, at: start)
        // Keys already read: compared with the object's other keys while there are few (no
        // hashing), then looked up in a set.
        let first = open.count
        var seen = Set<String>()
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key (a string) in an object") }
            let keyPosition = position
            var node = try string(at: keyPosition)
            let key = JSONDocument.text(node, bytes: bytes, decoded: decoded)
            let duplicate: Bool
            if open.count - first < 16 {
                // Swift's comparison (canonical equivalence), its lengths first where both are ASCII.
                duplicate = open[first...].contains { other in
                    JSONDocument.same(keys[nodes[other].count], ascii: nodes[other].ascii && node.ascii, as: key)
                }
            } else {
                if seen.isEmpty { seen = Set(open[first...].map { keys[nodes[$0].count] }) }
                duplicate = !seen.insert(key).inserted
            }
            guard !duplicate else {
                throw failure("duplicate key '\(key)'", at: keyPosition)
            }
            node.count = keys.count
            keys.append(key)
            open.append(nodes.count)
            nodes.append(node)
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key '\(key)'") }
            index += 1
            skipSpace()
            try value(depth: depth)
            skipSpace()
            guard index < bytes.count else { throw failure("unexpected end of file in an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                nodes[object].count = open.count - first
                nodes[object].next = nodes.count
                open.removeSubrange(first...)
                return
            }
            throw failure("expected ',' or '}' in an object")
        }
    }
}
