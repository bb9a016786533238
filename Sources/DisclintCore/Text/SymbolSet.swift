/// The symbols of a line as one 64-bit number: a bit for each symbol token's folded scalar
/// (its value modulo 64). A symbol whose bit is not set is not in the line, found without
/// reading its tokens; one whose bit is set may be, and is then looked for as before.
///
/// The item structure of every line was read by looking through all its tokens for a table's `|`
/// and a label's `:`, which most lines have neither of.
package struct SymbolSet: BitFilter64 {
    package private(set) var bits: UInt64

    package init(bits: UInt64) { self.bits = bits }

    /// The symbols of `tokens`.
    package init(_ tokens: [Token]) {
        self.init()
        for index in tokens.indices where tokens[index].kind == .symbol { insert(tokens[index].symbol) }
    }

    /// Adds a symbol (its folded scalar, ``Token/symbol``).
    @inline(__always)
    package mutating func insert(_ symbol: Unicode.Scalar) { bits |= 1 &<< UInt64(symbol.value & 63) }

    /// Whether `symbol` (a folded scalar) may be among these.
    @inline(__always)
    package func mayContain(_ symbol: Unicode.Scalar) -> Bool { bits & (1 &<< UInt64(symbol.value & 63)) != 0 }
}
