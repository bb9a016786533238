import DisclintCore
import Foundation
import Testing

/// `install-hook` and `uninstall-hook` on real temporary git repositories, and the hook itself
/// run by a real `git commit`: it must judge the staged content, never the working tree.
///
/// The tests need `git` (skipped without it); the end-to-end ones also need the `disclint`
/// binary of this build (skipped without it). No test changes the process's working directory:
/// the directory is passed to `CommandLineTool.run`.
@Suite("GitHook", .enabled(if: gitIsUsable, "needs git on PATH, no GIT_DIR in the environment and no global core.hooksPath (the hook would be written outside the temporary directory)"))
struct GitHookTests {
    // MARK: - install-hook

    @Test("install-hook writes .git/hooks/pre-commit, mode 755, with the marker line")
    func install() throws {
        try withRepository { repository in
            let result = runCommand(["install-hook"], in: repository.path)
            #expect(result.status == .success)
            #expect(result.stderr.isEmpty)
            #expect(result.stdout.hasPrefix("Installed the disclint pre-commit hook at "))
            let hook = repository.path + "/.git/hooks/pre-commit"
            #expect(result.stdout.contains(hook + "."))
            let text = try String(contentsOfFile: hook, encoding: .utf8)
            #expect(text.hasPrefix("#!/bin/sh\n"))
            #expect(text.split(separator: "\n").contains { $0.hasPrefix("# installed by disclint") })
            #expect(try Self.mode(hook) == 0o755)
            // The test runner is not called disclint: the hook falls back to the one on PATH.
            #expect(text.contains("DISCLINT_HOOK_EXECUTABLE=disclint\n"))
        }
    }

    @Test("install-hook again updates disclint's own hook")
    func reinstall() throws {
        try withRepository { repository in
            #expect(runCommand(["install-hook"], in: repository.path).status == .success)
            let again = runCommand(["install-hook"], in: repository.path)
            #expect(again.status == .success)
            #expect(again.stdout.hasPrefix("Updated the disclint pre-commit hook"))
        }
    }

    @Test("install-hook refuses a hook it did not write (exit 2), and replaces it with --force")
    func foreignHook() throws {
        try withRepository { repository in
            let foreign = "#!/bin/sh\necho 'somebody else's hook'\n"
            let hook = try repository.write(".git/hooks/pre-commit", foreign)
            let refused = runCommand(["install-hook"], in: repository.path)
            #expect(refused.status == .unreadable)
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr.hasPrefix("Error: \(hook) exists and was not installed by disclint; not overwriting it"))
            #expect(refused.stderr.contains("--force"))
            #expect(try String(contentsOfFile: hook, encoding: .utf8) == foreign)

            let forced = runCommand(["install-hook", "--force"], in: repository.path)
            #expect(forced.status == .success)
            #expect(forced.stdout.hasPrefix("Replaced the existing hook with the disclint pre-commit hook"))
            #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("\n# installed by disclint"))
            #expect(try Self.mode(hook) == 0o755)
        }
    }

    @Test("install-hook from a subdirectory finds the repository")
    func subdirectory() throws {
        try withRepository { repository in
            try repository.write("drafts/2025/.keep", "")
            let result = runCommand(["install-hook"], in: repository.path + "/drafts/2025")
            #expect(result.status == .success)
            #expect(FileManager.default.fileExists(atPath: repository.path + "/.git/hooks/pre-commit"))
        }
    }

    @Test("install-hook honours core.hooksPath, creating the directory")
    func hooksPath() throws {
        try withRepository { repository in
            try Self.git(["config", "core.hooksPath", "team hooks"], in: repository.path)
            let result = runCommand(["install-hook"], in: repository.path)
            #expect(result.status == .success)
            #expect(try Self.mode(repository.path + "/team hooks/pre-commit") == 0o755)
            #expect(!FileManager.default.fileExists(atPath: repository.path + "/.git/hooks/pre-commit"))
        }
    }

    @Test("outside a git repository, install-hook and uninstall-hook exit 2", arguments: ["install-hook", "uninstall-hook"])
    func notARepository(_ command: String) throws {
        try withTemporaryDirectory { directory in
            let result = runCommand([command], in: directory.path)
            #expect(result.status == .unreadable)
            #expect(result.stderr.hasPrefix("Error: '\(directory.path)' is not in a git repository"))
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(entries.isEmpty)
        }
    }

    // MARK: - uninstall-hook

    @Test("uninstall-hook removes disclint's hook; with none, it says so and exits 0")
    func uninstall() throws {
        try withRepository { repository in
            #expect(runCommand(["install-hook"], in: repository.path).status == .success)
            let removed = runCommand(["uninstall-hook"], in: repository.path)
            #expect(removed.status == .success)
            #expect(removed.stdout.hasPrefix("Removed the disclint pre-commit hook at "))
            #expect(!FileManager.default.fileExists(atPath: repository.path + "/.git/hooks/pre-commit"))

            let none = runCommand(["uninstall-hook"], in: repository.path)
            #expect(none.status == .success)
            #expect(none.stdout.hasPrefix("No pre-commit hook at "))
        }
    }

    @Test("uninstall-hook never removes a hook it did not write")
    func uninstallForeign() throws {
        try withRepository { repository in
            let hook = try repository.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
            let result = runCommand(["uninstall-hook"], in: repository.path)
            #expect(result.status == .unreadable)
            #expect(result.stderr == "Error: \(hook) was not installed by disclint; not removing it\n")
            #expect(FileManager.default.fileExists(atPath: hook))
        }
    }

    // MARK: - Usage

    @Test("each hook subcommand has its own help", arguments: ["install-hook", "uninstall-hook"])
    func help(_ name: String) {
        let result = runTool(["help", name])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: disclint \(name)"))
        #expect(result.stdout.contains("EXIT STATUS:"))
        #expect(result.stdout == runTool([name, "--help"]).stdout)
    }

    @Test("hook subcommands take no paths and no lint options", arguments: [
        (["install-hook", "drafts"], "Error: Unexpected argument 'drafts'"),
        (["install-hook", "--format", "json"], "Error: Unknown option '--format'"),
        (["uninstall-hook", "--force"], "Error: Unknown option '--force'"),
    ])
    func usage(_ arguments: [String], _ message: String) {
        let result = runTool(arguments)
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix(message + "\n"))
        #expect(result.stderr.contains("Usage: disclint \(arguments[0])"))
    }

    // MARK: - The script

    @Test("the script is valid sh and quotes the executable's path")
    func script() throws {
        let text = GitHook.script(executable: "/opt/it's here/bin/disclint")
        #expect(text.contains("DISCLINT_HOOK_EXECUTABLE='/opt/it'\\''s here/bin/disclint'\n"))
        #expect(text.contains("git diff --cached --name-only --no-renames --diff-filter=ACM -z"))
        #expect(text.contains("git cat-file blob \":0:$path\""))
        try withTemporaryDirectory { directory in
            let path = try directory.write("pre-commit", text)
            #expect(try runProgram(["sh", "-n", path], in: directory.path).status == 0)
        }
    }

    // MARK: - End to end: a real `git commit` runs the hook

    @Test("staged content faulty, working tree clean: the commit is blocked, with the finding shown",
          .enabled(if: disclintBinary != nil, "needs the disclint binary of this build (swift build first)"))
    func blocksStagedFault() throws {
        try withRepository { repository in
            let binary = try #require(disclintBinary)
            // Installed with the binary's absolute path; PATH has no disclint.
            let hook = try GitHook.locate(from: repository.path)
            #expect(try hook.install(executable: binary, force: false) == .installed)
            let draft = "drafts/日本 2025/over cap.md"
            try repository.write(draft, Drafts.overCap)
            try Self.git(["add", "."], in: repository.path)
            try repository.write(draft, Drafts.clean)   // the working tree is fixed, the index is not

            let commit = try Self.git(["commit", "-m", "Results release"], in: repository.path, check: false)
            #expect(commit.status != 0)
            #expect(commit.output.contains("\(draft):"))
            #expect(commit.output.contains("[shares-exceed-cap]"))
            #expect(commit.output.contains("disclint: commit blocked"))
            #expect(try Self.git(["rev-list", "--all"], in: repository.path).output.isEmpty)
        }
    }

    @Test("staged content clean, working tree faulty: the commit goes through",
          .enabled(if: disclintBinary != nil, "needs the disclint binary of this build (swift build first)"))
    func passesStagedClean() throws {
        try withRepository { repository in
            let binary = try #require(disclintBinary)
            // Installed by the command (the test runner is no disclint): the hook uses PATH.
            #expect(runCommand(["install-hook"], in: repository.path).status == .success)
            let draft = "drafts/résumé – buyback.TXT"
            try repository.write(draft, Drafts.clean)
            try repository.write("notes/over cap.json", Drafts.overCap)   // not a draft: not linted
            try Self.git(["add", "."], in: repository.path)
            try repository.write(draft, Drafts.overCap)

            let path = URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":" + Self.systemPath
            let commit = try Self.git(["commit", "-m", "Results release"], in: repository.path, path: path, check: false)
            #expect(commit.status == 0, "\(commit.output)")
            #expect(!commit.output.contains("shares-exceed-cap"))
            #expect(try Self.git(["rev-list", "--all"], in: repository.path).output.split(separator: "\n").count == 1)
        }
    }

    @Test("without any disclint to run, the hook blocks the commit and says why")
    func missingBinary() throws {
        try withRepository { repository in
            let hook = try GitHook.locate(from: repository.path)
            _ = try hook.install(executable: repository.path + "/gone/disclint", force: false)
            try repository.write("release.md", Drafts.clean)
            try Self.git(["add", "."], in: repository.path)
            let commit = try Self.git(["commit", "-m", "x"], in: repository.path, path: "/usr/bin:/bin", check: false)
            #expect(commit.status != 0)
            #expect(commit.output.contains("disclint pre-commit hook: disclint not found"))
        }
    }

    // MARK: - Support

    /// Runs disclint in-process in `directory`.
    private func runCommand(_ arguments: [String], in directory: String) -> RunResult {
        let console = TestConsole()
        let status = CommandLineTool.run(arguments, console: console, directory: directory)
        return RunResult(status: status, stdout: console.stdout, stderr: console.stderr)
    }

    /// Runs `body` with a fresh repository (`git init`) in a temporary directory.
    private func withRepository(_ body: (TemporaryDirectory) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            try Self.git(["init", "--quiet"], in: directory.path)
            try body(directory)
        }
    }

    private static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// The directories searched for `git` and `sh`, without any disclint.
    static let systemPath = "/usr/local/bin:/usr/bin:/bin"

    /// Runs git in `directory` isolated from the user's and the system's configuration, with a
    /// fixed identity; throws on a non-zero exit unless `check` is false.
    @discardableResult
    private static func git(_ arguments: [String], in directory: String, path: String = systemPath,
                            check: Bool = true) throws -> (status: Int32, output: String) {
        let environment = [
            "PATH": path, "HOME": directory, "LANG": "C.UTF-8",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
        ]
        let result = try runProgram(["git"] + arguments, in: directory, environment: environment)
        if check && result.status != 0 {
            throw GitFailure(description: "git \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result
    }

    private struct GitFailure: Error, CustomStringConvertible { let description: String }
}

// MARK: - Conditions and processes, at file scope so that the suite's traits can use them

/// Runs a program (looked up on `PATH`) and returns its exit status and its output
/// (standard output and standard error together).
private func runProgram(_ arguments: [String], in directory: String,
                        environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether git can be used here without the hook landing outside the temporary directory:
/// git is installed, no `GIT_DIR`-style variable redirects it, and no global or system
/// `core.hooksPath` sends hooks elsewhere (install-hook runs with the real environment).
private let gitIsUsable: Bool = {
    let environment = ProcessInfo.processInfo.environment
    guard ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE"].allSatisfy({ environment[$0] == nil }) else {
        return false
    }
    guard let result = try? runProgram(["git", "config", "--get", "core.hooksPath"], in: NSTemporaryDirectory()) else { return false }
    return result.status == 1 && result.output.isEmpty
}()

/// The `disclint` binary of this build: `DISCLINT_BIN`, else beside the test runner, else
/// `.build/debug/disclint` in the package.
private let disclintBinary: String? = {
    var candidates: [String] = []
    if let bin = ProcessInfo.processInfo.environment["DISCLINT_BIN"] { candidates.append(bin) }
    if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("disclint").path)
    }
    let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // CLI
        .deletingLastPathComponent()   // DisclintCoreTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()
    candidates.append(package.appendingPathComponent(".build/debug/disclint").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()
