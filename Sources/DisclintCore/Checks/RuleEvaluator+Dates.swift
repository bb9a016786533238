extension RuleEvaluator {
    /// Lint: a date that does not exist (February 30, June 31, month 13), anywhere in the draft.
    func validDates(_ message: String) -> [Finding] {
        var findings: [Finding] = []
        // By index, and only the lines with a date: a line is a large value to copy.
        let lines = document.lines
        for lineIndex in lines.indices where !lines[lineIndex].dateMentions.isEmpty {
            let line = lines[lineIndex]
            let mentions = line.dateMentions
            for (index, mention) in mentions.enumerated() {
                let neighbour = index + 1 < mentions.count ? mentions[index + 1] : (index > 0 ? mentions[index - 1] : nil)
                // A year is needed only for February 29; without one, 2000 (a leap year) stands in.
                let date = mention.completed(from: neighbour)
                    ?? CalendarDate(year: 2000, month: mention.month ?? 1, day: mention.day)
                guard !date.isValid else { continue }
                let tokens = line.tokens[mention.tokenRange]
                findings.append(Finding(message: RuleEvaluator.render(message, ["value": text(tokens)]),
                                        range: range(tokens, orLine: line.number)))
            }
        }
        return findings
    }

    /// Lint: a period that ends before it starts.
    func orderedPeriods(_ message: String) -> [Finding] {
        var findings: [Finding] = []
        for section in document.sections {
            guard case .period(let period)? = section.value, period.isValid, period.end < period.start else { continue }
            findings.append(Finding(
                message: RuleEvaluator.render(message, [
                    "section": section.definition.name(language),
                    "start": text(section.valueTokens[period.startMention.tokenRange]),
                    "end": text(section.valueTokens[period.endMention.tokenRange]),
                ]),
                range: range(section.valueFocus, orLine: section.line)))
        }
        return findings
    }

    /// Lint: a period not inside the period that allows it (purchases outside the approved schedule).
    func within(_ inner: String, _ outer: String, _ message: String, _ related: String) -> [Finding] {
        guard let innerSection = document.first(inner), case .period(let period)? = innerSection.value,
              period.isValid, period.start <= period.end,
              let outerSection = document.first(outer), case .period(let allowed)? = outerSection.value,
              allowed.isValid, allowed.start <= allowed.end, !allowed.contains(period) else { return [] }
        // The finding points at the end that lies outside: the start, or else the end (in a
        // table of months they are rows apart).
        let side = period.start < allowed.start ? period.startMention : period.endMention
        let tokens = innerSection.valueTokens.indices.contains(side.tokenRange.lowerBound)
            && side.tokenRange.upperBound <= innerSection.valueTokens.count
            ? innerSection.valueTokens[side.tokenRange] : innerSection.valueFocus
        return [Finding(
            message: RuleEvaluator.render(message, [
                "inner": text(innerSection.valueFocus), "outer": text(outerSection.valueFocus),
                "innerName": innerSection.definition.name(language), "outerName": outerSection.definition.name(language),
            ]),
            range: range(tokens, orLine: innerSection.line),
            related: [RelatedLocation(range: range(outerSection.valueFocus, orLine: outerSection.line), message: related)])]
    }

    /// Lint: a value stated more than once differs (the date of the board resolution).
    func consistent(_ id: String, _ message: String, _ related: String) -> [Finding] {
        let sections = document.sections(id)
        guard let first = sections.first, case .date(let reference, _)? = first.value else { return [] }
        var findings: [Finding] = []
        var reported = Set<CalendarDate>()
        for section in sections.dropFirst() {
            guard case .date(let date, _)? = section.value, date != reference, reported.insert(date).inserted else { continue }
            findings.append(Finding(
                message: RuleEvaluator.render(message, ["value": text(section.valueFocus), "other": text(first.valueFocus),
                                                        "section": section.definition.name(language)]),
                range: range(section.valueFocus, orLine: section.line),
                related: [RelatedLocation(range: range(first.valueFocus, orLine: first.line), message: related)]))
        }
        return findings
    }
}
