#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// disclint's plain git pre-commit hook: `disclint install-hook` writes it, `disclint
/// uninstall-hook` removes it.
///
/// The repository's hooks directory is asked of git itself (`git rev-parse --git-path hooks`,
/// run with `posix_spawnp`), rather than found by walking up to a `.git` directory: git knows
/// what a walk would get wrong — `core.hooksPath`, linked worktrees and submodules (where
/// `.git` is a file), `GIT_DIR`. The hook runs git anyway, so requiring git costs nothing.
///
/// The hook is a POSIX `sh` script carrying the line ``marker``. disclint overwrites or removes
/// only a hook with that line; any other hook stays untouched unless `install-hook --force`.
/// With `--output`, this is the only place disclint writes a file.
package struct GitHook: Sendable {
    /// The line that marks a hook as disclint's.
    package static let marker = "# installed by disclint"
    /// The extensions of drafts (compared case-insensitively), as `FileDiscovery` searches them.
    package static let extensions = ["md", "markdown", "txt"]

    /// The repository's hooks directory, as git gives it (relative to the directory disclint
    /// was run in, unless `core.hooksPath` is absolute).
    package let directory: String

    /// The hook file: `<hooks directory>/pre-commit`.
    package var path: String { (directory.hasSuffix("/") ? directory : directory + "/") + "pre-commit" }

    /// Why the hook could not be found, installed or removed (exit status 2).
    package struct Problem: Error, Equatable, Sendable {
        package let message: String
        package init(_ message: String) { self.message = message }
    }

    /// What `install` or `uninstall` did.
    package enum Outcome: Equatable, Sendable {
        /// A hook was written where there was none.
        case installed
        /// disclint's own hook was rewritten.
        case updated
        /// Another hook was overwritten (`--force`).
        case replaced
        /// disclint's hook was removed.
        case removed
        /// There was no hook to remove.
        case absent
    }

    package init(directory: String) {
        self.directory = directory
    }

    /// The hook of the git repository that contains `workingDirectory`.
    package static func locate(from workingDirectory: String) throws(Problem) -> GitHook {
        let result = try runGit(["-C", workingDirectory, "rev-parse", "--is-inside-work-tree", "--git-path", "hooks"])
        guard result.status == 0 else {
            let reason = result.error.split(separator: "\n").first.map(String.init) ?? "git exited with status \(result.status)"
            let place = workingDirectory == "." ? "The current directory" : "'\(workingDirectory)'"
            throw Problem("\(place) is not in a git repository (\(reason))")
        }
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, !lines[1].isEmpty else { throw Problem("git did not name a hooks directory") }
        guard lines[0] == "true" else {
            let place = workingDirectory == "." ? "The current directory" : "'\(workingDirectory)'"
            throw Problem("\(place) is not inside a working tree (a bare repository runs no pre-commit hook)")
        }
        var directory = String(lines[1])
        if !directory.hasPrefix("/") && workingDirectory != "." {
            directory = (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + directory
        }
        return GitHook(directory: directory)
    }

    /// Writes the hook (mode 755), calling `executable` (or `disclint` on `PATH` if nil or gone).
    /// Refuses to overwrite a hook without ``marker`` unless `force`.
    package func install(executable: String?, force: Bool) throws(Problem) -> Outcome {
        let outcome: Outcome
        switch existing() {
        case .none: outcome = .installed
        case .ours: outcome = .updated
        case .foreign:
            guard force else {
                throw Problem("\(path) exists and was not installed by disclint; not overwriting it "
                    + "(run 'disclint install-hook --force' to replace it, or call disclint from it)")
            }
            outcome = .replaced
        }
        try makeDirectories(directory)
        try write(Self.script(executable: executable), to: path)
        return outcome
    }

    /// Removes the hook if disclint wrote it; refuses to remove any other hook.
    package func uninstall() throws(Problem) -> Outcome {
        switch existing() {
        case .none: return .absent
        case .foreign: throw Problem("\(path) was not installed by disclint; not removing it")
        case .ours:
            guard unlink(path) == 0 else { throw Problem("cannot remove \(path): \(FileSystem.errorText())") }
            return .removed
        }
    }

    /// `disclint install-hook [--force]` run in `directory`: what it did on stdout, why not on
    /// stderr (exit status 2: no repository, a hook disclint did not write, a failed write).
    package static func installCommand(force: Bool, directory: String, console: Console) -> ExitStatus {
        do {
            let hook = try locate(from: directory)
            let executable = currentExecutable()
            let outcome = try hook.install(executable: executable, force: force)
            let verb = outcome == .installed ? "Installed" : outcome == .updated ? "Updated" : "Replaced the existing hook with"
            console.writeVisible("\(verb) the disclint pre-commit hook at \(hook.path).\n"
                + "It lints the staged content of added and modified drafts (*.md, *.markdown, *.txt) with "
                + "\(executable ?? "the disclint on PATH") and blocks the commit on errors.\n")
            return .success
        } catch {
            console.writeVisibleError("Error: \(error.message)\n")
            return .unreadable
        }
    }

    /// `disclint uninstall-hook` run in `directory`: removes disclint's hook; no hook is fine
    /// (exit 0), another tool's hook is refused (exit 2).
    package static func uninstallCommand(directory: String, console: Console) -> ExitStatus {
        do {
            let hook = try locate(from: directory)
            switch try hook.uninstall() {
            case .absent: console.writeVisible("No pre-commit hook at \(hook.path); nothing to remove.\n")
            default: console.writeVisible("Removed the disclint pre-commit hook at \(hook.path).\n")
            }
            return .success
        } catch {
            console.writeVisibleError("Error: \(error.message)\n")
            return .unreadable
        }
    }

    /// The hook: lints the staged content of every added, copied or modified draft and exits 1
    /// if any lint fails. Paths travel NUL-separated (`-z`, `xargs -0`), so spaces, newlines and
    /// non-ASCII characters in file names are safe.
    package static func script(executable: String?) -> String {
        let cases = extensions.map { "*." + $0.map { "[\($0.uppercased())\($0)]" }.joined() }.joined(separator: " | ")
        // The disclint that installed the hook, or the one on PATH if there was none or it is gone.
        var choice = "DISCLINT_HOOK_EXECUTABLE=disclint"
        if let executable {
            choice = "DISCLINT_HOOK_EXECUTABLE=\(shellQuoted(executable))\n"
                + "if [ ! -x \"$DISCLINT_HOOK_EXECUTABLE\" ]; then\n  DISCLINT_HOOK_EXECUTABLE=disclint\nfi"
        }
        return """
        #!/bin/sh
        \(marker) (disclint install-hook); `disclint uninstall-hook` removes it.
        #
        # Lints the STAGED content of every added, copied or modified draft (*.md, *.markdown,
        # *.txt, any case) and blocks the commit if disclint exits non-zero: a finding at or above
        # the failing severity (exit 1) or a draft it could not read (exit 2). The working tree is
        # never read: what is checked is exactly what will be committed.
        # Skip it once with `git commit --no-verify`.

        \(choice)
        if ! command -v "$DISCLINT_HOOK_EXECUTABLE" >/dev/null 2>&1; then
          echo "disclint pre-commit hook: disclint not found (install it, or remove this hook with 'disclint uninstall-hook'); commit blocked" >&2
          exit 1
        fi
        export DISCLINT_HOOK_EXECUTABLE

        git diff --cached --name-only --no-renames --diff-filter=ACM -z |
          xargs -0 sh -c '
            status=0
            for path do
              case "$path" in
                \(cases)) ;;
                *) continue ;;
              esac
              git cat-file blob ":0:$path" | "$DISCLINT_HOOK_EXECUTABLE" lint --quiet --stdin-name "$path" - || status=1
            done
            exit "$status"
          ' disclint-pre-commit
        if [ "$?" -ne 0 ]; then
          echo "disclint: commit blocked: fix the staged drafts above and 'git add' them (or commit with --no-verify)" >&2
          exit 1
        fi

        """
    }

    /// The absolute path of the running `disclint`, or nil when the running program is not
    /// called `disclint` (a test runner hosting this library) or cannot tell its own path.
    package static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard path.split(separator: "/").last == "disclint" else { return nil }
        return path
    }

    // MARK: - Private

    private enum Existing { case none, ours, foreign }

    /// Whether a hook is there, and whose. A dangling link or a hook that cannot be read is
    /// someone else's.
    private func existing() -> Existing {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        guard let bytes = try? FileSystem.read(path, limit: 1 << 20) else { return .foreign }
        let text = String(decoding: bytes, as: UTF8.self)
        let ours = text.split(separator: "\n").contains { $0.hasPrefix(Self.marker) }
        return ours ? .ours : .foreign
    }

    /// `mkdir -p` (mode 755, minus the umask).
    private func makeDirectories(_ directory: String) throws(Problem) {
        if FileSystem.kind(directory) == .directory { return }
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component
            if FileSystem.kind(prefix) != .directory, mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw Problem("cannot create \(prefix): \(FileSystem.errorText())")
            }
            prefix += "/"
        }
    }

    /// Writes `text` to a temporary file beside `path`, sets mode 755 and renames it over
    /// `path`, so a failed write never leaves half a hook (and a link at `path` is replaced,
    /// not followed).
    private func write(_ text: String, to path: String) throws(Problem) {
        let temporary = path + ".disclint-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o700)
        guard descriptor >= 0 else { throw Problem("cannot write \(temporary): \(FileSystem.errorText())") }
        var failure: String?
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty, failure == nil {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failure = FileSystem.errorText() }
            } else {
                bytes = bytes.dropFirst(written)
            }
        }
        if failure == nil, fchmod(descriptor, 0o755) != 0 { failure = FileSystem.errorText() }
        if close(descriptor) != 0, failure == nil { failure = FileSystem.errorText() }
        if failure == nil, rename(temporary, path) != 0 { failure = FileSystem.errorText() }
        if let failure {
            unlink(temporary)
            throw Problem("cannot write \(path): \(failure)")
        }
    }

    /// `'text'` for `sh`, with each `'` written `'\''`.
    private static func shellQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Runs `git arguments` (found on `PATH`, standard input from `/dev/null`) and returns its
    /// exit status, standard output and standard error.
    private static func runGit(_ arguments: [String]) throws(Problem) -> (status: Int32, output: String, error: String) {
        var output: [Int32] = [0, 0]
        var error: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { throw Problem("cannot run git: \(FileSystem.errorText())") }
        guard pipe(&error) == 0 else {
            close(output[0]); close(output[1])
            throw Problem("cannot run git: \(FileSystem.errorText())")
        }
        // Not inherited by other programs this process starts (the child gets its copies by dup2).
        for descriptor in output + error { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        let argv: [UnsafeMutablePointer<CChar>?] = (["git"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, environ)
        close(output[1])
        close(error[1])
        defer { close(output[0]); close(error[0]) }
        guard spawned == 0 else {
            throw Problem(spawned == ENOENT ? "git is not installed (or not on PATH); the hook needs it"
                                            : "cannot run git: \(String(cString: strerror(spawned)))")
        }
        let out = (try? FileSystem.readAll(output[0], path: "git", limit: 1 << 20)) ?? []
        let err = (try? FileSystem.readAll(error[0], path: "git", limit: 1 << 20)) ?? []
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Problem("cannot wait for git: \(FileSystem.errorText())") }
        }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, String(decoding: out.last == 10 ? out.dropLast() : out[...], as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
