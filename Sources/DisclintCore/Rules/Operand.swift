/// A value a check compares: a section's value, or the first or last day of a period section
/// (`purchase-period.start`).
package struct Operand: Hashable, Sendable, CustomStringConvertible {
    package enum Part: String, Sendable {
        case value, start, end
    }

    package var section: String
    package var part: Part

    package init(section: String, part: Part = .value) {
        self.section = section
        self.part = part
    }

    /// Reads `section`, `section.start` or `section.end`.
    package init?(_ text: String) {
        if text.hasSuffix(".start") {
            self.init(section: String(text.dropLast(6)), part: .start)
        } else if text.hasSuffix(".end") {
            self.init(section: String(text.dropLast(4)), part: .end)
        } else if !text.isEmpty, !text.contains(".") {
            self.init(section: text)
        } else {
            return nil
        }
    }

    package var description: String { part == .value ? section : "\(section).\(part.rawValue)" }
}
