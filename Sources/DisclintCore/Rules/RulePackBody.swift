import Synchronization

/// What only a draft of a pack's kind needs: its parts, sections and rules, with the indexes
/// the parser makes of them.
///
/// A pack is read in two steps: its recognition phrases and rule ids at start-up, its body the
/// first time a draft is recognised as its kind. A one-draft run (a pre-commit hook) then reads
/// one pack's body, not every pack's: reading the packs was two thirds of such a run, and each
/// pack given with `--rules` added a third of one. A pack given with `--rules` is checked whole
/// at load all the same (``RulePack/load(file:text:deferred:)``), so that a mistake in one is
/// refused before anything is linted; only making its body waits.
final class RulePackBody: Sendable {
    /// The decoded body.
    struct Contents: Sendable {
        var scopes: [ScopeDefinition]
        var sections: [SectionDefinition]
        var rules: [RuleDefinition]
        /// The part phrases indexed for the parser, made once per pack rather than per draft.
        let scopeIndex: ScopeIndex
        /// The label sections indexed for the parser.
        let labels: LabelIndex
        /// The labels matched so far, shared by every copy of the body.
        let labelMatches = LabelMatchCache()

        /// A body whose indexes are made now.
        init(scopes: [ScopeDefinition], sections: [SectionDefinition], rules: [RuleDefinition]) {
            self.init(scopes: scopes, sections: sections, rules: rules, scopeIndex: ScopeIndex(scopes), labels: LabelIndex(sections))
        }

        /// A body whose indexes were made already (``RulePack``'s reading on two cores).
        init(scopes: [ScopeDefinition], sections: [SectionDefinition], rules: [RuleDefinition], scopeIndex: ScopeIndex, labels: LabelIndex) {
            self.scopes = scopes
            self.sections = sections
            self.rules = rules
            self.scopeIndex = scopeIndex
            self.labels = labels
        }
    }

    private enum State {
        case decoded(Contents)
        /// Not read yet: how to read it, and the pack's file for the message if that fails.
        case deferred(@Sendable () throws(RulePackError) -> Contents)
    }

    private let state: Mutex<State>

    /// A body read already.
    init(_ contents: Contents) { state = Mutex(.decoded(contents)) }

    /// A body read by `decode` when first asked for.
    init(deferred decode: @escaping @Sendable () throws(RulePackError) -> Contents) {
        state = Mutex(.deferred(decode))
    }

    /// The body, read now if it was not yet; one thread reads it while the others wait.
    ///
    /// A pack from `--rules` was checked whole at load, and the test suite reads each pack built
    /// into the binary whole (`RulePackTests`), so a body that does not read is a bug of
    /// disclint, not a user's mistake: it stops the run with the pack's error rather than lint
    /// with rules missing.
    var contents: Contents {
        state.withLock { state in
            switch state {
            case .decoded(let contents):
                return contents
            case .deferred(let decode):
                do throws(RulePackError) {
                    let contents = try decode()
                    state = .decoded(contents)
                    return contents
                } catch {
                    fatalError("disclint: the body of a rule pack checked before use does not read: \(error.description)")
                }
            }
        }
    }

    /// Whether the body has been read (for tests of the deferral).
    var isDecoded: Bool {
        state.withLock { if case .decoded = $0 { true } else { false } }
    }
}
