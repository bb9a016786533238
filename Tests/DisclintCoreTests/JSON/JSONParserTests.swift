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
        let members = try #require(value.members.map(Array.init), "not an object")
        #expect(members.map(\.key) == ["a", "b", "c"])
        let items = try #require(members[0].value.items.map(Array.init), "not an array")
        #expect(items.map(\.typeName) == ["a number", "a number", "a number", "a boolean", "a boolean", "null", "a string"])
        #expect(items[1].number == "-2.5e3")
        #expect(items[3].bool == true && items[4].bool == false && items[5].kind == .null)
        #expect(items[6].string == "x")
        #expect(members[1].value.members?.isEmpty == true && members[2].value.items?.isEmpty == true)
        #expect(value.member("b")?.kind == .object && value.member("d") == nil && items[6].member("a") == nil)
    }

    @Test("values are the same when their contents are, wherever written")
    func equality() throws {
        #expect(try JSONParser.parse(#"{"a": [1, "x", {"b": null}]}"#) == JSONParser.parse("{\n  \"a\": [1,\"x\",{\"b\":null}]\n}"))
        #expect(try JSONParser.parse(#"{"a": [1, "x"]}"#) != JSONParser.parse(#"{"a": [1, "y"]}"#))
        #expect(try JSONParser.parse(#"{"a": 1}"#) != JSONParser.parse(#"{"b": 1}"#))
        #expect(try JSONParser.parse(#"[true]"#) != JSONParser.parse(#"[false]"#))
        #expect(try JSONParser.parse(#""caf\u00e9""#) == JSONParser.parse("\"cafe\u{301}\""), "as Swift compares strings")
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
        #expect(value.string == expected)
        #expect(value.position == JSONPosition(line: 1, lineStart: 0, offset: 0))
        // Inside an array, and as a key.
        #expect(try JSONParser.parse("[" + json + "]").items.map(Array.init)?.first?.string == expected)
        #expect(try JSONParser.parse("{" + json + ": 1}").members.map(Array.init)?.first?.key == expected)
    }

    @Test("records where each value starts, counting lines across CRLF and columns in characters")
    func locations() throws {
        let text = "{\r\n  \"a\": 1,\n  \"b\": [true,\n        \"x\"],\n  \"株式\": [\"取得 👍🏽\", 2]\n}"
        let bytes = Array(text.utf8)
        let value = try JSONParser.parse(text)
        #expect(value.position.location(in: bytes) == Self.at(1, 1))
        let members = try #require(value.members.map(Array.init), "not an object")
        #expect(members[0].value.position.location(in: bytes) == Self.at(2, 8))
        #expect(members[1].value.position.location(in: bytes) == Self.at(3, 8))
        let items = try #require(members[1].value.items.map(Array.init), "not an array")
        #expect(items.map { $0.position.location(in: bytes) } == [Self.at(3, 9), Self.at(4, 9)])
        let japanese = try #require(members[2].value.items.map(Array.init), "not an array")
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
        // Duplicate keys as Swift compares strings: escaped, or canonically equivalent.
        (#"{"a": 1, "\u0061": 2}"#, 1, 10, "duplicate key 'a'"),
        ("{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}", 1, 13, "duplicate key 'cafe\u{301}'"),
        ("{\"a\": {\"b\": 1}, \"b\": 2, \"a\": 3}", 1, 25, "duplicate key 'a'"),
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

    /// The fast path reads strings eight bytes at a time: every length and every place of a
    /// quote, an escape, a control character or a character outside ASCII must read as before.
    @Test("a string reads the same whatever its length and wherever an escape, a control or non-ASCII character is")
    func stringsAtEveryOffset() throws {
        for length in 0..<26 {
            let plain = String(repeating: "a", count: length)
            #expect(try JSONParser.parse("\"\(plain)\"").string == plain)
            for at in 0...length {
                let before = String(repeating: "a", count: at), after = String(repeating: "b", count: length - at)
                #expect(try JSONParser.parse("\"\(before)\\n\(after)\"").string == before + "\n" + after)
                #expect(try JSONParser.parse("\"\(before)\\\"\(after)\"").string == before + "\"" + after)
                #expect(try JSONParser.parse("[\"\(before)\", \"\(after)\"]").items.map { $0.map(\.string) } == [before, after])
                #expect(try JSONParser.parse("\"\(before)株\(after)\"").string == before + "株" + after)
                do {
                    _ = try JSONParser.parse("\"\(before)\u{1F}\(after)\"")
                    Issue.record("a control character at \(at) of \(length) was read")
                } catch {
                    #expect(error.reason.contains("control character"))
                    #expect(error.location == Self.at(1, at + 2))
                }
                // A key outside ASCII is found by any text Swift takes for the same (`é` written
                // as `e` and U+0301): it must be marked as not ASCII wherever its byte is.
                let object = try JSONParser.parse("{\"\(before)e\u{301}\(after)\": 1}")
                #expect(object.member(before + "é" + after)?.number == "1", "key with U+0301 at \(at) of \(length)")
            }
        }
    }
}
