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
///
/// A path is a `String`, or its bytes where they need not be UTF-8 (a file name in a walked
/// folder is whatever bytes it was created with; see ``FileDiscovery``).
package enum FileSystem {
    /// What a path is.
    package enum Kind: Sendable { case file, directory, other, missing }

    /// What `path` is, following symbolic links.
    package static func kind(_ path: String) -> Kind { kind(bytes: Array(path.utf8)) }

    /// What the path of these bytes is, following symbolic links.
    package static func kind(bytes path: [UInt8]) -> Kind {
        var info = stat()
        guard withCPath(path, { stat($0, &info) }) == 0 else { return .missing }
        return kind(of: info)
    }

    /// What a file whose status is `info` is.
    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Why a FIFO, a device or a socket is not read as a draft.
    package static let notRegularFile = "not a regular file"

    /// Why a path of `kind` is not read as a draft; nil for a regular file. For a missing one, the
    /// reason the last call gave (``errorText()``): ask right after the call that failed.
    package static func refusal(_ kind: Kind) -> String? {
        switch kind {
        case .file: return nil
        case .directory: return "is a directory"
        case .other: return notRegularFile
        case .missing: return errorText()
        }
    }

    /// Why `stat` cannot follow `path` (one that ``kind(_:)`` calls `.missing`): no such file, a
    /// symbolic-link loop, a folder that cannot be searched, …
    package static func missingReason(_ path: String) -> String {
        var info = stat()
        return stat(path, &info) == 0 ? "no such file or directory" : errorText()
    }

    /// The device and inode of the directory at the path of these bytes, to detect symbolic-link loops.
    package static func identity(bytes path: [UInt8]) -> String? {
        var info = stat()
        guard withCPath(path, { stat($0, &info) }) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// The entries of a directory, sorted by byte order, without `.` and `..`. A name that is not
    /// UTF-8 comes with U+FFFD in place of its invalid bytes (and so names no file): callers that
    /// must reach every file use ``listing(bytes:reported:)``.
    package static func entries(_ path: String) throws(FileReadError) -> [String] {
        let listing = try listing(bytes: Array(path.utf8), reported: path)
        return listing.entries.map { String(decoding: listing.bytes[$0.name], as: UTF8.self) }
    }

    /// The entries of the directory at the path of these bytes, sorted by their names' bytes,
    /// without `.` and `..`, kept compactly: every name's bytes one after the other, and the range
    /// of each (a folder of 10,000 drafts is listed in about 300 KB, not an array for each name:
    /// the walk of ``FileDiscovery``). An error names the directory as `reported`.
    ///
    /// With each name, what the directory says the entry is, so that it needs no `stat` of its
    /// own (a walk of an archive stated every entry, then every draft again before opening it:
    /// two of the seven calls a draft cost): a regular file, a directory, something else, or,
    /// for a symbolic link or a file system that does not say, nil (ask ``kind(bytes:)``).
    package static func listing(bytes path: [UInt8], reported: String) throws(FileReadError) -> (bytes: [UInt8], entries: [(name: Range<Int>, kind: Kind?)]) {
        guard let directory = withCPath(path, { opendir($0) }) else { throw FileReadError(path: reported, reason: errorText()) }
        defer { closedir(directory) }
        var bytes: [UInt8] = []
        var entries: [(name: Range<Int>, kind: Kind?)] = []
        while let entry = readdir(directory) {
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_FIFO), Int32(DT_CHR), Int32(DT_BLK), Int32(DT_SOCK): kind = .other
            default: kind = nil
            }
            withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { name in
                    var count = 0
                    while count <= Int(NAME_MAX), name[count] != 0 { count += 1 }
                    // Not `.` or `..`.
                    guard !(count == 1 && name[0] == 0x2E), !(count == 2 && name[0] == 0x2E && name[1] == 0x2E) else { return }
                    entries.append((bytes.count..<(bytes.count + count), kind))
                    bytes.append(contentsOf: UnsafeBufferPointer(start: name, count: count))
                }
            }
        }
        entries.sort { bytes[$0.name].lexicographicallyPrecedes(bytes[$1.name]) }
        return (bytes, entries)
    }

    /// The bytes of a regular file no larger than `limit`.
    package static func read(_ path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        try read(bytes: Array(path.utf8), reported: path, limit: limit)
    }

    /// The bytes of the regular file at the path of these bytes, no larger than `limit`; an error
    /// names the file as `reported`.
    ///
    /// Unless `stated` (the caller's own `stat` found a regular file there a moment ago, as
    /// ``FileDiscovery`` does), the path is looked at before it is opened: a FIFO or a device is
    /// refused without being opened. Either way the file opened is checked again (`fstat`), so
    /// one swapped in between is still refused.
    package static func read(bytes path: [UInt8], reported: String, limit: Int, stated: Bool = false) throws(FileReadError) -> [UInt8] {
        if !stated, let reason = refusal(kind(bytes: path)) { throw FileReadError(path: reported, reason: reason) }
        let descriptor = withCPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { throw FileReadError(path: reported, reason: errorText()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileReadError(path: reported, reason: errorText()) }
        if let reason = refusal(kind(of: info)) { throw FileReadError(path: reported, reason: reason) }
        if Int(info.st_size) > limit {
            throw FileReadError(path: reported, reason: "file is \(info.st_size) bytes, over the limit of \(limit) bytes (--max-file-size)")
        }
        return try readAll(descriptor, path: reported, limit: limit, sizeHint: Int(info.st_size), regularSize: Int(info.st_size))
    }

    /// Calls `body` with the path of these bytes as a C string.
    private static func withCPath<Result>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// Everything a descriptor yields, refusing more than `limit` bytes.
    ///
    /// Read straight into the array's own storage, a block the size of the file (`sizeHint`)
    /// first: a file is read by one `read` into one allocation, with no zeroed buffer to copy
    /// from (zeroing a 64 KiB chunk for each draft cost more than reading it).
    ///
    /// `regularSize` is the size `fstat` gave a regular file: a read that comes up short once
    /// that many bytes are in is its end, without one more `read` to be told so. A file that
    /// says it is empty (those of `/proc`) is still read until `read` says it has ended.
    package static func readAll(_ descriptor: Int32, path: String, limit: Int, sizeHint: Int = 0, regularSize: Int = 0) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var size = min(max(sizeHint, 4096), limit) + 1
        while true {
            var failure: FileReadError?
            var ended = false
            let block = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                initialized = 0
                while initialized < buffer.count {
                    let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                    if count < 0 {
                        if errno == EINTR || errno == EAGAIN { continue }
                        failure = FileReadError(path: path, reason: errorText())
                        return
                    }
                    if count == 0 {
                        ended = true
                        return
                    }
                    initialized += count
                    if regularSize > 0, bytes.count + initialized == regularSize, initialized < buffer.count {
                        ended = true
                        return
                    }
                }
            }
            if let failure { throw failure }
            if bytes.isEmpty { bytes = block } else { bytes += block }
            if bytes.count > limit {
                throw FileReadError(path: path, reason: "input is over the limit of \(limit) bytes (--max-file-size)")
            }
            if ended { return bytes }
            size = max(size, 1 << 16)
        }
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
