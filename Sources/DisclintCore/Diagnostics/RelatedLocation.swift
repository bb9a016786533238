/// Another place a finding is about, such as the approved maximum a purchase is compared with.
package struct RelatedLocation: Hashable, Sendable {
    package var range: SourceRange
    /// What is there, e.g. `maximum approved here`.
    package var message: String

    package init(range: SourceRange, message: String) {
        self.range = range
        self.message = message
    }
}
