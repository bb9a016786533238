/// Turns the paths of a command line into the drafts to lint.
///
/// A file is linted whatever its name; a directory is searched recursively for `*.md`,
/// `*.markdown` and `*.txt`, in sorted order, skipping hidden entries, `.build` and directories
/// already visited (a symbolic-link loop is followed once).
package struct FileDiscovery {
    package static let extensions: Set<String> = ["md", "markdown", "txt"]

    /// A path to lint, or a problem to report for it.
    package enum Entry: Equatable, Sendable {
        case file(String)
        case standardInput
        case problem(FileReadError)
    }

    package static func entries(for paths: [String]) -> [Entry] {
        var result: [Entry] = []
        var visited = Set<String>()
        for path in paths {
            if path == "-" { result.append(.standardInput); continue }
            switch FileSystem.kind(path) {
            case .directory: walk(path, into: &result, visited: &visited)
            case .file, .other: result.append(.file(path))
            case .missing: result.append(.problem(FileReadError(path: path, reason: "no such file or directory")))
            }
        }
        return result
    }

    private static func walk(_ directory: String, into result: inout [Entry], visited: inout Set<String>) {
        guard let identity = FileSystem.identity(directory), visited.insert(identity).inserted else { return }
        let names: [String]
        do {
            names = try FileSystem.entries(directory)
        } catch {
            result.append(.problem(error))
            return
        }
        // `disclint lint .` reports `press/a.md`, not `./press/a.md`: CI annotations want paths
        // relative to the repository root as git writes them.
        let base = directory == "." || directory == "./" ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        for name in names where !name.hasPrefix(".") {
            let path = base + name
            switch FileSystem.kind(path) {
            case .directory: walk(path, into: &result, visited: &visited)
            case .file:
                if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    result.append(.file(path))
                }
            case .other:
                if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    result.append(.problem(FileReadError(path: path, reason: "not a regular file")))
                }
            case .missing:
                // A dangling symbolic link or an entry that vanished: nothing to lint there.
                continue
            }
        }
    }
}
