/// A set kept as 64 bits, each standing for many values (a hash of them): a quick, exact
/// "certainly not" when a bit is clear. ``WordSignature`` (a line's words) and ``SymbolSet`` (a
/// line's symbols) are two.
package protocol BitFilter64: Hashable, Sendable {
    var bits: UInt64 { get }
    init(bits: UInt64)
}

extension BitFilter64 {
    /// Nothing in it.
    package init() { self.init(bits: 0) }

    /// Every bit: a line whose contents are not known rules nothing out.
    package static var all: Self { Self(bits: ~0) }
}
