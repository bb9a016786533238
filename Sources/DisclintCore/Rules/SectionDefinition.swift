/// A section a kind of release has: how it is found and what its value must be.
package struct SectionDefinition: Sendable {
    /// What the pack says of the section, read once and shared by every copy: a definition is
    /// copied into each section a draft has and read by every parser and check, and its dozen
    /// arrays, sets and strings were a dozen reference counts on each copy, on objects that all
    /// the threads of a run share.
    private final class Storage: Sendable {
        let id: String
        let names: LocalizedText
        let scope: Scope
        let value: ValueType
        let detect: Detection
        let synonyms: [Phrase]
        let exclude: Set<String>
        let contextAfter: [[Phrase]]
        let contextExclude: [Phrase]
        let contextAfterLeads: Set<String>
        let contextExcludeAfter: [Phrase]
        let excludeASCII: Set<String>
        let excludeInside: [[UInt8]]
        /// The first bytes and lengths of ``excludeASCII``; nil when there are none (a filter is
        /// 2 KiB, and most sections exclude nothing).
        let excludeKeys: WordFilter?

        init(id: String, names: LocalizedText, scope: Scope, value: ValueType, detect: Detection, synonyms: [Phrase],
             exclude: Set<String>, contextAfter: [[Phrase]], contextExclude: [Phrase], contextAfterLeads: Set<String>,
             contextExcludeAfter: [Phrase]) {
            self.id = id
            self.names = names
            self.scope = scope
            self.value = value
            self.detect = detect
            self.synonyms = synonyms
            self.exclude = exclude
            self.contextAfter = contextAfter
            self.contextExclude = contextExclude
            self.contextAfterLeads = contextAfterLeads
            self.contextExcludeAfter = contextExcludeAfter
            self.excludeASCII = exclude.filter(\.isASCII)
            self.excludeInside = exclude.filter { !$0.isASCII }.map { Array($0.utf8) }
            self.excludeKeys = excludeASCII.isEmpty ? nil : WordFilter(excludeASCII)
        }
    }

    private let storage: Storage

    init(id: String, names: LocalizedText, scope: Scope, value: ValueType, detect: Detection, synonyms: [Phrase],
         exclude: Set<String>, contextAfter: [[Phrase]], contextExclude: [Phrase], contextAfterLeads: Set<String>,
         contextExcludeAfter: [Phrase] = []) {
        storage = Storage(id: id, names: names, scope: scope, value: value, detect: detect, synonyms: synonyms,
                          exclude: exclude, contextAfter: contextAfter, contextExclude: contextExclude,
                          contextAfterLeads: contextAfterLeads, contextExcludeAfter: contextExcludeAfter)
    }

    /// The section's id, used by checks (`purchase-period`).
    package var id: String { storage.id }
    /// Its name in messages (`purchase period`, `取得期間`), in the pack's languages.
    package var names: LocalizedText { storage.names }
    /// Its name in the pack's own language.
    package var name: String { names.primary }
    package var scope: Scope { storage.scope }
    package var value: ValueType { storage.value }
    package var detect: Detection { storage.detect }
    /// Heading synonyms (for `label`), phrases (for `phrase`) or context words (for `dateInContext`).
    package var synonyms: [Phrase] { storage.synonyms }
    /// Words that rule a label out (a share count's label never says `amount` or `price`).
    package var exclude: Set<String> { storage.exclude }
    /// For `dateInContext`: groups of phrases that, all present (one phrase of each group) in the
    /// words just after a date, also give it the context ("announced on May 15 that its Board of
    /// Directors had resolved").
    package var contextAfter: [[Phrase]] { storage.contextAfter }
    /// For `dateInContext`: phrases that, just before a date, take the context away ("to be held on").
    package var contextExclude: [Phrase] { storage.contextExclude }
    /// For `dateInContext`: the words one of which must come just before a date for
    /// ``contextAfter`` to be read after it (`on`, `dated` in English: "announced on May 15, 2025
    /// that its Board … had resolved"); empty when the context simply follows the date, as in
    /// Japanese (`2025年5月13日開催の取締役会`).
    package var contextAfterLeads: Set<String> { storage.contextAfterLeads }
    /// For `dateInContext`: phrases that, in the rest of the date's sentence, make it the date of
    /// another resolution than the one the release reports on (`本日（2025年5月14日）開催の取締役会
    /// において、新たに…決議`).
    package var contextExcludeAfter: [Phrase] { storage.contextExcludeAfter }

    /// Its name in `language` if the pack gives one, else in the pack's own.
    package func name(_ language: String?) -> String { names.text(language) }

    /// Whether a label with these (stemmed) words is ruled out by ``exclude``: an ASCII word
    /// must be one of them; a word of a script without spaces (Japanese) may be inside one.
    package func isExcluded(by label: LabelWords) -> Bool {
        if let keys = storage.excludeKeys, label.containsAny(of: excludeASCII, keys: keys) { return true }
        return excludeInside.contains(where: label.containsInside)
    }

    /// ``exclude``'s ASCII words, and the UTF-8 bytes of the others, made when the pack is read.
    var excludeASCII: Set<String> { storage.excludeASCII }
    var excludeInside: [[UInt8]] { storage.excludeInside }

    static func decode(_ field: JSONField) throws(RulePackError) -> SectionDefinition {
        let members = try field.object(allowed: ["id", "name", "scope", "value", "detect", "synonyms", "exclude", "description", "contextAfter", "contextExclude", "contextAfterLeads", "contextExcludeAfter"],
                                       required: ["id", "name", "scope", "value", "synonyms"])
        let detect = try members["detect"].map { (f) throws(RulePackError) in try f.oneOf(Detection.allCases.map(\.rawValue)) } ?? "label"
        let synonyms = try members["synonyms"]!.phrases()
        guard !synonyms.isEmpty else { throw members["synonyms"]!.error("must list at least one phrase") }
        return SectionDefinition(
            id: try members["id"]!.nonEmptyString(),
            names: try LocalizedText.decode(members["name"]!),
            scope: Scope(rawValue: try members["scope"]!.oneOf(Scope.allCases.filter { $0 != .preamble && $0 != .trailer }.map(\.rawValue)))!,
            value: ValueType(rawValue: try members["value"]!.oneOf(ValueType.allCases.map(\.rawValue)))!,
            detect: Detection(rawValue: detect)!,
            synonyms: synonyms,
            exclude: stems(try members["exclude"]?.strings() ?? [], in: field),
            contextAfter: try members["contextAfter"]?.phraseGroups() ?? [],
            contextExclude: try members["contextExclude"]?.phrases() ?? [],
            contextAfterLeads: stems(try members["contextAfterLeads"]?.strings() ?? ["on", "dated"], in: field),
            contextExcludeAfter: try members["contextExcludeAfter"]?.phrases() ?? []
        )
    }

    /// The stems of words a section lists; none from a field that only checks (``JSONField/builds``).
    private static func stems(_ words: [String], in field: JSONField) -> Set<String> {
        field.builds ? Set(words.map { Phrase.stem(Tokenizer.fold($0)) }) : []
    }
}
