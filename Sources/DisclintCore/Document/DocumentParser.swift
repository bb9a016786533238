/// Reads a draft as a release of a pack's kind: finds the parts (results, resolution,
/// cumulative), the labelled sections and their values, the dateline, the dates in context
/// and the phrases.
///
/// Lines are read once, top to bottom. A line is, in this order: blank; a bare item number
/// (`1.`, whose label is on the next line); a line that starts a part ("Note:", "(Reference)",
/// "The accumulative number of shares purchased as of …"); a label the pack knows (with its
/// value on the same line or on the following lines); another item (which ends the value before
/// it); or text, which continues the current value.
package struct DocumentParser {
    let pack: RulePack
    let source: SourceFile
    /// The lines as they are read (``LineSegmenter``: a run-together line as several), each with
    /// the number of the draft's line it is in.
    let lines: [Line]
    /// The draft's lines, for the document (what ranges and checks read).
    let draftLines: [Line]

    /// The pack's part phrases by their first word, so that a line is compared with the few that
    /// can match it, not with all of them.
    let index: ScopeIndex
    /// The pack's parts, sections and label vocabulary, taken once: each of ``RulePack``'s
    /// accessors locks the body and copies it, and ``match(_:in:strict:)`` runs for most lines.
    let body: RulePackBody.Contents

    package init(pack: RulePack, source: SourceFile, lines: [Line], segments: [Line]? = nil) {
        self.pack = pack
        self.source = source
        self.lines = segments ?? lines
        self.draftLines = lines
        self.body = pack.bodyContents
        self.index = body.scopeIndex
    }

    /// Labels longer than this (in words) are prose, not labels.
    static let maximumLabelWords = 12
    /// Lines longer than this (in words) start a part only with a start phrase.
    static let maximumMarkerWords = 24

    package func parse() -> Document {
        var sections: [Section] = []
        var scopeStarts: [Scope: Int] = [:]
        var scope = Scope.preamble
        var current: Int?          // index in `sections` of the section whose value is being read
        var collecting = false     // whether that value has started
        var pendingNumber = false  // the previous non-blank line was a bare item number
        var bodyEnd = 0

        func close() { current = nil; collecting = false }

        var table: ColumnTable?    // a table whose header row names sections, being read

        func finishTable() {
            guard let open = table else { return }
            table = nil
            sections += open.sections()
        }

        // By index: a line is a large value, and a copy of each (five references counted, then
        // released) was a tenth of this loop.
        for lineIndex in lines.indices {
            let tokens = lines[lineIndex].tokens
            let number = lines[lineIndex].number
            let item = ItemLine(tokens, in: lines[lineIndex].text, ascii: lines[lineIndex].isASCII, symbols: lines[lineIndex].symbols)
            // A table whose columns are sections: its rows are values, not labels.
            if table != nil {
                if item.isRule { continue }
                if item.cells.count >= 2 { table!.rows.append((tokens, item.cells)); continue }
                finishTable()
            } else if item.cells.count >= 2, let header = columnHeader(tokens, item.cells, scope: scope) {
                close()
                if scope == .preamble { scope = .results }
                if scopeStarts[scope] == nil { scopeStarts[scope] = number }
                table = ColumnTable(columns: header)
                bodyEnd = number
                continue
            }
            if tokens.isEmpty {
                if collecting { close() }
                continue
            }
            if item.isRule { if collecting { close() }; continue }
            if item.isBareNumber {
                close()
                pendingNumber = true
                continue
            }
            let numbered = item.hasNumber || pendingNumber
            pendingNumber = false
            let skipped = tokens[..<item.contentStart].reduce(0) { $0 + ($1.kind == .symbol ? 0 : 1) }
            let contentWords = lines[lineIndex].words.dropFirst(skipped)

            // A line that starts a part.
            let labelOnly = item.hasColon ? Phrase.words(of: tokens[item.label]) : nil
            let sentence = tokens.last.map { $0.isSymbol(".") || $0.isSymbol("。") } == true
            // The letterhead's `Contact:` or `Inquiries:` line comes before the body: the trailer
            // starts only after something of the body has been read.
            if let marked = startedScope(contentWords, scalars: lines[lineIndex].scalars, signature: lines[lineIndex].signature, wordCount: lines[lineIndex].wordCount, label: labelOnly, sentence: sentence,
                                         inlineValue: item.hasColon && !item.value.isEmpty),
               marked != .trailer || scope != .preamble || !sections.isEmpty || table != nil {
                close()
                scope = marked
                if scopeStarts[marked] == nil { scopeStarts[marked] = number }
                // "Cumulative number of shares acquired: 1,000 shares" is also a label.
                if !(item.hasColon && !item.value.isEmpty) { continue }
            }

            // A label the pack knows.
            // Read in place: most lines are no label, and a copy of a long line's tokens (all of
            // them label, when it has no colon) was the largest allocation of a 10 MB line.
            let labelTokens = tokens[item.label]
            var labelWords = 0
            for token in labelTokens where token.kind == .word {
                labelWords += 1
                if labelWords > DocumentParser.maximumLabelWords { break }
            }
            let standalone = !item.hasColon && !numbered && !item.hasMarkup
            let labelLike = labelWords >= 1 && labelWords <= DocumentParser.maximumLabelWords
                && labelTokens.first?.kind != .number && scope != .trailer && !item.isNote
                && (!standalone || (scope != .preamble && !item.hasBullet && labelWords <= 8
                                    && ItemLine.valueStart(tokens, from: 0) == nil && !sentence))
            if labelLike, let (definition, labelScope) = match(Array(labelTokens), in: scope, strict: standalone) {
                close()
                if scope == .preamble, labelScope == .results || labelScope == .resolution {
                    scope = labelScope
                }
                if scopeStarts[labelScope] == nil { scopeStarts[labelScope] = number }
                sections.append(Section(definition: definition, scope: labelScope, labelTokens: Array(labelTokens),
                                        valueTokens: Array(tokens[item.value]), value: nil))
                current = sections.count - 1
                collecting = !item.value.isEmpty
                bodyEnd = number
                continue
            }

            // Another item, or a note, ends the value before it.
            if numbered || item.isNote || (item.hasMarkup && labelLike) || (item.hasColon && labelLike && collecting) {
                close()
                continue
            }

            // Text: the value of the current section goes on.
            if let index = current {
                sections[index].valueTokens.append(contentsOf: tokens)
                collecting = true
                bodyEnd = number
            }
        }

        finishTable()
        // A section made with its value (a table's period over its rows) keeps it.
        for index in sections.indices where sections[index].value == nil { sections[index].value = read(sections[index]) }
        sections += datelines()
        sections += datesInContext()
        sections += phrases()
        sections.sort { ($0.line, $0.labelTokens.isEmpty ? 1 : 0) < ($1.line, $1.labelTokens.isEmpty ? 1 : 0) }
        return Document(source: source, lines: draftLines, pack: pack, sections: sections,
                        scopeStarts: scopeStarts, bodyEnd: bodyEnd)
    }

    // MARK: - Parts

    /// The part a line starts, if it starts one.
    ///
    /// A lead phrase (`Note`, `(Reference)`) starts its part unless the words after it name
    /// another (`(Reference) Cumulative number of shares acquired …`). Then a start phrase at the
    /// beginning (of a short line, or as the whole label of `Note: …`), then, in a short line that
    /// is neither a sentence nor a label with its value, every phrase of a contain group. Parts
    /// are tried in the order trailer, cumulative, resolution, results: "the accumulative number
    /// … pursuant to the resolution above" is the cumulative part.
    ///
    /// `scalars` are those of the line's words (``Line/scalars``): a phrase with another is not
    /// tried.
    func startedScope(_ words: Slice<LineWords>, scalars: ScalarFilter = .all, signature: WordSignature = .all, wordCount: Int,
                      label: [String]?, sentence: Bool, inlineValue: Bool) -> Scope? {
        let short = wordCount <= DocumentParser.maximumMarkerWords
        var lead: (scope: Scope, words: [String])?
        for (scope, phrase) in index.leads(for: words) where phrase.mayOccur(in: scalars, signature: signature) && phrase.starts(words) {
            lead = (scope, phrase.words)
            break
        }
        let rest = lead.map { words.dropFirst($0.words.count) } ?? words
        var started: Scope?
        for (scope, phrase) in index.starts(for: rest)
        where phrase.mayOccur(in: scalars, signature: signature) && phrase.starts(rest) && (short || lead != nil || phrase.words == label) {
            if started == nil || ScopeIndex.priority(scope) < ScopeIndex.priority(started!) { started = scope }
        }
        if let started { return started }
        if short, !sentence, !inlineValue || lead != nil, let contained = index.containedScope(in: rest, scalars: scalars, signature: signature) {
            return contained
        }
        if let lead, short || lead.words == label { return lead.scope }
        return nil
    }

    /// The sections named by a table's header row, with their column, when the row names two
    /// sections or names one in a column other than the first (`| Trade date | Number of shares
    /// purchased | Aggregate cost (yen) |`); nil for a key–value row (`| Purchase period | … |`).
    /// A header cell is all label: a synonym covers at least half of its words, so a value such
    /// as "Market purchases on the Tokyo Stock Exchange" is not taken for one.
    func columnHeader(_ tokens: [Token], _ cells: [Range<Int>], scope: Scope) -> [ColumnTable.Column]? {
        var columns: [ColumnTable.Column] = []
        for (index, cell) in cells.enumerated() {
            let label = Array(tokens[cell])
            let words = label.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            guard words >= 1, words <= DocumentParser.maximumLabelWords, label.first?.kind != .number,
                  let (definition, placed) = match(label, in: scope, strict: true) else { continue }
            columns.append(ColumnTable.Column(index: index, definition: definition, scope: placed, label: label))
        }
        guard columns.count >= 2 || columns.contains(where: { $0.index > 0 }) else { return nil }
        return columns
    }

    /// A `strict` match (a label standing alone on its line, with no number, colon or markup to
    /// show it is one) needs a synonym that covers at least half of the label's words.
    func match(_ label: [Token], in scope: Scope, strict: Bool = false) -> (SectionDefinition, Scope)? {
        let words = Phrase.words(of: label)
        // Most lines have no word of any synonym (a quick answer for prose and bullets).
        if let vocabulary = body.labels.vocabulary, !words.contains(where: vocabulary.contains) { return nil }
        // A label read before, in a draft of this pack, is answered as it was then.
        let key = LabelMatchCache.Key(words: words, scope: scope, strict: strict)
        if let answer = body.labelMatches.answer(for: key) {
            return answer.map { (body.sections[$0.section], $0.scope) }
        }
        let found = matchSection(words, in: scope, strict: strict)
        body.labelMatches.remember(found, for: key)
        return found.map { (body.sections[$0.section], $0.scope) }
    }

    /// ``match(_:in:strict:)`` worked out for a label's stemmed words: the index of its section
    /// among the pack's and the part it places it in.
    func matchSection(_ words: [String], in scope: Scope, strict: Bool) -> LabelMatchCache.Match? {
        var placed = scope == .preamble ? Scope.results : scope
        for candidate in [Scope.cumulative, .resolution] {
            if body.scopes.contains(where: { $0.scope == candidate && $0.labelPhrases.contains { $0.occurs(in: words) } }) {
                placed = candidate
                break
            }
        }
        let label = LabelWords(words)
        // The best section, by its index.
        let sections = body.sections
        var best: (index: Int, score: Int)?
        func consider(_ index: Int) {
            guard sections[index].detect == .label,
                  sections[index].scope == placed || sections[index].scope == .any,
                  !sections[index].isExcluded(by: label) else { return }
            var top: Int?
            for synonym in sections[index].synonyms {
                if let score = synonym.labelScore(label), top.map({ score > $0 }) ?? true { top = score }
            }
            guard let score = top else { return }
            if best.map({ score > $0.score }) ?? true { best = (index, score) }
        }
        // A label of ASCII words is compared with the sections one of its words anchors
        // (``LabelIndex/candidates(for:)``), in the same order: most labels have
        // a word of one or two of a pack's dozens of sections.
        if label.isASCII {
            for index in body.labels.candidates(for: label.words) { consider(index) }
        } else {
            for index in sections.indices { consider(index) }
        }
        guard let (index, score) = best else { return nil }
        if strict, score * 2 < label.words.filter({ !Phrase.isStopWord($0) }).count { return nil }
        return LabelMatchCache.Match(section: index, scope: sections[index].scope == .any ? placed : sections[index].scope)
    }

    // MARK: - Values

    func read(_ section: Section) -> SectionValue? {
        let tokens = section.valueTokens
        switch section.definition.value {
        case .shares:
            return QuantityExtractor.quantity(in: tokens).map(SectionValue.shares)
        case .amount:
            return AmountExtractor.amount(in: tokens, unit: LabelUnit(label: section.labelTokens)).map(SectionValue.amount)
        case .period:
            return DateRangeExtractor.range(in: tokens).map(SectionValue.period)
        case .date:
            guard let mention = DateExtractor.mentions(in: tokens).first(where: \.isComplete),
                  let date = mention.completed(from: nil) else { return nil }
            return .date(date, mention)
        case .text:
            if tokens.contains(where: { $0.kind == .word || $0.kind == .number }) { return .text }
            // Text extracted from a PDF table loses the column break: `1. Type of shares acquired
            // Common stock`. Two or more words beyond the synonym are the value.
            let words = LabelWords(Phrase.words(of: section.labelTokens).filter { !Phrase.isStopWord($0) })
            let matched = section.definition.synonyms.compactMap { $0.labelScore(words) }.max() ?? words.count
            return words.count - matched >= 2 ? .text : nil
        case .presence:
            return .text
        }
    }

    // MARK: - Dates and phrases

    /// How many lines from the top are searched for the dateline.
    static let datelineLines = 40

    /// Words that, just before a date at the top, make it something other than the dateline.
    static let notDateline: Set<String> = ["on", "held", "as", "of", "from", "to", "until", "since", "by", "before", "after", "ended", "ending", "between", "and"]

    /// The release date: the first date near the top that stands alone on its line or after a
    /// place name, before the first section.
    func datelines() -> [Section] {
        var result: [Section] = []
        for definition in body.sections where definition.detect == .dateline {
            search: for line in lines.prefix(DocumentParser.datelineLines) {
                for mention in line.dateMentions where mention.isComplete {
                    let before = line.tokens[..<mention.tokenRange.lowerBound]
                    let after = line.tokens[mention.tokenRange.upperBound...].first
                    // A Japanese dateline stands alone (`2025年5月30日`, a weekday at most): a date
                    // inside a sentence (`当社は、2025年5月13日開催の取締役会において`) is not one.
                    func isJapaneseWord(_ token: Token) -> Bool { token.kind == .word && !token.textIsASCII }
                    guard before.count <= 8, !before.contains(where: { $0.kind == .number }),
                          !before.contains(where: { DocumentParser.notDateline.contains($0.normalized) }),
                          !before.contains(where: isJapaneseWord), !(after.map(isJapaneseWord) ?? false),
                          let date = mention.completed(from: nil), date.isValid else { continue }
                    let tokens = Array(line.tokens[mention.tokenRange])
                    let reindexed = DateMention(year: mention.year, month: mention.month, day: mention.day, tokenRange: 0..<tokens.count)
                    result.append(Section(definition: definition, scope: .preamble, labelTokens: [],
                                          valueTokens: tokens, value: .date(date, reindexed)))
                    break search
                }
            }
        }
        return result
    }

    /// How many words may stand between a context phrase and its date (`Board of Directors
    /// meeting held on May 11`: two).
    static let contextGap = 4

    /// Dates written right after a context phrase in the same sentence (`… Board of Directors
    /// held on May 11, 2023`, `resolved on`, `Resolution date:`), not after `as of`, and not
    /// far from it: in "the Board resolved to buy back shares, and on June 1 it began", June 1
    /// is not the date of the resolution.
    func datesInContext() -> [Section] {
        var result: [Section] = []
        let window = 16
        for definition in body.sections where definition.detect == .dateInContext {
            // By index: most lines have no date, and a line is a large value to copy.
            for lineIndex in lines.indices where !lines[lineIndex].dateMentions.isEmpty {
                let line = lines[lineIndex]
                var previousEnd = 0
                for mention in line.dateMentions {
                    defer { previousEnd = mention.tokenRange.upperBound }
                    guard mention.isComplete, let date = mention.completed(from: nil), date.isValid else { continue }
                    var start = max(previousEnd, mention.tokenRange.lowerBound - window)
                    // Stay in the sentence: after the last full stop that ends one.
                    for position in stride(from: mention.tokenRange.lowerBound - 1, through: start, by: -1)
                    where line.tokens[position].isSymbol(".") && position + 1 < line.tokens.count
                        && line.tokens[position + 1].kind != .number {
                        start = position + 1
                        break
                    }
                    let before = Phrase.words(of: line.tokens[start..<mention.tokenRange.lowerBound])
                    if before.suffix(2) == ["as", "of"] { continue }
                    // A meeting still to come is not the resolution: "to be held on", "scheduled for".
                    let signature = WordSignature(words: before)
                    if definition.contextExclude.contains(where: { $0.occurs(in: before, signature: signature) }) { continue }
                    // The context phrase must end at most `contextGap` words before the date.
                    let tail = Array(before.suffix(DocumentParser.contextGap + 3))
                    // A synonym with a word none of the tail's is ruled out without a look.
                    let tailSignature = WordSignature(words: tail)
                    var found = false
                    for phrase in definition.synonyms where !found && phrase.mayOccur(in: .all, signature: tailSignature) {
                        let count = phrase.words.count
                        guard count <= tail.count else { continue }
                        let words = phrase.words
                        for end in stride(from: tail.count, through: count, by: -1) where tail.count - end <= DocumentParser.contextGap {
                            // Compared in place: an array made for each place was most of the work.
                            if tail[(end - count)..<end].elementsEqual(words) { found = true; break }
                        }
                    }
                    // "announced on May 15, 2025 that its Board of Directors had resolved …": only
                    // after `on` or `dated`, never at the end of a period ("from August 1 to August
                    // 29, 2025 under the resolution of its Board … on May 12").
                    if !found, !definition.contextAfter.isEmpty,
                       definition.contextAfterLeads.isEmpty || before.last.map(definition.contextAfterLeads.contains) == true {
                        // Japanese writes the context right after the date (`2025年5月13日開催の取締役会`):
                        // the one word there must have it all, or "2025年11月27日までの取得をもちまして、
                        // 同取締役会決議に基づく…" would date the resolution.
                        found = followedByContext(line.tokens, after: mention, definition.contextAfter,
                                                  words: definition.contextAfterLeads.isEmpty ? 1 : 10)
                    }
                    // Japanese also dates a heading in brackets after it: `決議内容（令和7年4月24日開催）`.
                    if !found, definition.contextAfterLeads.isEmpty, mention.tokenRange.lowerBound > 0,
                       line.tokens[mention.tokenRange.lowerBound - 1].isSymbol("("),
                       mention.tokenRange.upperBound < line.tokens.count,
                       line.tokens[mention.tokenRange.upperBound].normalized.hasPrefix("開催"),
                       definition.synonyms.contains(where: { $0.occurs(in: before[...]) }) {
                        found = true
                    }
                    guard found else { continue }
                    if !definition.contextExcludeAfter.isEmpty {
                        let rest = line.tokens[mention.tokenRange.upperBound...]
                        let sentence = rest.prefix { !$0.isSymbol("。") && !$0.isSymbol(".") }
                        let words = Phrase.words(of: sentence)
                        if definition.contextExcludeAfter.contains(where: { $0.occurs(in: words) }) { continue }
                    }
                    let tokens = Array(line.tokens[mention.tokenRange])
                    let reindexed = DateMention(year: mention.year, month: mention.month, day: mention.day, tokenRange: 0..<tokens.count)
                    result.append(Section(definition: definition, scope: .any, labelTokens: [],
                                          valueTokens: tokens, value: .date(date, reindexed)))
                }
            }
        }
        return result
    }

    /// Whether the words after a date, up to the end of the sentence, the next date or `limit`
    /// words, contain a phrase of every group.
    func followedByContext(_ tokens: [Token], after mention: DateMention, _ groups: [[Phrase]], words limit: Int = 10) -> Bool {
        var words: [String] = []
        var index = mention.tokenRange.upperBound
        // A weekday in brackets right after the date (`2025年5月13日（火）開催の…`) is skipped.
        if index < tokens.count, tokens[index].isSymbol("("), let close = tokens[index...].prefix(4).firstIndex(where: { $0.isSymbol(")") }) {
            index = close + 1
        }
        while index < tokens.count, words.count < limit {
            let token = tokens[index]
            if token.isSymbol(".") || token.isSymbol("。") { break }
            // Another date in the same stretch is the one the context is about.
            if DateExtractor.mention(in: tokens, at: index) != nil { return false }
            if token.kind != .symbol { words.append(Phrase.stem(token.normalized)) }
            index += 1
        }
        return groups.allSatisfy { group in group.contains { $0.occurs(in: words) } }
    }

    /// Sections present because one of their phrases occurs (a forward-looking notice); for a
    /// section with a value (`発行済株式総数（自己株式を除く）は…138,742,600株`), the first line with
    /// the phrase whose words read as that value.
    func phrases() -> [Section] {
        var result: [Section] = []
        for definition in body.sections where definition.detect == .phrase {
            let valued = definition.value != .presence && definition.value != .text
            // What a line must cover for each synonym to occur in it (``Phrase/mayOccur(in:signature:)``),
            // taken once: most lines are ruled out for every synonym on these alone, without a
            // phrase or the line's words being touched (each counted a reference, for every line).
            let synonyms = definition.synonyms
            let needs = synonyms.map { (scalars: $0.scalars, signature: $0.signature) }
            // By index: the line is copied only where a phrase is found.
            for lineIndex in lines.indices where !lines[lineIndex].isBlank {
                let scalars = lines[lineIndex].scalars
                let signature = lines[lineIndex].signature
                var found: Int?
                for index in needs.indices where signature.covers(needs[index].signature) && scalars.covers(needs[index].scalars) {
                    if let end = synonyms[index].end(in: lines[lineIndex].words[...]) {
                        found = end
                        break
                    }
                }
                guard let end = found else { continue }
                let line = lines[lineIndex]
                // The value is read after the phrase: from the token after its last word's (`end`
                // is one past that token's index).
                let after = end
                var section = Section(definition: definition, scope: .any, labelTokens: valued ? [] : line.tokens,
                                      valueTokens: valued ? Array(line.tokens[after...]) : [], value: .text)
                if valued {
                    guard let value = read(section) else { continue }
                    section.value = value
                }
                result.append(section)
                break
            }
        }
        return result
    }
}
