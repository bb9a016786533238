import DisclintCore
import Dispatch
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("FileSystem")
struct FileSystemTests {
    /// Bytes that differ from one position to the next, so that a block read twice or out of
    /// order shows.
    static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) } }

    @Test("reads a file whole, empty or larger than a block", arguments: [0, 1, 4096, 4097, 200_000])
    func file(_ size: Int) throws {
        try withTemporaryDirectory { dir in
            let path = dir.path + "/draft.txt"
            let bytes = Self.pattern(size)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            let read = try FileSystem.read(path, limit: 1 << 20)
            #expect(read == bytes)
        }
    }

    /// A file the walk found is opened without another `stat`; what is opened is still checked.
    @Test("reads a file already stated, and still refuses a directory or a FIFO opened so")
    func stated() throws {
        try withTemporaryDirectory { dir in
            let bytes = Self.pattern(5000)
            let path = dir.path + "/draft.txt"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            #expect(try FileSystem.read(bytes: Array(path.utf8), reported: path, limit: 1 << 20, stated: true) == bytes)
            let folder = dir.path + "/folder.md"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            #expect(throws: FileReadError(path: folder, reason: "is a directory")) {
                try FileSystem.read(bytes: Array(folder.utf8), reported: folder, limit: 1 << 20, stated: true)
            }
            let fifo = dir.path + "/pipe.md"
            #expect(mkfifo(fifo, 0o644) == 0)
            // Opened without waiting for a writer, then refused.
            #expect(throws: FileReadError(path: fifo, reason: "not a regular file")) {
                try FileSystem.read(bytes: Array(fifo.utf8), reported: fifo, limit: 1 << 20, stated: true)
            }
            // Not stated: refused before it is opened.
            #expect(throws: FileReadError(path: fifo, reason: "not a regular file")) { try FileSystem.read(fifo, limit: 1 << 20) }
        }
    }

    /// A regular file's read ends when it has the size `fstat` gave; one that says it is empty
    /// but is not (the files of `/proc`) is read until the end all the same.
    @Test("reads a file that says it is empty until its end")
    func sizeZeroButNot() throws {
        #if os(Linux)
        let status = try FileSystem.read("/proc/self/status", limit: 1 << 20)
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        #endif
    }

    @Test("lists a directory with what each entry is, following no link")
    func listing() throws {
        try withTemporaryDirectory { dir in
            try dir.write("b.md", "text")
            try FileManager.default.createDirectory(atPath: dir.path + "/a", withIntermediateDirectories: false)
            #expect(mkfifo(dir.path + "/c.md", 0o644) == 0)
            #expect(symlink("b.md", dir.path + "/d.md") == 0)
            let listing = try FileSystem.listing(bytes: Array(dir.path.utf8), reported: dir.path)
            let names = listing.entries.map { String(decoding: listing.bytes[$0.name], as: UTF8.self) }
            #expect(names == ["a", "b.md", "c.md", "d.md"])
            // A file system may not say (then nil: the walk asks `stat`); this one's do.
            let kinds = listing.entries.map(\.kind)
            #expect(kinds[0] == nil || kinds[0] == .directory)
            #expect(kinds[1] == nil || kinds[1] == .file)
            #expect(kinds[2] == nil || kinds[2] == .other)
            // A symbolic link is never taken for what it points at.
            #expect(kinds[3] == nil)
        }
    }

    @Test("refuses a file over the limit by its size, naming both")
    func overLimit() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("big.txt", String(repeating: "x", count: 5000))
            #expect(throws: FileReadError(path: path, reason: "file is 5000 bytes, over the limit of 4999 bytes (--max-file-size)")) {
                try FileSystem.read(path, limit: 4999)
            }
            let read = try FileSystem.read(path, limit: 5000)
            #expect(read.count == 5000)
        }
    }

    /// Reads `bytes` written into a pipe by another thread, as standard input is read.
    static func readPipe(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw FileReadError(path: "-", reason: "no pipe") }
        let writer = ends[1]
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.write(writer, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(writer)
            done.signal()
        }
        defer {
            close(ends[0])
            done.wait()
        }
        return try FileSystem.readAll(ends[0], path: "-", limit: limit)
    }

    /// A pipe has no size to go by: its bytes come in blocks, more than a pipe's buffer of them.
    @Test("reads a pipe of several blocks whole", arguments: [0, 10, 4097, 150_000])
    func pipe(_ size: Int) throws {
        let bytes = Self.pattern(size)
        #expect(try Self.readPipe(bytes, limit: 1 << 20) == bytes)
    }

    /// Fewer bytes than a pipe buffers, so that the writer never waits for a reader that stopped.
    @Test("refuses a pipe over the limit")
    func pipeOverLimit() throws {
        #expect(throws: FileReadError(path: "-", reason: "input is over the limit of 30000 bytes (--max-file-size)")) {
            try Self.readPipe(Self.pattern(60_000), limit: 30_000)
        }
        #expect(try Self.readPipe(Self.pattern(30_000), limit: 30_000).count == 30_000)
    }
}
