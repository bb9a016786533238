/// The few values a placeholder may start with (the scalars of its opening symbols, the first
/// two bytes of its words that do not start in ASCII), looked up by a 64-bit mask of their low
/// six bits first: most values a Japanese draft asks about (`、`, `。`, `（`, a kana word's
/// E3 81, E3 82, E3 83) have a bit no member has, and are ruled out without the list being
/// searched (a tenth of the placeholder check's work on a Japanese draft).
struct StartValueSet: Sendable {
    private var values: [UInt32] = []
    private var lowBits: UInt64 = 0

    init() {}

    mutating func insert(_ value: UInt32) {
        values.append(value)
        lowBits |= 1 << UInt64(value & 63)
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        lowBits & (1 << UInt64(value & 63)) != 0 && values.contains(value)
    }
}
