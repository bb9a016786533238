/// A size given on the command line (`--max-file-size`): a number of bytes, or a number with a
/// unit as GNU tools read one: `K`, `M`, `G` and `KiB`, `MiB`, `GiB` are powers of 1,024; `KB`,
/// `MB`, `GB` powers of 1,000; `B` is bytes. Units are read in any case (`64m`, `64Mb`).
///
/// Why: a limit is thought of in megabytes, and `--max-file-size 64MB` was refused as not a
/// number; writing 67108864 by hand is where a zero goes missing.
package enum ByteSize {
    /// The number of bytes `text` says, or nil if it is not a size (or overflows `Int`).
    package static func bytes(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        guard let multiplier = multipliers[text.dropFirst(digits.count).uppercased()] else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : product
    }

    /// What each unit multiplies by.
    private static let multipliers: [String: Int] = [
        "": 1, "B": 1,
        "K": 1 << 10, "KIB": 1 << 10, "KB": 1_000,
        "M": 1 << 20, "MIB": 1 << 20, "MB": 1_000_000,
        "G": 1 << 30, "GIB": 1 << 30, "GB": 1_000_000_000,
    ]

    /// `bytes` as it is best read: `16 MiB` for a whole number of MiB (or KiB, GiB), else bytes.
    package static func description(_ bytes: Int) -> String {
        for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
