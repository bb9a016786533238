#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Hides markup that a reader never sees, keeping every other character where it was, so that
/// lines and columns still point into the draft as written.
///
/// - HTML comments (`<!-- … -->`, in Markdown too) become spaces.
/// - In an HTML draft, tags become spaces too, except a table cell's opening tag (`<td>`,
///   `<th>`), which becomes `|` so that a row reads like a Markdown table row; `<script>` and
///   `<style>` contents become spaces; entities (`&amp;`, `&yen;`, `&#165;`, `&nbsp;`) become
///   the character they stand for, padded with spaces to their length.
///
/// Line breaks are kept, and each character is replaced by one character, so a column counted in
/// characters is the same in the masked text as in the draft.
package enum MarkupMasker {
    /// Whether the text looks like HTML (a document, or a fragment with block tags), judged from
    /// the tags in its first 4 KB.
    package static func isHTML(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { all in
            let bytes = UnsafeBufferPointer(rebasing: all.prefix(4096))
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            // Each `<` found by the C library's memchr, many bytes at a time.
            while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                tags: for tag in htmlTags where index + tag.count <= bytes.count {
                    for (offset, expected) in tag.enumerated() {
                        let byte = bytes[index + offset]
                        guard byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) == expected else { continue tags }
                    }
                    return true
                }
            }
            return false
        } ?? false
    }

    private static let htmlTags: [[UInt8]] = ["html", "body", "p>", "p ", "table", "div", "br", "td", "!doctype"].map { Array($0.utf8) }

    /// Whether the text has an HTML comment opener, checked on bytes.
    static func hasComment(_ text: String) -> Bool {
        ByteSearch.contains(commentOpener, in: text)
    }

    private static let commentOpener = Array("<!--".utf8)

    static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "yen": "¥", "pound": "£",
        "euro": "€", "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "ldquo": "“",
        "rdquo": "”", "middot": "·", "times": "×", "percnt": "%",
    ]

    /// The masked text; `html` says whether tags and entities are masked too.
    package static func mask(_ text: String, html: Bool) -> String {
        guard html || hasComment(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        var index = 0
        var hiddenElement: String?   // inside <script> or <style>
        func blank(_ character: Character) -> Character { character == "\n" || character == "\r\n" || character == "\r" ? character : " " }
        func starts(_ prefix: String, at position: Int) -> Bool {
            var offset = position
            for expected in prefix {
                guard offset < characters.count, Character(Tokenizer.fold(String(characters[offset]))) == expected else { return false }
                offset += 1
            }
            return true
        }
        while index < characters.count {
            let character = characters[index]
            if character == "<", starts("<!--", at: index) {
                var end = index + 4
                while end < characters.count, !starts("-->", at: end) { end += 1 }
                end = min(end + 3, characters.count)
                for position in index..<end { result.append(blank(characters[position])) }
                index = end
                continue
            }
            guard html else { result.append(character); index += 1; continue }
            if let element = hiddenElement {
                if character == "<", starts("</" + element, at: index) { hiddenElement = nil } else {
                    result.append(blank(character)); index += 1; continue
                }
            }
            if character == "<", index + 1 < characters.count,
               characters[index + 1].isLetter || characters[index + 1] == "/" || characters[index + 1] == "!" {
                var end = index + 1
                while end < characters.count, characters[end] != ">" { end += 1 }
                end = min(end + 1, characters.count)
                let name = Tokenizer.fold(String(characters[(index + 1)..<min(end, index + 8)]))
                let cell = name.hasPrefix("td") || name.hasPrefix("th") && !name.hasPrefix("the")
                if name.hasPrefix("script") || name.hasPrefix("style") { hiddenElement = name.hasPrefix("script") ? "script" : "style" }
                for position in index..<end {
                    result.append(position == index && cell ? "|" : blank(characters[position]))
                }
                index = end
                continue
            }
            if character == "&", let (replacement, length) = entity(characters, at: index) {
                result.append(replacement)
                for _ in 1..<length { result.append(" ") }
                index += length
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The character an entity at `index` stands for, and the entity's length.
    private static func entity(_ characters: [Character], at index: Int) -> (Character, Int)? {
        var end = index + 1
        while end < characters.count, end - index <= 10, characters[end] != ";" {
            guard characters[end].isLetter || characters[end].isNumber || characters[end] == "#" else { return nil }
            end += 1
        }
        guard end < characters.count, characters[end] == ";" else { return nil }
        let name = String(characters[(index + 1)..<end])
        let length = end - index + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Character(scalar == "\u{A0}" ? " " : scalar), length)
        }
        guard let character = entities[name] else { return nil }
        return (character, length)
    }
}
