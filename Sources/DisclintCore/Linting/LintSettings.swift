/// How one draft is linted, from the configuration that applies to it and the command line.
package struct LintSettings: Hashable, Sendable {
    /// Rule severities that differ from the packs' defaults; `nil` turns a rule off.
    package var severities: [String: Severity?]
    /// The packs that may recognise a draft; `nil` means every loaded pack.
    package var packs: Set<String>?
    /// Whether a suppression without a reason is an error.
    package var requireReason: Bool
    /// The language of messages (`--lang`), for packs that give it; nil for each pack's own.
    package var language: String?

    package init(severities: [String: Severity?] = [:], packs: Set<String>? = nil, requireReason: Bool = false, language: String? = nil) {
        self.severities = severities
        self.packs = packs
        self.requireReason = requireReason
        self.language = language
    }

    /// The defaults: every pack, every rule at its own severity, reasons optional.
    package static let standard = LintSettings()

    /// The severity of a rule under these settings, or nil if it is off.
    package func severity(of rule: String, default severity: Severity) -> Severity? {
        if let override = severities[rule] { return override }
        return severity
    }
}
