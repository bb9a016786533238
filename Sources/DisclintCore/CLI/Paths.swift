#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on `/`-separated strings: absolute paths, parents, relative paths.
package enum Paths {
    /// The current directory.
    package static func current() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(cString: buffer)
    }

    /// `path` made absolute against `base` and normalised (`.`, `..` and doubled `/` removed).
    package static func absolute(_ path: String, base: String = current()) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        // Most paths are normal already (each draft's path is made absolute twice).
        if isNormal(joined) { return joined }
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether an absolute path is as ``absolute(_:base:)`` would make it: it starts with `/`
    /// and has no empty, `.` or `..` part and no `/` at the end (but for `/` itself). Read on bytes.
    static func isNormal(_ path: String) -> Bool {
        var bytes = path.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "/") else { return false }
        var length = 0      // of the part being read
        var dots = 0        // how many of its bytes are `.`
        var parts = 0
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "/") {
                guard length > 0, !(dots == length && length <= 2) else { return false }
                length = 0
                dots = 0
                parts += 1
                continue
            }
            length += 1
            if byte == UInt8(ascii: ".") { dots += 1 }
        }
        if length == 0 { return parts == 0 }
        return !(dots == length && length <= 2)
    }

    /// The folder of an absolute path (`/` for `/`).
    package static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// `path` relative to the folder `base` (both absolute), or nil if it is not below it.
    package static func relative(_ path: String, to base: String) -> String? {
        if base == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(base + "/") else { return nil }
        return String(path.dropFirst(base.count + 1))
    }

    /// `name` inside the folder `directory`.
    package static func join(_ directory: String, _ name: String) -> String {
        name.hasPrefix("/") ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }
}
