import DisclintCore
import Foundation
import Testing

/// `.disclint.json` discovery, include/exclude, rule severities, failOn, baselines and the
/// subcommands around them, run in-process on temporary folders.
@Suite("Configuration in a run")
struct ConfigurationResolverTests {
    @Test("the nearest .disclint.json wins, up to the repository root")
    func nearestWins() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "ref: refs/heads/main\n")
            try directory.write("repo/.disclint.json", #"{"rules": {"shares-exceed-cap": "warning"}}"#)
            try directory.write("repo/strict/.disclint.json", #"{"rules": {"shares-exceed-cap": "error"}}"#)
            let lenient = try directory.write("repo/a/over-cap.txt", Drafts.overCap)
            let strict = try directory.write("repo/strict/over-cap.txt", Drafts.overCap)
            let first = runTool(["lint", "--format", "json", lenient])
            #expect(first.status == .success, "\(first.stderr)")
            #expect(first.stdout.contains(#""severity": "warning""#))
            let second = runTool(["lint", strict])
            #expect(second.status == .findings)
            // Above the repository root nothing is read.
            try directory.write(".disclint.json", #"{"bogus": true}"#)
            #expect(runTool(["lint", lenient]).status == .success)
        }
    }

    @Test("--config overrides every .disclint.json")
    func override() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "x")
            try directory.write("repo/.disclint.json", #"{"rules": {"shares-exceed-cap": "off"}}"#)
            let config = try directory.write("strict.json", "{}")
            let draft = try directory.write("repo/over-cap.txt", Drafts.overCap)
            #expect(runTool(["lint", draft]).status == .success)
            #expect(runTool(["lint", "--config", config, draft]).status == .findings)
        }
    }

    @Test("exclude skips drafts, and the summary says so")
    func exclude() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "x")
            try directory.write("repo/.disclint.json", #"{"exclude": ["archive/**"]}"#)
            try directory.write("repo/archive/old.txt", Drafts.overCap)
            try directory.write("repo/releases/new.txt", Drafts.clean)
            let result = runTool(["lint", directory.path + "/repo"])
            #expect(result.status == .success, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("1 file excluded by configuration"))
        }
    }

    @Test("a malformed configuration is exit 2 with the file and the key path")
    func malformed() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "x")
            try directory.write("repo/.disclint.json", "{\n  \"rules\": {\"placeholder-text\": \"fatal\"}\n}")
            let draft = try directory.write("repo/a.txt", Drafts.clean)
            let result = runTool(["lint", draft])
            #expect(result.status == .unreadable)
            #expect(result.stderr.contains(".disclint.json:2:"), "\(result.stderr)")
            #expect(result.stderr.contains("$.rules.placeholder-text"))
        }
    }

    @Test("failOn in the configuration, and --fail-on over it")
    func failOn() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "x")
            try directory.write("repo/.disclint.json", #"{"failOn": "warning", "rules": {"shares-exceed-cap": "warning"}}"#)
            let draft = try directory.write("repo/a.txt", Drafts.overCap)
            #expect(runTool(["lint", draft]).status == .findings)
            #expect(runTool(["lint", "--fail-on", "error", draft]).status == .success)
        }
    }

    @Test("a baseline hides old findings; new ones still fail")
    func baseline() throws {
        try withTemporaryDirectory { directory in
            let draft = try directory.write("a.txt", Drafts.overCap)
            let file = directory.path + "/baseline.json"
            #expect(runTool(["lint", "--write-baseline", file, draft]).status == .findings)
            let hidden = runTool(["lint", "--baseline", file, draft])
            #expect(hidden.status == .success, "\(hidden.stdout)")
            #expect(hidden.stderr.contains("in the baseline not shown"))
            try directory.write("a.txt", Drafts.overCap.replacingFirst("1,190,000", with: "1,290,000"))
            #expect(runTool(["lint", "--baseline", file, draft]).status == .findings)
        }
    }

    @Test("--require-reason makes a suppression without a reason an error")
    func requireReason() throws {
        try withTemporaryDirectory { directory in
            let text = Drafts.overCap.replacingFirst("3. Number of shares purchased:",
                                                     with: "<!-- disclint-disable-next-line shares-exceed-cap -->\n3. Number of shares purchased:")
            let draft = try directory.write("a.txt", text)
            #expect(runTool(["lint", draft]).status == .success)
            let strict = runTool(["lint", "--require-reason", draft])
            #expect(strict.status == .findings)
            #expect(strict.stdout.contains("[suppression-without-reason]"))
        }
    }

    @Test("print-config shows the configuration in force and where it comes from")
    func printConfig() throws {
        try withTemporaryDirectory { directory in
            try directory.write("repo/.git/HEAD", "x")
            let config = try directory.write("repo/.disclint.json", #"{"failOn": "note"}"#)
            let draft = try directory.write("repo/a.txt", Drafts.clean)
            let result = runTool(["print-config", draft])
            #expect(result.status == .success)
            #expect(result.stdout.contains(#""source": "\#(config)""#), "\(result.stdout)")
            #expect(result.stdout.contains(#""failOn": "note""#))
        }
    }

    @Test("suppressions lists every suppression with its reason")
    func suppressions() throws {
        try withTemporaryDirectory { directory in
            let draft = try directory.write("a.md", "x\n<!-- disclint-disable-next-line cost-exceeds-cap -- cap raised on 2025-06-02 -->\ny\n")
            let result = runTool(["suppressions", draft])
            #expect(result.stdout == "\(draft):2:1: disable-next-line cost-exceeds-cap (reason: cap raised on 2025-06-02)\n")
        }
    }

    @Test("test-rules passes the shipped pack and fails a pack whose rule cannot fire")
    func testRules() throws {
        try withTemporaryDirectory { directory in
            let rules = try #require(Self.repositoryPack())
            try directory.write("ok/pack.json", rules)
            let passing = runTool(["test-rules", directory.path + "/ok"])
            #expect(passing.status == .success, "\(passing.stdout)")
            #expect(passing.stdout.contains(" 0 failed"))
            // Break one triggering example: shares within the cap cannot exceed it.
            let broken = rules.replacingFirst(#""replace": "Number of shares purchased: ↓550,000 shares""#,
                                              with: #""replace": "Number of shares purchased: ↓450,000 shares""#)
            #expect(broken != rules)
            try directory.write("bad/pack.json", broken)
            let failing = runTool(["test-rules", directory.path + "/bad"])
            #expect(failing.status == .findings)
            #expect(failing.stdout.contains("FAIL  tse-buyback-results  shares-exceed-cap"))
            try directory.write("malformed/pack.json", "{")
            #expect(runTool(["test-rules", directory.path + "/malformed"]).status == .unreadable)
        }
    }

    @Test("a --rules pack is read once per run: for the run's own check and for every configuration")
    func rulesReadOnce() throws {
        try withTemporaryDirectory { directory in
            let rules = try #require(Self.repositoryPack())
            let pack = try directory.write("rules/pack.json", rules)
            try directory.write("repo/.git/HEAD", "x")
            try directory.write("repo/a/.disclint.json", "{}")
            try directory.write("repo/b/.disclint.json", #"{"rules": {"shares-exceed-cap": "warning"}}"#)
            let first = try directory.write("repo/a/over-cap.txt", Drafts.overCap)
            let second = try directory.write("repo/b/over-cap.txt", Drafts.overCap)
            let resolver = ConfigurationResolver(override: nil, ruleDirectories: [directory.path + "/rules"])
            guard case .success(let loaded) = resolver.commandLineRules() else { Issue.record("the pack did not load"); return }
            // The --rules pack replaces the embedded English one (same id); the Japanese one stays.
            #expect(loaded.packs.map(\.file) == ["rules/tse-buyback-results-ja.json", pack])
            // Were the pack read again, it would now be refused.
            try directory.write("rules/pack.json", "{")
            for draft in [first, second] {
                guard case .success(let resolved) = resolver.resolve(for: draft) else { Issue.record("\(draft) not resolved"); continue }
                #expect(resolved.linter.rules.packs.map(\.file) == ["rules/tse-buyback-results-ja.json", pack])
            }
        }
    }

    static func repositoryPack() -> String? {
        let root = String(#filePath).components(separatedBy: "/Tests/").first ?? ""
        return try? String(contentsOfFile: root + "/rules/tse-buyback-results.json", encoding: .utf8)
    }
}
