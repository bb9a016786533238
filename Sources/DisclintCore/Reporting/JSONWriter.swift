/// Writes JSON text with keys in a fixed order (the order of the output contract), escaping
/// strings as RFC 8259 requires.
struct JSONWriter {
    private(set) var text = ""
    private var indent = 0
    private var needsComma = [false]

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private mutating func newItem(key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        text += "\n" + String.repeating(ascii: UInt8(ascii: " "), count: 2 * indent)
        if let key { text += JSONWriter.quoted(key) + ": " }
    }

    mutating func open(_ bracket: String, key: String? = nil) {
        if indent == 0 && text.isEmpty { text += bracket } else { newItem(key: key); text += bracket }
        indent += 1
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { text += "\n" + String.repeating(ascii: UInt8(ascii: " "), count: 2 * indent) }
        text += bracket
    }

    mutating func value(_ raw: String, key: String? = nil) {
        newItem(key: key)
        text += raw
    }

    mutating func string(_ value: String, key: String? = nil) { self.value(JSONWriter.quoted(value), key: key) }
    mutating func number(_ value: Int, key: String? = nil) { self.value(String(value), key: key) }
}
