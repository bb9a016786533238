import Testing
@testable import DisclintCore

@Suite("LabelIndex")
struct LabelIndexTests {
    /// Labels made of the packs' own synonyms, one at a time and two together (which brings the
    /// lists of several anchors together).
    static func labels(of sections: [SectionDefinition]) -> [[String]] {
        let synonyms = sections.filter { $0.detect == .label }.flatMap(\.synonyms).map(\.contentWords).filter { !$0.isEmpty }
        let pairs = zip(synonyms, synonyms.dropFirst()).map { $0 + $1 }
        return synonyms + pairs + [["number", "of", "shares"], ["total"], ["purchase", "period", "yen"], []]
    }

    @Test("a label with every content word of a synonym has its section among the candidates, in order, each once")
    func candidates() throws {
        for pack in try RuleSet.embedded().packs {
            let sections = pack.sections
            let index = LabelIndex(sections)
            for words in Self.labels(of: sections) {
                var distinct: [String] = []
                for word in words where !distinct.contains(word) { distinct.append(word) }
                let found = index.candidates(for: distinct)
                #expect(found == found.sorted() && Set(found).count == found.count, "\(pack.id): \(words)")
                #expect(index.unanchored.allSatisfy(found.contains), "\(pack.id): \(words)")
                for (position, section) in sections.enumerated() where section.detect == .label {
                    for synonym in section.synonyms
                    where !synonym.contentWords.isEmpty && Set(synonym.contentWords).isSubset(of: Set(words)) {
                        #expect(found.contains(position), "\(pack.id): '\(synonym)' of \(section.id) for \(words)")
                    }
                }
            }
        }
    }

    @Test("the vocabulary is the label synonyms' content words, or none when a word matches inside longer ones")
    func vocabulary() throws {
        let packs = try RuleSet.embedded().packs
        let english = try #require(packs.first { $0.id == "tse-buyback-results" })
        let japanese = try #require(packs.first { $0.id == "tse-buyback-results-ja" })
        let words = Set(english.sections.filter { $0.detect == .label }.flatMap { $0.synonyms.flatMap(\.contentWords) })
        #expect(!words.isEmpty)
        #expect(LabelIndex(english.sections).vocabulary == words)
        #expect(LabelIndex(english.sections).unanchored.isEmpty)
        #expect(LabelIndex(japanese.sections).vocabulary == nil)
        #expect(!LabelIndex(japanese.sections).unanchored.isEmpty)
    }
}
