/// A text a pack writes in one or more languages: a message, a section's name.
///
/// In a pack it is a string (one language) or an object from language code to text, the pack's
/// own language first: `{"ja": "取得期間が記載されていません。", "en": "The purchase period is not stated."}`.
/// Reports use the first unless `--lang` asks for another the text has.
package struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    /// The text in the pack's own language (the first given).
    package var primary: String
    /// Every text by language code, the primary one included (empty for a plain string).
    package var byLanguage: [String: String]
    /// The language of ``primary``: the first code given, `en` for a plain string.
    package var primaryCode: String

    package init(_ text: String) {
        primary = text
        byLanguage = [:]
        primaryCode = "en"
    }

    /// The code of the language ``text(_:)`` gives for `language`.
    package func code(_ language: String?) -> String {
        guard let language, byLanguage[language] != nil else { return primaryCode }
        return language
    }

    /// The text in `language` if the pack gives it, else in the pack's own language.
    package func text(_ language: String?) -> String {
        guard let language, let text = byLanguage[language] else { return primary }
        return text
    }

    package var description: String { primary }

    /// A non-empty string, or an object of language codes (2–8 letters, a `-` and more letters
    /// allowed: `en`, `ja`, `en-GB`) to non-empty strings, with at least one.
    static func decode(_ field: JSONField) throws(RulePackError) -> LocalizedText {
        if field.value.kind == .string { return LocalizedText(try field.nonEmptyString()) }
        guard let members = field.value.members else {
            throw field.error("expected a string or an object of language codes to strings")
        }
        guard !members.isEmpty else { throw field.error("expected at least one language") }
        var result = LocalizedText("")
        for (offset, member) in members.enumerated() {
            let child = field.child(member.value, key: member.key)
            guard isLanguageCode(member.key) else {
                throw child.error("'\(member.key)' is not a language code (e.g. 'en', 'ja', 'en-GB')")
            }
            let text = try child.nonEmptyString()
            if offset == 0 { (result.primary, result.primaryCode) = (text, member.key) }
            result.byLanguage[member.key] = text
        }
        return result
    }

    /// `en`, `ja`, `en-GB`: letters, optionally a hyphen and letters or digits.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, (2...8).contains(head.count), head.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
