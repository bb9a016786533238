/// Turns the paths of a command line into the drafts to lint.
///
/// A file is linted whatever its name; a directory is searched recursively for `*.md`,
/// `*.markdown` and `*.txt`, in sorted order, skipping hidden entries, `.build` and directories
/// already visited (a symbolic-link loop is followed once).
///
/// Every file it lists was found to be a regular file by a `stat` or by its directory, so that
/// ``ParallelLinting`` opens it without looking again (``FileSystem/read(bytes:reported:limit:stated:)``).
///
/// A walk works on the bytes of names, which need not be UTF-8: a draft whose path is not is
/// still found, read by those bytes and reported with U+FFFD in place of the invalid ones.
package struct FileDiscovery {
    package static let extensions: Set<String> = ["md", "markdown", "txt"]

    /// A path to lint, or a problem to report for it.
    package enum Entry: Equatable, Sendable {
        case file(String)
        /// A file whose path is not UTF-8: `path` to report (U+FFFD in place of the invalid
        /// bytes), `bytes` to read it by.
        case fileWithBytePath(path: String, bytes: [UInt8])
        case standardInput
        case problem(FileReadError)
    }

    package static func entries(for paths: [String]) -> EntryList {
        var result = EntryList()
        var visited = Set<String>()
        for path in paths {
            if path == "-" { result.append(.standardInput); continue }
            switch FileSystem.kind(path) {
            case .directory: walk(Array(path.utf8), into: &result, visited: &visited)
            case .file: result.append(.file(path))
            // A FIFO or a device is not opened (a FIFO's writer would be cut off), as in a walk.
            case .other: result.append(.problem(FileReadError(path: path, reason: FileSystem.notRegularFile)))
            case .missing: result.append(.problem(FileReadError(path: path, reason: FileSystem.missingReason(path))))
            }
        }
        return result
    }

    /// Whether a file name ends in one of ``extensions`` (in any case).
    private static func isDraftName(_ name: ArraySlice<UInt8>) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased())
    }

    private static func walk(_ directory: [UInt8], into result: inout EntryList, visited: inout Set<String>) {
        guard let identity = FileSystem.identity(bytes: directory), visited.insert(identity).inserted else { return }
        let listing: (bytes: [UInt8], entries: [(name: Range<Int>, kind: FileSystem.Kind?)])
        do {
            listing = try FileSystem.listing(bytes: directory, reported: String(decoding: directory, as: UTF8.self))
        } catch {
            result.append(.problem(error))
            return
        }
        // `disclint lint .` reports `press/a.md`, not `./press/a.md`: CI annotations want paths
        // relative to the repository root as git writes them.
        let slash = UInt8(ascii: "/")
        let base: [UInt8] = directory == Array(".".utf8) || directory == Array("./".utf8) ? []
            : (directory.last == slash ? directory : directory + [slash])
        for (range, listed) in listing.entries where !range.isEmpty && listing.bytes[range.lowerBound] != UInt8(ascii: ".") {
            let name = listing.bytes[range]
            let path = base + name
            // What the directory says the entry is; a symbolic link is followed.
            switch listed ?? FileSystem.kind(bytes: path) {
            case .directory: walk(path, into: &result, visited: &visited)
            case .file:
                if isDraftName(name) { result.appendFile(bytes: path) }
            case .other:
                if isDraftName(name) {
                    result.append(.problem(FileReadError(path: String(decoding: path, as: UTF8.self), reason: FileSystem.notRegularFile)))
                }
            case .missing:
                // A dangling symbolic link or an entry that vanished: nothing to lint there.
                continue
            }
        }
    }
}
