import DisclintCore
import Testing

@Suite("Glob")
struct GlobTests {
    @Test("matches", arguments: [
        ("*.txt", "a.txt"), ("*.txt", "releases/2025/a.txt"), ("archive/**", "archive/2019/09/a.md"),
        ("archive/", "archive/x.md"), ("**/*.md", "a.md"), ("**/*.md", "x/y/a.md"), ("releases/*/notes.md", "releases/2024/notes.md"),
        ("draft-?.md", "draft-1.md"), ("[a-c]*.md", "b-release.md"), ("[!x]*.md", "a.md"), ("./archive/**", "archive/a.md"),
    ])
    func matches(_ pattern: String, _ path: String) {
        #expect(Glob(pattern).matches(path), "\(pattern) ~ \(path)")
    }

    @Test("does not match", arguments: [
        ("*.txt", "a.md"), ("archive/**", "releases/archive.md"), ("releases/*/notes.md", "releases/2024/q1/notes.md"),
        ("draft-?.md", "draft-10.md"), ("[a-c]*.md", "d.md"), ("[!x]*.md", "x.md"), ("a/*.md", "a/b/c.md"),
    ])
    func doesNotMatch(_ pattern: String, _ path: String) {
        #expect(!Glob(pattern).matches(path), "\(pattern) !~ \(path)")
    }

    @Test("a hostile pattern stays fast")
    func hostile() {
        let pattern = String(repeating: "*a", count: 30) + "b"
        let path = String(repeating: "a", count: 200)
        #expect(!Glob(pattern).matches(path))
    }
}
