import DisclintCore
import Testing

@Suite("JSONParser")
struct JSONParserTests {
    static func at(_ line: Int, _ column: Int) -> DisclintCore.SourceLocation {
        DisclintCore.SourceLocation(line: line, column: column)
    }

    // MARK: - Valid documents

    @Test("parses every kind of value")
    func values() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5e3, 0, true, false, null, "x"], "b": {}, "c": []}"#)
        guard case .object(let members, _) = value else { Issue.record("not an object: \(value)"); return }
        #expect(members.map(\.key) == ["a", "b", "c"])
        guard case .array(let items, _) = members[0].value else { Issue.record("not an array"); return }
        #expect(items.map(\.typeName) == ["a number", "a number", "a number", "a boolean", "a boolean", "null", "a string"])
        if case .number(let text, _) = items[1] { #expect(text == "-2.5e3") } else { Issue.record("not a number") }
        if case .string(let text, _) = items[6] { #expect(text == "x") } else { Issue.record("not a string") }
    }

    @Test("parses a scalar at the top", arguments: [
        ("true", "a boolean"), ("null", "null"), ("\"text\"", "a string"), ("-0.5E+2", "a number"), ("  42  ", "a number"),
    ])
    func topLevelScalar(_ text: String, _ type: String) throws {
        #expect(try JSONParser.parse(text).typeName == type)
    }

    @Test("decodes escapes", arguments: [
        (#""a\"b""#, "a\"b"),
        (#""a\\b""#, "a\\b"),
        (#""a\/b""#, "a/b"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u00e9""#, "é"),
        (#""\u682a""#, "株"),
        (#""\ud83d\ude00""#, "😀"),
        ("\"株式 😀\"", "株式 😀"),
    ])
    func escapes(_ json: String, _ expected: String) throws {
        let value = try JSONParser.parse(json)
        #expect(value == .string(expected, JSONPosition(line: 1, lineStart: 0, offset: 0)))
    }

    @Test("records where each value starts, counting lines across CRLF and columns in characters")
    func locations() throws {
        let text = "{\r\n  \"a\": 1,\n  \"b\": [true,\n        \"x\"],\n  \"株式\": [\"取得 👍🏽\", 2]\n}"
        let bytes = Array(text.utf8)
        let value = try JSONParser.parse(text)
        #expect(value.position.location(in: bytes) == Self.at(1, 1))
        guard case .object(let members, _) = value else { Issue.record("not an object"); return }
        #expect(members[0].value.position.location(in: bytes) == Self.at(2, 8))
        #expect(members[1].value.position.location(in: bytes) == Self.at(3, 8))
        guard case .array(let items, _) = members[1].value else { Issue.record("not an array"); return }
        #expect(items.map { $0.position.location(in: bytes) } == [Self.at(3, 9), Self.at(4, 9)])
        guard case .array(let japanese, _) = members[2].value else { Issue.record("not an array"); return }
        #expect(members[2].value.position.location(in: bytes) == Self.at(5, 9))
        #expect(japanese.map { $0.position.location(in: bytes) } == [Self.at(5, 10), Self.at(5, 18)])
    }

    @Test("accepts nesting up to the limit")
    func deepestAllowed() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try JSONParser.parse(text)
    }

    // MARK: - Errors

    /// Text, the line and column of the error, and words its reason must contain.
    static let errors: [(String, Int, Int, String)] = [
        // Trailing commas.
        ("[1, 2,]", 1, 7, "']'"),
        ("{\"a\": 1,}", 1, 9, "key"),
        ("{\n  \"a\": 1,\n}", 3, 1, "key"),
        // Duplicate keys: at the second key.
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'"),
        ("{\n  \"id\": 1,\n  \"id\": 2\n}", 3, 3, "duplicate key 'id'"),
        // Unterminated strings: at the end of the text.
        ("\"abc", 1, 5, "unterminated string"),
        ("[\"abc", 1, 6, "unterminated string"),
        ("\"abc\\", 1, 6, "unterminated string"),
        // Bad \u escapes.
        (#""\u12G4""#, 1, 6, "\\u escape"),
        (#""\ud800""#, 1, 8, "surrogate"),
        (#""\ud800\u0041""#, 1, 14, "surrogate"),
        // Control characters must be escaped.
        ("\"a\tb\"", 1, 3, "control character"),
        ("{\"a\": \"line\nbreak\"}", 1, 12, "control character"),
        ("\"\u{0}\"", 1, 2, "control character"),
        // Not JSON at all.
        ("", 1, 1, "end of file"),
        ("   ", 1, 4, "end of file"),
        ("{\"a\" 1}", 1, 6, "':'"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "','"),
        ("[1 2]", 1, 4, "','"),
        ("tru", 1, 4, "literal"),
        ("nul", 1, 4, "literal"),
        ("01", 1, 2, "after the JSON value"),
        ("1.", 1, 3, "digits"),
        ("1e", 1, 3, "exponent"),
        ("-", 1, 2, "number"),
        ("+1", 1, 1, "unexpected character '+'"),
        ("// comment\n{}", 1, 1, "unexpected character '/'"),
        ("{} {}", 1, 4, "after the JSON value"),
        ("'a'", 1, 1, "unexpected character"),
        ("[", 1, 2, "end of file"),
        ("{", 1, 2, "key"),
    ]

    @Test("reports each error with its line and column", arguments: errors)
    func error(_ text: String, _ line: Int, _ column: Int, _ reason: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            #expect(failure.location == Self.at(line, column), "\(text.debugDescription): \(failure.reason)")
            #expect(failure.reason.contains(reason), "\(text.debugDescription): \(failure.reason)")
            return true
        }
    }

    @Test("refuses nesting deeper than the limit, at the bracket that goes too deep")
    func tooDeep() {
        let depth = JSONParser.maximumDepth + 1
        for open in ["[", "{\"k\":"] {
            let text = String(repeating: open, count: depth)
            #expect {
                _ = try JSONParser.parse(text)
            } throws: { error in
                guard let failure = error as? JSONParser.Failure else { return false }
                #expect(failure.reason.contains("nested deeper than \(JSONParser.maximumDepth)"))
                #expect(failure.location == Self.at(1, (depth - 1) * open.count + 1))
                return true
            }
        }
    }

    @Test("refuses hostile nesting without overflowing the stack")
    func hostileNesting() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { _ = try JSONParser.parse(text) }
    }

    /// An invalid escape is reported where it is written, not after it.
    @Test("reports an invalid escape at the escape")
    func badEscape() {
        #expect {
            _ = try JSONParser.parse(#""a\qb""#)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            #expect(failure.reason.contains("invalid escape '\\q'"))
            #expect((3...4).contains(failure.location.column), "column \(failure.location.column)")
            return true
        }
    }

    /// `SourceLocation` counts one column per character as an editor shows it (extended
    /// grapheme cluster); so must the parser's error positions.
    @Test("counts columns in characters, as SourceLocation documents")
    func columnsInCharacters() {
        #expect {
            _ = try JSONParser.parse("{\"k\": \"👍🏽\", \"k\": 1}")
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            #expect(failure.location == Self.at(1, 12), "\(failure.location)")
            return true
        }
    }
}
