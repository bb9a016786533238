import Foundation
import Testing
import DisclintCore

@Suite("WordSignature")
struct WordSignatureTests {
    /// Every phrase of the packs built in (sections, parts, kinds) against every line of the
    /// samples and a few lines made to hold them: a phrase that occurs is never ruled out.
    @Test("never rules out a phrase that occurs")
    func noFalseNegative() throws {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? "."
        var texts = [
            "Total number of shares acquired: 1,000 shares", "The Company's shares (series A) were repurchased",
            "Status of Repurchases of Own Shares", "取得した株式の総数　普通株式 819,000株", "forward-looking statements",
            "Notice Regarding the Results of the Share Buyback", "株式’s companies’s", "",
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/samples").sorted()
        where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            texts += try String(contentsOfFile: root + "/samples/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var phrases: [Phrase] = []
        for pack in try RuleSet.embedded().packs {
            phrases += pack.sections.flatMap(\.synonyms)
            phrases += pack.scopes.flatMap { $0.leadPhrases + $0.startPhrases + $0.labelPhrases + $0.containPhrases.flatMap { $0 } }
            phrases += pack.recognition.groups.flatMap { $0 } + pack.recognition.exclude
        }
        #expect(phrases.count > 100)
        var ruledOut = 0
        for text in texts {
            let line = Line(number: 1, text: text[...])
            for phrase in phrases {
                let may = phrase.mayOccur(in: line.scalars, signature: line.signature)
                if phrase.occurs(in: line.words) { #expect(may, "\(phrase) in \(text)") }
                if !may { ruledOut += 1 }
            }
        }
        // It rules out most of them (else it is worth nothing).
        #expect(ruledOut * 2 > texts.count * phrases.count)
    }

    @Test("is the same made from a line's tokens or from its stemmed words")
    func fromWords() {
        for text in ["The Company's shares (series A) were repurchased.", "取得した株式の総数 819,000株", "株式’s cafés", ""] {
            let tokens = Tokenizer.tokens(in: text[...], number: 1)
            #expect(WordSignature(words: Phrase.words(of: tokens)) == WordSignature(tokens), "\(text)")
        }
    }

    @Test("a line whose words are not known covers every phrase")
    func all() {
        #expect(WordSignature.all.covers(WordSignature(Tokenizer.tokens(in: "any words at all"[...], number: 1))))
        #expect(!WordSignature().covers(WordSignature(Tokenizer.tokens(in: "word"[...], number: 1))))
    }
}
