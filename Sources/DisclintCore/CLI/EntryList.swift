/// The drafts found for a command line (``FileDiscovery``), kept compactly: the bytes of every
/// path one after the other, and for each entry where its path is. An entry is made when it is
/// read.
///
/// A run lists every path before it lints the first, in sorted order; an array of entries kept a
/// string and an enum for each, about 100 bytes a draft, and a run's peak memory grew by 1.2 MB
/// from 1,000 to 10,000 drafts. This keeps the path's bytes and 8 more.
package struct EntryList: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    package typealias Entry = FileDiscovery.Entry

    /// The bytes of every path found, one after the other.
    private var bytes: [UInt8] = []
    /// For each entry: the offset of its path in ``bytes`` (low 32 bits), its length (the next
    /// 24) and its kind (the top 8: ``Kind``).
    private var items: [UInt64] = []
    /// The entries that are not a path found (standard input, a problem), by position: few.
    private var others: [Int: Entry] = [:]

    private enum Kind: UInt64 {
        case other = 0, file = 1, byteFile = 2
    }

    package init() {}

    package init(arrayLiteral elements: Entry...) {
        for element in elements { append(element) }
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { items.count }

    package subscript(position: Int) -> Entry {
        let item = items[position]
        guard let kind = Kind(rawValue: item >> 56), kind != .other else { return others[position] ?? .standardInput }
        let start = Int(truncatingIfNeeded: item & 0xFFFF_FFFF)
        let path = bytes[start..<(start + Int(truncatingIfNeeded: (item >> 32) & 0xFF_FFFF))]
        let text = String(decoding: path, as: UTF8.self)
        return kind == .file ? .file(text) : .fileWithBytePath(path: text, bytes: Array(path))
    }

    /// Adds an entry.
    package mutating func append(_ entry: Entry) {
        switch entry {
        case .file(let path): appendFile(bytes: Array(path.utf8))
        case .fileWithBytePath(_, let path): appendFile(bytes: path)
        case .standardInput, .problem:
            others[items.count] = entry
            items.append(Kind.other.rawValue << 56)
        }
    }

    /// Adds the file at the path of these bytes: ``Entry/file(_:)`` when they are UTF-8, else
    /// ``Entry/fileWithBytePath(path:bytes:)`` (reported with U+FFFD in place of the invalid ones).
    package mutating func appendFile(bytes path: [UInt8]) {
        let valid = path.allSatisfy { $0 < 0x80 } || String(validating: path, as: UTF8.self) != nil
        // A path longer than 24 bits of bytes (16 MiB; no system has one) or past 4 GiB of paths
        // is kept as an entry of its own.
        guard path.count <= 0xFF_FFFF, bytes.count + path.count <= 0xFFFF_FFFF else {
            let text = String(decoding: path, as: UTF8.self)
            others[items.count] = valid ? .file(text) : .fileWithBytePath(path: text, bytes: path)
            items.append(Kind.other.rawValue << 56)
            return
        }
        let kind: Kind = valid ? .file : .byteFile
        items.append(kind.rawValue << 56 | UInt64(path.count) << 32 | UInt64(bytes.count))
        bytes += path
    }

    package static func == (a: EntryList, b: EntryList) -> Bool { a.elementsEqual(b) }
}
