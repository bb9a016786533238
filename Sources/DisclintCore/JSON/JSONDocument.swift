/// A parsed JSON text: every value of it laid out flat, in the order written (``JSONParser``).
///
/// An array or an object is followed by its items, or by each member's key and then its value;
/// it knows how many it has and where the next value after it starts. A string or a number is
/// where it is written, and its text is made only when asked for (``JSONValue``): reading a
/// rule pack made a tree of one allocation per string and container, which its check at load
/// mostly looked at the shape of, and which was freed value by value.
final class JSONDocument: Sendable {
    /// One value.
    struct Node: Sendable {
        var kind: JSONValue.Kind
        /// A string that had escapes: its decoded text is in ``JSONDocument/decoded`` rather than
        /// in ``JSONDocument/bytes``.
        var escaped = false
        /// A string whose text is all ASCII.
        var ascii = false
        /// A string's or a number's text: the range of bytes (a string's without its quotes); a
        /// boolean's value in `start` (1 for true).
        var start = 0
        var end = 0
        /// An array's or an object's items or members; a key's index in ``JSONDocument/keys``.
        var count = 0
        /// The index of the value after this one and all it contains.
        var next = 0
        var position: JSONPosition
    }

    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    let nodes: [Node]
    /// The texts of the strings that had escapes, decoded, one after the other.
    let decoded: [UInt8]
    /// The text of every key, in order: made by the parser, which compares each with the
    /// object's others, and short (no allocation).
    let keys: [String]

    init(bytes: [UInt8], nodes: [Node], decoded: [UInt8], keys: [String]) {
        self.bytes = bytes
        self.nodes = nodes
        self.decoded = decoded
        self.keys = keys
    }

    /// Whether the key `text` is `key`, as Swift compares strings, where `ascii` says that both
    /// are ASCII (a key a decoder looks for always is): two texts of different lengths may still
    /// be the same when one is not ASCII (the Kelvin sign is a `K`).
    @inline(__always)
    static func same(_ text: String, ascii: Bool, as key: String) -> Bool {
        text.utf8.count == key.utf8.count || !ascii ? text == key : false
    }

    /// The index of the value of the member `key` (an ASCII key) of the object at `object`, or nil.
    func member(_ key: String, of object: Int) -> Int? {
        nodes.withUnsafeBufferPointer { nodes in
            keys.withUnsafeBufferPointer { keys in
                var at = object + 1
                for _ in 0..<nodes[object].count {
                    if JSONDocument.same(keys[nodes[at].count], ascii: nodes[at].ascii, as: key) { return at + 1 }
                    at = nodes[at + 1].next
                }
                return nil
            }
        }
    }

    /// The text of the string or number at `index`.
    func text(_ index: Int) -> String {
        JSONDocument.text(nodes[index], bytes: bytes, decoded: decoded)
    }

    static func text(_ node: Node, bytes: [UInt8], decoded: [UInt8]) -> String {
        String(decoding: (node.escaped ? decoded : bytes)[node.start..<node.end], as: UTF8.self)
    }

    /// Whether the string at `index` is empty or white space only, on its bytes while they are
    /// ASCII.
    func isBlank(_ index: Int) -> Bool {
        let node = nodes[index]
        return (node.escaped ? decoded : bytes).withUnsafeBufferPointer { buffer in
            for at in node.start..<node.end {
                let byte = buffer[at]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                return byte < 0x80 ? false : text(index).trimmingSpaces.isEmpty
            }
            return true
        }
    }
}
