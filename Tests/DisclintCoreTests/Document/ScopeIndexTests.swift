import Foundation
import Testing
@testable import DisclintCore

@Suite("ScopeIndex")
struct ScopeIndexTests {
    @Test("anchors a contain group by its longest word that is not a stop word")
    func anchor() {
        #expect(ScopeIndex.anchor(of: [Phrase("as of"), Phrase("pursuant to")]) == "pursuant")
        #expect(ScopeIndex.anchor(of: [Phrase("to date"), Phrase("total")]) == "total")
        #expect(ScopeIndex.anchor(of: [Phrase("since the resolution")]) == "resolution")
        #expect(ScopeIndex.anchor(of: [Phrase("as of")]) == "as")
        #expect(ScopeIndex.anchor(of: [Phrase("累計")]) == nil)
        #expect(ScopeIndex.anchor(of: [Phrase("累計"), Phrase("total")]) == "total")
    }

    /// Every line of the samples, and lines made to hit each group, give the part the plain
    /// reading gives: the first in order whose every phrase occurs.
    @Test("finds the part a line's contain groups name, as trying every group does")
    func sameAsEveryGroup() throws {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/samples").sorted()
        var lines: [String] = [
            "Total shares acquired to date", "as of the end of the month pursuant to the resolution above",
            "cumulative total as of June 30", "to date, total shares", "Status of treasury shares held",
            "Resolved by the Board", "approved by the board of directors", "取得の累計", "as of to date",
        ]
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = try String(contentsOfFile: root + "/samples/" + name, encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init)
        }
        for pack in try RuleSet.embedded().packs {
            let scopes = pack.scopes
            let index = ScopeIndex(scopes)
            for text in lines {
                let line = Line(number: 1, text: text[...])
                let words = line.words[...]
                var expected: Scope?
                for definition in scopes where ScopeIndex.order.contains(definition.scope) {
                    for group in definition.containPhrases where group.allSatisfy({ $0.occurs(in: words) }) {
                        if expected == nil || ScopeIndex.priority(definition.scope) < ScopeIndex.priority(expected!) {
                            expected = definition.scope
                        }
                    }
                }
                #expect(index.containedScope(in: words, scalars: line.scalars, signature: line.signature) == expected, "\(pack.id): \(text)")
                #expect(index.containedScope(in: words, scalars: line.scalars) == expected, "\(pack.id): \(text)")
            }
        }
    }
}
