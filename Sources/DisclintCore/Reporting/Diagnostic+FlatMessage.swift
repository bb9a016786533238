extension Diagnostic {
    /// The message with each related place appended, for formats that point at one place only
    /// (GitHub annotations, Checkstyle, JUnit): `… exceed the approved maximum (1,000,000 shares).
    /// (line 8, column 30: maximum approved here)`.
    var flatMessage: String {
        guard !related.isEmpty else { return message }
        let places = related.map { "line \($0.range.start.line), column \($0.range.start.column): \($0.message)" }
        return message + " (" + places.joined(separator: "; ") + ")"
    }
}
