/// The members of a JSON object being read, found by key (``JSONField/object(allowed:required:)``).
///
/// An object of a pack or a configuration has a handful of keys: looking through them costs
/// less than hashing each key into a table, which was a tenth of reading a pack. The field of a
/// member is made when it is asked for, with the object's path made once for all of them.
struct JSONMembers: Sendable {
    private let object: JSONField
    private let route: JSONField.Route

    init(of object: JSONField) {
        self.object = object
        self.route = object.route
    }

    /// The member `key`, an ASCII key.
    subscript(key: String) -> JSONField? {
        object.value.member(key).map { object.member($0, in: route) }
    }
}
