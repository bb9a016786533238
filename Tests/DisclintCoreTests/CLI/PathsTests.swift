import Testing
@testable import DisclintCore

@Suite("Paths")
struct PathsTests {
    /// Normalising by parts, as `absolute` does for a path that is not normal already.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    @Test("makes a path absolute and normal, whether or not it is already", arguments: [
        "/", "//", "/a", "/a/", "/a//b", "/a/./b", "/a/../b", "/..", "/.", "/a/.", "/a/..", "/.a", "/..a", "/a..", "/...",
        "/a/.../b", "/tmp/c300/00001.txt", "/ユーザー/資料/草稿.md", "/a b/c d", "/a/b/../../..",
    ])
    func absolute(_ path: String) {
        #expect(Paths.absolute(path, base: "/unused") == Self.normalised(path))
        #expect(Paths.isNormal(path) == (Self.normalised(path) == path), "\(path)")
    }

    @Test("reads a relative path against the base", arguments: [
        ("a", "/b", "/b/a"), ("./a", "/b", "/b/a"), ("../a", "/b/c", "/b/a"), ("a/", "/", "/a"), (".", "/b", "/b"),
    ])
    func relative(_ path: String, _ base: String, _ expected: String) {
        #expect(Paths.absolute(path, base: base) == expected)
    }
}
