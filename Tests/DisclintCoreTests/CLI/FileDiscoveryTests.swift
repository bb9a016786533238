import DisclintCore
import Foundation
import Testing

@Suite("FileDiscovery")
struct FileDiscoveryTests {
    @Test("a directory is searched for .md, .markdown and .txt, in sorted order, hidden entries skipped")
    func directory() throws {
        try withTemporaryDirectory { dir in
            for name in ["b.md", "a.txt", "c.markdown", "d.pdf", "e.MD", "notes", ".hidden.md", ".build/f.md",
                         ".git/g.md", "sub/h.md", "sub/deeper/i.txt", "sub/j.json"] {
                try dir.write(name, "x\n")
            }
            let entries = FileDiscovery.entries(for: [dir.path])
            let base = dir.path + "/"
            #expect(Array(entries) == ["a.txt", "b.md", "c.markdown", "e.MD", "sub/deeper/i.txt", "sub/h.md"].map { .file(base + $0) })
        }
    }

    @Test("a trailing slash gives no double slash")
    func trailingSlash() throws {
        try withTemporaryDirectory { dir in
            try dir.write("a.md", "x\n")
            #expect(FileDiscovery.entries(for: [dir.path + "/"]) == [.file(dir.path + "/a.md")])
        }
    }

    @Test("a file given by name is linted whatever its extension")
    func explicitFile() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("draft.pdf", "x\n")
            #expect(FileDiscovery.entries(for: [path]) == [.file(path)])
        }
    }

    @Test("a missing path is a problem, '-' is standard input, the order is kept")
    func missingAndStdin() throws {
        try withTemporaryDirectory { dir in
            let present = try dir.write("a.md", "x\n")
            let missing = dir.path + "/x"
            #expect(FileDiscovery.entries(for: [missing, "-", present]) == [
                .problem(FileReadError(path: missing, reason: "no such file or directory")),
                .standardInput,
                .file(present),
            ])
        }
    }

    @Test("a name that is not UTF-8 is found and kept as bytes, in a folder so named too")
    func nonUTF8Names() throws {
        try withTemporaryDirectory { dir in
            let folder = Array(dir.path.utf8) + Array("/d-".utf8) + [0xFE]
            #expect(folder.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { mkdir(Array($0) + [0], 0o755) } } == 0)
            let inner = try dir.makeRawNamedFile(Array("d-".utf8) + [0xFE] + Array("/c.md".utf8), contents: Array("x\n".utf8))
            let file = try dir.makeRawNamedFile(Array("b-".utf8) + [0xFF] + Array(".md".utf8), contents: Array("x\n".utf8))
            defer {
                dir.removeRawFile(inner)
                dir.removeRawFile(file)
                _ = folder.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { rmdir(Array($0) + [0]) } }
            }
            try dir.write("a.md", "x\n")
            #expect(FileDiscovery.entries(for: [dir.path]) == [
                .file(dir.path + "/a.md"),
                .fileWithBytePath(path: dir.path + "/b-\u{FFFD}.md", bytes: file),
                .fileWithBytePath(path: dir.path + "/d-\u{FFFD}/c.md", bytes: inner),
            ])
        }
    }

    @Test("a symbolic-link loop is followed once")
    func symlinkLoop() throws {
        try withTemporaryDirectory { dir in
            try dir.write("sub/a.md", "x\n")
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub/loop", withDestinationPath: dir.path + "/sub")
            let entries = FileDiscovery.entries(for: [dir.path])
            #expect(entries == [.file(dir.path + "/sub/a.md")])
        }
    }
}

@Suite("EntryList")
struct EntryListTests {
    @Test("gives back every entry as appended, paths that are not UTF-8 included")
    func roundTrip() {
        let entries: [FileDiscovery.Entry] = [
            .file("a.md"), .standardInput, .fileWithBytePath(path: "b-\u{FFFD}.md", bytes: Array("b-".utf8) + [0xFF] + Array(".md".utf8)),
            .problem(FileReadError(path: "x", reason: "no such file or directory")), .file("sub/é.txt"), .file(""),
            .file(String(repeating: "d/", count: 3000) + "long.md"),
        ]
        var list = EntryList()
        for entry in entries { list.append(entry) }
        #expect(Array(list) == entries)
        #expect(list.count == entries.count)
        // Found by its bytes: UTF-8 or not, as the walk finds it.
        var walked = EntryList()
        walked.appendFile(bytes: Array("sub/é.txt".utf8))
        walked.appendFile(bytes: Array("b-".utf8) + [0xFF] + Array(".md".utf8))
        #expect(Array(walked) == [entries[4], entries[2]])
    }
}

@Suite("FileDiscovery of the current folder")
struct FileDiscoveryCurrentFolderTests {
    /// `disclint lint .` reports `samples/a.md`, as git and CI annotations write paths, not `./samples/a.md`.
    @Test("paths under '.' have no './' prefix")
    func noDotSlash() {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        let entries = FileDiscovery.entries(for: [root + "/samples"])
        #expect(entries.contains(.file(root + "/samples/over-cap.md")))
        let relative = FileDiscovery.entries(for: ["."]).compactMap { entry -> String? in
            if case .file(let path) = entry { return path }
            return nil
        }
        #expect(!relative.contains { $0.hasPrefix("./") })
    }
}
