/// What a rule tests. A rule has one or more checks; it reports the first that fails (so a
/// purchase over the cap is reported once, not again for the cumulative total).
///
/// Every message is a template: `{left}`, `{right}`, `{value}`, `{start}`, `{end}`, `{text}`
/// are replaced by the values *as the draft writes them*, `{section}` by the section's name.
/// Messages and related notes may be given in several languages (``LocalizedText``).
package enum Check: Sendable {
    /// Lint: the section must be in the draft.
    case required(section: String, message: LocalizedText)
    /// Lint: every section found must have a value of its type.
    case validValues(message: LocalizedText)
    /// Lint: every date written must exist.
    case validDates(message: LocalizedText)
    /// Lint: no period may end before it starts.
    case orderedPeriods(message: LocalizedText)
    /// Lint: no unresolved placeholder anywhere.
    case placeholders(PlaceholderSpec, message: LocalizedText)
    /// Lint: `left op right` must hold when both values are stated.
    case compare(left: Operand, op: Comparison, right: Operand, message: LocalizedText, related: LocalizedText)
    /// Lint: period `inner` must lie within period `outer`.
    case within(inner: String, outer: String, message: LocalizedText, related: LocalizedText)
    /// Lint: two amounts must be in the same currency.
    case sameCurrency(left: String, right: String, message: LocalizedText, related: LocalizedText)
    /// Lint: every value of the section must be the same.
    case consistent(section: String, message: LocalizedText, related: LocalizedText)
    /// Lint: the percentage stated in section `part`'s value (`1,000,000株（発行済株式総数に対する割合
    /// 0.72％）`) must be `part` ÷ `whole` × 100, to within one unit of its last decimal place
    /// (rounded or cut off), when the draft states all three. `whole` may be stated after
    /// purchases: the first of the sections `bought` that has a value (shares bought under the
    /// resolution) widens the range down to `part` ÷ (`whole` + bought) × 100.
    case ratio(part: String, whole: String, bought: [String], message: LocalizedText, related: LocalizedText)

    static let kinds = ["required", "validValues", "validDates", "orderedPeriods", "placeholders", "compare", "within", "sameCurrency", "consistent", "ratio"]

    /// The sections a check reads, for validating a pack.
    var sections: [(String, String)] {
        switch self {
        case .required(let section, _), .consistent(let section, _, _): return [(section, "section")]
        case .compare(let left, _, let right, _, _): return [(left.section, "left"), (right.section, "right")]
        case .within(let inner, let outer, _, _): return [(inner, "inner"), (outer, "outer")]
        case .sameCurrency(let left, let right, _, _): return [(left, "left"), (right, "right")]
        case .ratio(let part, let whole, let bought, _, _): return [(part, "part"), (whole, "whole")] + bought.map { ($0, "bought") }
        case .validValues, .validDates, .orderedPeriods, .placeholders: return []
        }
    }

    /// The keys a check of a kind may have (its own, `kind`, `message` and `redundantWith`) and
    /// those it must have (its own but `related`, and `message`): made once, not at every check read.
    private struct Keys {
        let allowed: [String]
        let required: [String]

        init(_ own: [String]) {
            allowed = own + ["kind", "message", "redundantWith"]
            required = own.filter { $0 != "related" } + ["message"]
        }

        static let none = Keys([])
        static let section = Keys(["section"])
        static let compare = Keys(["left", "op", "right", "related"])
        static let within = Keys(["inner", "outer", "related"])
        static let sameCurrency = Keys(["left", "right", "related"])
        static let consistent = Keys(["section", "related"])
    }

    /// The `related` text of a check, or `fallback`.
    private static func related(_ fields: JSONMembers, default fallback: String) throws(RulePackError) -> LocalizedText {
        guard let field = fields["related"] else { return LocalizedText(fallback) }
        return try LocalizedText.decode(field)
    }

    static func decode(_ field: JSONField) throws(RulePackError) -> Check {
        guard let kindValue = field.value.member("kind") else {
            _ = try field.object(allowed: ["kind"], required: ["kind"])
            throw field.error("missing required key 'kind'")
        }
        let kind = try field.child(kindValue, key: "kind").oneOf(kinds)
        func fields(_ keys: Keys) throws(RulePackError) -> JSONMembers {
            try field.object(allowed: keys.allowed, required: keys.required)
        }
        switch kind {
        case "required":
            let f = try fields(Keys.section)
            return .required(section: try f["section"]!.nonEmptyString(), message: try LocalizedText.decode(f["message"]!))
        case "validValues":
            return .validValues(message: try LocalizedText.decode(fields(Keys.none)["message"]!))
        case "validDates":
            return .validDates(message: try LocalizedText.decode(fields(Keys.none)["message"]!))
        case "orderedPeriods":
            return .orderedPeriods(message: try LocalizedText.decode(fields(Keys.none)["message"]!))
        case "placeholders":
            let f = try field.object(allowed: ["kind", "message", "words", "runs", "bracketedWords", "emptyBrackets", "redundantWith"], required: ["message"])
            return .placeholders(try PlaceholderSpec.decode(f), message: try LocalizedText.decode(f["message"]!))
        case "compare":
            let f = try fields(Keys.compare)
            guard let left = Operand(try f["left"]!.nonEmptyString()) else { throw f["left"]!.error("expected 'section', 'section.start' or 'section.end'") }
            guard let right = Operand(try f["right"]!.nonEmptyString()) else { throw f["right"]!.error("expected 'section', 'section.start' or 'section.end'") }
            let op = Comparison(rawValue: try f["op"]!.oneOf(Comparison.allCases.map(\.rawValue)))!
            return .compare(left: left, op: op, right: right, message: try LocalizedText.decode(f["message"]!),
                            related: try related(f, default: "compared with this"))
        case "within":
            let f = try fields(Keys.within)
            return .within(inner: try f["inner"]!.nonEmptyString(), outer: try f["outer"]!.nonEmptyString(),
                           message: try LocalizedText.decode(f["message"]!), related: try related(f, default: "compared with this"))
        case "sameCurrency":
            let f = try fields(Keys.sameCurrency)
            return .sameCurrency(left: try f["left"]!.nonEmptyString(), right: try f["right"]!.nonEmptyString(),
                                 message: try LocalizedText.decode(f["message"]!), related: try related(f, default: "compared with this"))
        case "ratio":
            let f = try field.object(allowed: ["kind", "message", "redundantWith", "part", "whole", "bought", "related"],
                                     required: ["part", "whole", "message"])
            return .ratio(part: try f["part"]!.nonEmptyString(), whole: try f["whole"]!.nonEmptyString(),
                          bought: try f["bought"]?.strings() ?? [],
                          message: try LocalizedText.decode(f["message"]!), related: try related(f, default: "derived from this"))
        default:
            let f = try fields(Keys.consistent)
            return .consistent(section: try f["section"]!.nonEmptyString(), message: try LocalizedText.decode(f["message"]!),
                               related: try related(f, default: "stated differently here"))
        }
    }
}
