import DisclintCore
import Testing

@Suite("Phrase")
struct PhraseTests {
    /// Stems as the first, character-based implementation gave them (kept as the reference now
    /// that the tokenizer and `stem` share one byte-level implementation).
    @Test("stems a word: possessives, plurals, words that keep their s", arguments: [
        ("shares", "share"), ("share", "share"), ("share's", "share"), ("shares's", "share"), ("boss's", "boss"),
        ("boss", "boss"), ("x's", "x"), ("ties", "ty"), ("companies", "company"), ("companies's", "company"),
        ("company’s", "company"), ("companies’s", "company"), ("bus", "bus"), ("basis", "basis"), ("class", "class"),
        ("was", "was"), ("is", "is"), ("us", "us"), ("its", "its"), ("gas", "gas"), ("s", "s"), ("株's", "株"),
        ("株式’s", "株式"), ("cafés", "cafés"), ("yen", "yen"), ("repurchases", "repurchase"), ("series", "sery"),
        ("'s", ""), ("’s", ""), ("days", "day"), ("directors", "director"),
    ])
    func stem(_ word: String, _ expected: String) {
        #expect(Phrase.stem(word) == expected)
    }
}
