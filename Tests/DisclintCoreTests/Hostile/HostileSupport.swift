import DisclintCore
import Dispatch
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile input (issue 5, points 4 and 5): drafts and rule packs that try to crash, hang or
/// flood disclint. The suites run one test at a time, so that their time bounds and memory
/// figures are not skewed by each other.
@Suite("Hostile input", .serialized)
enum HostileInput {}

// MARK: - Fixtures

/// The small hostile drafts, committed in `Tests/DisclintCoreTests/Fixtures/Hostile/`
/// (byte-exact: see its `.gitattributes`). The large and special ones (10 MB, 50 MB, FIFO,
/// symbolic-link loop, unreadable file…) are never committed: ``HostileFiles`` makes them in a
/// temporary directory at test time.
enum HostileFixtures {
    /// `Tests/DisclintCoreTests/Fixtures/Hostile`, read from the source tree.
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Hostile
        .deletingLastPathComponent()   // DisclintCoreTests
        .appendingPathComponent("Fixtures/Hostile").path

    /// The bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }
}

/// Makes hostile files in a temporary directory; every path returned is absolute.
extension TemporaryDirectory {
    /// Writes `bytes` at `relativePath`, creating directories on the way.
    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Copies a committed fixture to `relativePath` (its own name by default).
    @discardableResult
    func copyFixture(_ name: String, to relativePath: String? = nil) throws -> String {
        try write(relativePath ?? name, bytes: try HostileFixtures.bytes(name))
    }

    /// A named pipe (FIFO): opening it to read would block until someone writes.
    @discardableResult
    func makeFIFO(_ relativePath: String) throws -> String {
        let path = url.appendingPathComponent(relativePath).path
        guard mkfifo(path, 0o644) == 0 else { throw HostileFileError("mkfifo \(path): errno \(errno)") }
        return path
    }

    /// A symbolic link at `relativePath` to `destination` (taken as it is, relative or not).
    @discardableResult
    func makeLink(_ relativePath: String, to destination: String) throws -> String {
        let path = url.appendingPathComponent(relativePath).path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
        return path
    }

    /// A directory.
    @discardableResult
    func makeDirectory(_ relativePath: String) throws -> String {
        let path = url.appendingPathComponent(relativePath).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A sparse file of `size` zero bytes: as large as asked, yet nothing is written to disk.
    @discardableResult
    func makeSparseFile(_ relativePath: String, size: Int) throws -> String {
        let path = try write(relativePath, bytes: [])
        guard truncate(path, off_t(size)) == 0 else { throw HostileFileError("truncate \(path): errno \(errno)") }
        return path
    }

    /// A file whose name is raw bytes (not necessarily UTF-8), with `contents`; returns the
    /// full path as bytes. Remove it with ``removeRawFile(_:)``: Foundation cannot name it.
    func makeRawNamedFile(_ name: [UInt8], contents: [UInt8]) throws -> [UInt8] {
        let path = Array(self.path.utf8) + [UInt8(ascii: "/")] + name
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                open(Array(chars) + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        guard descriptor >= 0 else { throw HostileFileError("open (raw name): errno \(errno)") }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count else { throw HostileFileError("write (raw name): errno \(errno)") }
        return path
    }

    /// Removes a file made by ``makeRawNamedFile(_:contents:)``.
    func removeRawFile(_ path: [UInt8]) {
        _ = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in unlink(Array(chars) + [0]) }
        }
    }

    /// What the directory holds, recursively and without following links: one line per entry
    /// with its kind, size and modification time, to show that a run wrote nothing here.
    func listing() -> [String] {
        var lines: [String] = []
        func walk(_ directory: String, _ prefix: String) {
            guard let handle = opendir(directory) else { lines.append("\(prefix)? unreadable"); return }
            defer { closedir(handle) }
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            for name in names.sorted() {
                let full = directory + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { lines.append("\(prefix)\(name) (unstatable)"); continue }
                let kind: String
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = "dir"
                case S_IFLNK: kind = "link"
                case S_IFIFO: kind = "fifo"
                case S_IFREG: kind = "file"
                default: kind = "other"
                }
                lines.append("\(prefix)\(name) \(kind) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
                if kind == "dir" { walk(full, prefix + name + "/") }
            }
        }
        walk(path, "")
        return lines
    }
}

struct HostileFileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Drafts

enum HostileDrafts {
    /// The over-cap draft: its one finding (`7:32-7:48 shares-exceed-cap`) shows that the rest of
    /// a hostile draft is still linted.
    static let overCapFinding = "7:32-7:48 shares-exceed-cap"

    /// Ordinary prose without numbers, dates or placeholders, `count` bytes long on one line.
    static func proseLine(bytes count: Int) -> String {
        let sentence = "The board of directors reviewed the capital policy with care and the company remains committed to shareholder returns. "
        var text = String(repeating: sentence, count: count / sentence.utf8.count + 1)
        text.removeLast(text.utf8.count - count)
        return text
    }
}

// MARK: - Running disclint with a time limit

/// A run of the command with how long it took and how much it grew the resident memory.
struct TimedRun {
    var result: RunResult
    var seconds: Double
    /// The peak resident memory of the process during the run, minus what it was before, sampled
    /// every few milliseconds (nil where `/proc/self/statm` does not exist). Other suites may run
    /// alongside: the figure is an upper bound.
    var memoryGrowth: Int?
}

/// Something to hand to another thread in tests (a result written once, read after a wait).
final class Handoff<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    func put(_ value: Value) { lock.lock(); stored = value; lock.unlock() }
    func take() -> Value? { lock.lock(); defer { lock.unlock() }; return stored }
}

/// The resident memory of this process now, in bytes (Linux `/proc/self/statm`).
func residentMemory() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Asks glibc to give the memory it keeps free back to the system (`malloc_trim(0)`, looked up at
/// run time: Glibc's module map does not export `malloc.h`).
func releaseFreeMemory() {
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
}

/// Runs disclint in-process on a thread of its own with 8 MiB of stack (what a process's main
/// thread gets by default), waiting at most `limit` seconds and sampling the resident memory
/// meanwhile. A run that takes longer is recorded as an issue and abandoned (its thread
/// finishes, or dies with the test process), so that a hang fails one test instead of blocking
/// the whole suite.
func runTimed(_ arguments: [String], limit: Double, stdin: String = "",
              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TimedRun? {
    let done = DispatchSemaphore(value: 0)
    let handoff = Handoff<(RunResult, Double)>()
    // Free memory kept by the allocator from earlier tests would hide this run's growth.
    releaseFreeMemory()
    let before = residentMemory()
    var peak = before ?? 0
    let thread = Thread {
        let console = TestConsole(stdin: stdin)
        let clock = ContinuousClock()
        let start = clock.now
        let status = CommandLineTool.run(arguments, console: console)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        handoff.put((RunResult(status: status, stdout: console.stdout, stderr: console.stderr), seconds))
        done.signal()
    }
    thread.stackSize = 8 << 20
    let deadline = DispatchTime.now() + limit
    thread.start()
    while done.wait(timeout: .now() + .milliseconds(5)) != .success {
        if let now = residentMemory() { peak = max(peak, now) }
        if DispatchTime.now() >= deadline {
            Issue.record("disclint \(arguments.joined(separator: " ").prefix(300)) did not finish within \(limit) s", sourceLocation: sourceLocation)
            return nil
        }
    }
    guard let (result, seconds) = handoff.take() else { return nil }
    return TimedRun(result: result, seconds: seconds, memoryGrowth: before.map { max(0, peak - $0) })
}

// MARK: - Reading reports

/// One file of a `--format json` report, with its findings as `line:col-endLine:endCol rule`.
struct ReportedFile: Equatable, CustomStringConvertible {
    var path: String
    var kind: String?
    var findings: [String]
    var messages: [String]

    var description: String { "\(path) (\(kind ?? "no kind")): \(findings.prefix(20))\(findings.count > 20 ? "… (\(findings.count))" : "")" }
}

enum JSONReport {
    /// The files of a `--format json` report, in order.
    static func files(_ stdout: String) throws -> [ReportedFile] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        return try files.map { file in
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            return ReportedFile(
                path: try #require(file["path"] as? String),
                kind: file["kind"] as? String,
                findings: diagnostics.map { d in
                    let numbers = ["line", "column", "endLine", "endColumn"].map { (d[$0] as? Int).map(String.init) ?? "?" }
                    return "\(numbers[0]):\(numbers[1])-\(numbers[2]):\(numbers[3]) \(d["rule"] as? String ?? "?")"
                },
                messages: diagnostics.map { $0["message"] as? String ?? "" })
        }
    }
}

extension String {
    /// The control characters (other than a line feed) in the text: a report shown in a terminal
    /// must have none (a hostile draft or pack must not clear the screen or retitle the window).
    var controlCharacters: [Unicode.Scalar] {
        unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }
}
