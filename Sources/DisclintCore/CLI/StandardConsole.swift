#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's real standard streams and environment.
package final class StandardConsole: Console {
    package init() {}

    package func write(_ text: String) { Self.write(text, to: 1) }
    package func writeError(_ text: String) { Self.write(text, to: 2) }

    package var outputIsTerminal: Bool { isatty(1) == 1 }
    package var errorIsTerminal: Bool { isatty(2) == 1 }

    package func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    package func readStandardInput() throws(FileReadError) -> [UInt8] {
        try FileSystem.readAll(0, path: "-", limit: CommandLineTool.defaultMaximumFileSize)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue }; return }
            bytes = bytes.dropFirst(written)
        }
    }
}
