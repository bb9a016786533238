/// The members of a JSON object being read, found by key (``JSONField/object(allowed:required:)``).
///
/// An object of a pack or a configuration has a handful of keys: looking through them costs
/// less than hashing each key into a table, which was a tenth of reading a pack. The field of a
/// member is made when it is asked for, with the object's path made once for all of them.
struct JSONMembers: Sendable {
    private let members: [(key: String, value: JSONValue)]
    private let object: JSONField
    private let route: JSONField.Route

    init(_ members: [(key: String, value: JSONValue)], of object: JSONField) {
        self.members = members
        self.object = object
        self.route = object.route
    }

    subscript(key: String) -> JSONField? {
        guard let member = members.first(where: { $0.key.isKey(key) }) else { return nil }
        return object.child(member.value, key: key, in: route)
    }
}

extension String {
    /// Whether a key is `other`, lengths compared first: most keys looked through for one have
    /// another length, which is read in place, where comparing two different strings is a call.
    @inline(__always)
    func isKey(_ other: String) -> Bool { utf8.count == other.utf8.count && self == other }
}
