#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls disclint makes, on POSIX directly: read a file (refusing FIFOs,
/// devices and files over a size limit), tell files from directories, list a directory.
/// disclint never writes here.
package enum FileSystem {
    /// What a path is.
    package enum Kind: Sendable { case file, directory, other, missing }

    /// What `path` is, following symbolic links.
    package static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The device and inode of a directory, to detect symbolic-link loops.
    package static func identity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// The entries of a directory, sorted by byte order, without `.` and `..`.
    package static func entries(_ path: String) throws(FileReadError) -> [String] {
        guard let directory = opendir(path) else { throw FileReadError(path: path, reason: errorText()) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The bytes of a regular file no larger than `limit`.
    package static func read(_ path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        switch kind(path) {
        case .missing: throw FileReadError(path: path, reason: errorText())
        case .directory: throw FileReadError(path: path, reason: "is a directory")
        case .other: throw FileReadError(path: path, reason: "not a regular file")
        case .file: break
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileReadError(path: path, reason: errorText()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileReadError(path: path, reason: errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw FileReadError(path: path, reason: "not a regular file") }
        if Int(info.st_size) > limit {
            throw FileReadError(path: path, reason: "file is \(info.st_size) bytes, over the limit of \(limit) bytes (--max-file-size)")
        }
        return try readAll(descriptor, path: path, limit: limit, sizeHint: Int(info.st_size))
    }

    /// Everything a descriptor yields, refusing more than `limit` bytes.
    package static func readAll(_ descriptor: Int32, path: String, limit: Int, sizeHint: Int = 0) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 4096), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { continue }
                throw FileReadError(path: path, reason: errorText())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw FileReadError(path: path, reason: "input is over the limit of \(limit) bytes (--max-file-size)")
            }
        }
        return bytes
    }

    /// Writes `text` to `path`, creating or truncating it (mode 644). Only `--output`,
    /// `--write-baseline` and `install-hook` write, and only where they are asked to.
    package static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws(FileReadError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw FileReadError(path: path, reason: errorText()) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: errorText())
            }
            bytes = bytes.dropFirst(written)
        }
    }

    static func errorText() -> String {
        switch errno {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case ENOTDIR: return "a component of the path is not a directory"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(errno)).lowercased()
        }
    }
}
