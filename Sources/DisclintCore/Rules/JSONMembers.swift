/// The members of a JSON object being read, found by key (``JSONField/object(allowed:required:)``).
///
/// An object of a pack or a configuration has a handful of keys: looking through them costs
/// less than hashing each key into a table, which was a tenth of reading a pack.
struct JSONMembers: Sendable {
    private var fields: [(key: String, field: JSONField)] = []

    init(_ fields: [(key: String, field: JSONField)]) { self.fields = fields }

    subscript(key: String) -> JSONField? {
        fields.first { $0.key == key }?.field
    }
}
