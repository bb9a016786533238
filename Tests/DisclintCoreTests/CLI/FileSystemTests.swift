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
