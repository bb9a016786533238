/// A path pattern of a configuration's `include` / `exclude`.
///
/// `*` matches any characters but `/`, `?` one character but `/`, `**` any number of whole path
/// segments, `[abc]` / `[a-z]` / `[!a]` one character of a set. A pattern without `/` matches a
/// file's name in any folder (`*.txt`, `draft-*`), as in `.gitignore`; one with `/` matches the
/// path relative to the configuration's folder (`archive/**`, `2024/*/notes.md`). A pattern that
/// ends in `/` matches everything below a folder.
package struct Glob: Hashable, Sendable {
    package var pattern: String

    package init(_ pattern: String) { self.pattern = pattern }

    /// Whether a relative path (with `/` separators) matches.
    package func matches(_ relativePath: String) -> Bool {
        var pattern = self.pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasSuffix("/") { pattern += "**" }
        if !pattern.contains("/") {
            let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
            return Glob.match(Array(pattern), Array(name))
        }
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        return Glob.match(Array(pattern), Array(relativePath))
    }

    /// Matching with memoisation, so hostile patterns stay polynomial.
    static func match(_ pattern: [Character], _ text: [Character]) -> Bool {
        var memo = [Int: Bool]()
        func step(_ p: Int, _ t: Int) -> Bool {
            let key = p * (text.count + 1) + t
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.count {
                result = t == text.count
            } else if pattern[p] == "*" {
                if p + 1 < pattern.count, pattern[p + 1] == "*" {
                    // `**`: any run of characters, `/` included; `**/` may also match nothing.
                    var next = p + 2
                    if next < pattern.count, pattern[next] == "/" { next += 1 }
                    result = (t...text.count).contains { step(next, $0) }
                        || (next > p + 2 && (t...text.count).contains { step(p + 2, $0) })
                } else {
                    var end = t
                    var found = step(p + 1, t)
                    while !found, end < text.count, text[end] != "/" {
                        end += 1
                        found = step(p + 1, end)
                    }
                    result = found
                }
            } else if t == text.count {
                result = false
            } else if pattern[p] == "?" {
                result = text[t] != "/" && step(p + 1, t + 1)
            } else if pattern[p] == "[", let close = pattern[(p + 1)...].firstIndex(of: "]"), close > p + 1 {
                var set = Array(pattern[(p + 1)..<close])
                let negated = set.first == "!" || set.first == "^"
                if negated { set.removeFirst() }
                var inSet = false
                var index = 0
                while index < set.count {
                    if index + 2 < set.count, set[index + 1] == "-" {
                        if set[index] <= text[t] && text[t] <= set[index + 2] { inSet = true }
                        index += 3
                    } else {
                        if set[index] == text[t] { inSet = true }
                        index += 1
                    }
                }
                result = inSet != negated && text[t] != "/" && step(close + 1, t + 1)
            } else {
                result = pattern[p] == text[t] && step(p + 1, t + 1)
            }
            memo[key] = result
            return result
        }
        return step(0, 0)
    }
}
