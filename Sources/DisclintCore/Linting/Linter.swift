/// Lints drafts with a rule set. Pure: no I/O, no global state; safe to share between threads.
package struct Linter: Sendable {
    package var rules: RuleSet

    package init(rules: RuleSet) {
        self.rules = rules
    }

    /// Reads a draft as its kind, runs that pack's rules at the severities of `settings`, and
    /// applies the draft's suppressions.
    package func lint(_ source: SourceFile, settings: LintSettings = .standard) -> FileResult {
        var diagnostics: [Diagnostic] = []
        if let offset = source.invalidByteOffsets.first,
           let severity = settings.severity(of: Linter.invalidEncodingRule, default: .error) {
            diagnostics.append(Diagnostic(
                rule: Linter.invalidEncodingRule, severity: severity,
                message: Linter.invalidEncodingMessage(offset: offset, count: source.invalidByteOffsets.count),
                range: .line(Linter.line(ofReplacement: source))))
        }
        let document = document(source, enabled: settings.packs)
        let pack = document?.pack
        var disabled = Set<String>()
        if let document, let pack {
            let evaluator = RuleEvaluator(document: document, language: settings.language)
            var reported = Set<String>()
            // By index: a rule is a large value, and a loop over the array copies each one.
            let rules = pack.rules
            for index in rules.indices {
                guard let severity = settings.severity(of: rules[index].id, default: rules[index].severity) else {
                    disabled.insert(rules[index].id)
                    continue
                }
                let found = evaluator.evaluate(rules[index], severity: severity, reported: reported)
                if !found.isEmpty { reported.insert(rules[index].id) }
                diagnostics += found
            }
        }
        let suppressions = SuppressionParser.suppressions(in: source)
        var suppressed: [SuppressedDiagnostic] = []
        if !suppressions.isEmpty {
            let outcome = SuppressionApplier.apply(
                suppressions, to: diagnostics, knownRules: knownRuleIDs, disabledRules: disabled,
                requireReason: settings.requireReason)
            diagnostics = outcome.kept + outcome.findings.compactMap { finding in
                settings.severity(of: finding.rule, default: finding.severity).map {
                    var adjusted = finding
                    adjusted.severity = $0
                    return adjusted
                }
            }
            suppressed = outcome.suppressed.sorted { Diagnostic.reportOrder($0.diagnostic, $1.diagnostic) }
        }
        diagnostics.sort(by: Diagnostic.reportOrder)
        return FileResult(source: source, kind: pack?.id, diagnostics: diagnostics, suppressed: suppressed)
    }

    /// Every rule id a suppression or a configuration may name: the packs' and the engine's own.
    package var knownRuleIDs: Set<String> {
        Set(rules.packs.flatMap(\.ruleIDs)).union(Linter.engineRuleIDs)
    }

    /// The ids of findings that come from the engine rather than a pack.
    package static let engineRuleIDs: Set<String> = Set([invalidEncodingRule] + SuppressionApplier.ruleIDs)

    /// The document a draft reads as, for `dump`; nil when it is of no known kind.
    package func document(_ source: SourceFile) -> Document? { document(source, enabled: nil) }

    /// The document a draft reads as with the packs `enabled` (nil: all), or nil.
    ///
    /// The kind is recognised from the top of the draft, so the lines recognition reads are read
    /// first and the rest once a pack has claimed the draft: a draft of no known kind (an
    /// earnings release in an archive of announcements) costs a look at its top.
    func document(_ source: SourceFile, enabled: Set<String>?) -> Document? {
        let texts = Linter.lineTexts(of: source)
        var lines: [Line] = []
        lines.reserveCapacity(texts.count)
        // Each line is one segment or more (``LineSegmenter``), so the segments of this many
        // lines reach as far as the title lines.
        Linter.read(texts, upTo: KindRecognizer.titleReach(of: rules, enabled: enabled), into: &lines)
        var segments = LineSegmenter.segments(of: lines)
        /// Reads the lines not read yet, and segments them all again (for a draft of ASCII lines
        /// the segments are the lines themselves, which a concatenation would have copied).
        func readTheRest() {
            guard lines.count < texts.count else { return }
            Linter.read(texts, upTo: texts.count, into: &lines)
            segments = LineSegmenter.segments(of: lines)
        }
        var outcome = KindRecognizer.recognize(segments, whole: lines.count == texts.count, in: rules, enabled: enabled)
        if case .needsMoreLines = outcome {
            readTheRest()
            outcome = KindRecognizer.recognize(segments, whole: true, in: rules, enabled: enabled)
        }
        guard case .pack(let pack) = outcome else { return nil }
        readTheRest()
        return DocumentParser(pack: pack, source: source, lines: lines, segments: segments).parse()
    }

    /// The texts of a draft's lines as disclint reads them: with comments (and in HTML, tags) masked.
    static func lineTexts(of source: SourceFile) -> [Substring] {
        let masked = MarkupMasker.mask(source.text, html: MarkupMasker.isHTML(source.text))
        return masked == source.text ? source.lines : SourceFile.splitLines(masked)
    }

    /// Reads the lines of `texts` after those in `lines`, up to the `end`th (or the last); none
    /// if `lines` already reaches that far.
    static func read(_ texts: [Substring], upTo end: Int, into lines: inout [Line]) {
        let end = min(end, texts.count)
        guard lines.count < end else { return }
        for index in lines.count..<end {
            lines.append(Line(number: index + 1, text: texts[index]))
        }
    }

    // MARK: - Encoding

    /// The id of the finding about bytes that are not UTF-8 (any kind of draft).
    package static let invalidEncodingRule = "invalid-encoding"

    static func invalidEncodingMessage(offset: Int, count: Int) -> String {
        let more = count > 1 ? " (\(count) invalid bytes in all)" : ""
        return "The draft is not valid UTF-8: byte offset \(offset) starts an invalid sequence\(more); it was read with U+FFFD in its place."
    }

    static func line(ofReplacement source: SourceFile) -> Int {
        source.lines.firstIndex { $0.contains("\u{FFFD}") }.map { $0 + 1 } ?? 1
    }
}
