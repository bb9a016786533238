import DisclintCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5, point 4: hostile drafts. Each is linted in-process, alone (its own findings, stderr and
/// exit status, exactly) and among ordinary drafts (which must still be linted and reported).
/// Every run must leave its temporary directory as the test made it: disclint writes nothing.
///
/// Exit status (DESIGN.md): 0 no finding at or above the failing severity, 1 some, 2 a file could
/// not be read (the other files are still linted and reported).
extension HostileInput {
    @Suite("Hostile drafts")
    struct HostileDraftTests {
        // MARK: - Helpers

        /// A clean draft and the over-cap draft written beside the hostile one: `a-clean.md` sorts
        /// before every fixture name, `z-over-cap.md` after, so a directory run lints the hostile
        /// draft between two ordinary ones.
        static func addCompanions(_ dir: TemporaryDirectory) throws {
            try dir.write("a-clean.md", Drafts.clean)
            try dir.write("z-over-cap.md", Drafts.overCap)
        }

        /// The companions as a JSON report lists them (in a directory `dir`).
        static func companions(_ dir: TemporaryDirectory) -> (clean: ReportedFile, overCap: ReportedFile) {
            (ReportedFile(path: dir.path + "/a-clean.md", kind: "tse-buyback-results", findings: [], messages: []),
             ReportedFile(path: dir.path + "/z-over-cap.md", kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding],
                          messages: ["Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares)."]))
        }

        /// `1 error, 0 warnings, 0 notes in 1 file` and the rest, as the summary writes it.
        static func summary(errors: Int, warnings: Int = 0, files: Int, unknown: Int = 0, unreadable: Int = 0) -> String {
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            var text = "\(plural(errors, "error")), \(plural(warnings, "warning")), 0 notes in \(plural(files, "file"))"
            if unknown > 0 { text += " (\(unknown) of no known kind, not checked)" }
            if unreadable > 0 { text += "; \(plural(unreadable, "file")) could not be read" }
            return text + "\n"
        }

        // MARK: - Committed fixtures

        /// A committed hostile draft and exactly what linting it gives.
        struct Case: CustomTestStringConvertible, Sendable {
            var fixture: String
            var kind: String?
            var findings: [String]
            var status: DisclintCore.ExitStatus
            var testDescription: String { fixture }
        }

        static let cases: [Case] = [
            // A lone 0xFF at the start of line 5 (byte offset 207) and a truncated 3-byte sequence
            // (E2 82) on line 16: one invalid-encoding error that points at the first, counts all
            // three bytes, and the rest of the draft still linted.
            Case(fixture: "invalid-utf8.md", kind: "tse-buyback-results",
                 findings: ["5:1-5:1 invalid-encoding", HostileDrafts.overCapFinding], status: .findings),
            // UTF-16 with a byte-order mark is not UTF-8: the BOM's two bytes are invalid (the NULs
            // between ASCII letters are valid UTF-8), and the words, cut by NULs, match no pack.
            Case(fixture: "utf16le-bom.md", kind: nil, findings: ["1:1-1:1 invalid-encoding"], status: .findings),
            Case(fixture: "utf16be-bom.md", kind: nil, findings: ["1:1-1:1 invalid-encoding"], status: .findings),
            // NUL bytes inside words, at a line end and as a whole line: valid UTF-8, no finding of
            // their own, and the draft still linted.
            Case(fixture: "nul-bytes.md", kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], status: .findings),
            // Spaces, tabs, CR, CRLF, NBSP, ideographic space, VT, FF, NEL, LS, PS: of no known kind.
            Case(fixture: "whitespace-only.md", kind: nil, findings: [], status: .success),
            // 10,000 levels of `> `, `- `, `1. `, `> - 1. ` and `>` (each on one line, under the
            // over-cap draft): no finding of their own, no stack overflow.
            Case(fixture: "nested-markdown.md", kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], status: .findings),
            // 100 lines of 100 `TBD` (lines 20–119): one finding each, in order.
            Case(fixture: "placeholders-10000.md", kind: "tse-buyback-results",
                 findings: [HostileDrafts.overCapFinding] + (20...119).flatMap { line in
                     (0..<100).map { "\(line):\(1 + 4 * $0)-\(line):\(4 + 4 * $0) placeholder-text" }
                 }, status: .findings),
            // 400-digit numbers as the four numeric values: each an invalid value, underlined
            // whole; more of them in prose (line 20) give nothing.
            Case(fixture: "digits-400.md", kind: "tse-buyback-results",
                 findings: ["7:32-7:439 invalid-value", "8:20-8:424 invalid-value", "14:30-14:437 invalid-value", "15:25-15:429 invalid-value"],
                 status: .findings),
            // Year 0 (written 0000): a day that does not exist, at both ends of the period.
            Case(fixture: "year-0.md", kind: "tse-buyback-results",
                 findings: ["6:26-6:38 invalid-date", "6:42-6:55 invalid-date"], status: .findings),
            // Year 99999 at both ends of the purchase period: a day that does not exist at each
            // end, as year 0.
            Case(fixture: "year-99999-period.md", kind: "tse-buyback-results",
                 findings: ["6:26-6:39 invalid-date", "6:43-6:57 invalid-date"], status: .findings),
        ]

        @Test("a hostile draft alone: its exact findings, summary and exit status", arguments: cases)
        func alone(_ hostile: Case) throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture(hostile.fixture)
                let before = dir.listing()
                let run = try #require(runTimed([path, "--format", "json"], limit: 10))
                let errors = hostile.findings.count
                #expect(run.result.status == hostile.status)
                #expect(run.result.stderr == Self.summary(errors: errors, files: 1, unknown: hostile.kind == nil ? 1 : 0))
                let files = try JSONReport.files(run.result.stdout)
                #expect(files.map(\.path) == [path])
                #expect(files.first?.kind == hostile.kind)
                #expect(files.first?.findings == hostile.findings)
                // The human report shows the draft's lines: never a raw control character.
                let human = runTool([path])
                #expect(human.status == hostile.status)
                #expect(human.stdout.controlCharacters.isEmpty, "\(human.stdout.controlCharacters.prefix(5))")
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        @Test("a hostile draft among others: the others are still linted", arguments: cases)
        func amongOthers(_ hostile: Case) throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let path = try dir.copyFixture(hostile.fixture)
                let before = dir.listing()
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 10))
                #expect(run.result.status == .findings)
                #expect(run.result.stderr == Self.summary(errors: hostile.findings.count + 1, files: 3, unknown: hostile.kind == nil ? 1 : 0))
                let (clean, overCap) = Self.companions(dir)
                let files = try JSONReport.files(run.result.stdout)
                #expect(files.map(\.path) == [clean.path, path, overCap.path])
                #expect(files.first == clean)
                #expect(files.last == overCap)
                #expect(files.dropFirst().first?.findings == hostile.findings)
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        @Test("invalid UTF-8: the message gives the byte offset of the first bad byte and counts them all")
        func invalidEncodingMessage() throws {
            let bytes = try HostileFixtures.bytes("invalid-utf8.md")
            #expect(bytes.firstIndex(of: 0xFF) == 207, "the fixture is as described")
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("invalid-utf8.md")
                let files = try JSONReport.files(runTool([path, "--format", "json"]).stdout)
                #expect(files.first?.messages.first == "The draft is not valid UTF-8: byte offset 207 starts an invalid sequence (3 invalid bytes in all); it was read with U+FFFD in its place.")
                let human = runTool([path])
                #expect(human.stdout.hasPrefix("\(path):5:1: error: The draft is not valid UTF-8: byte offset 207 starts an invalid sequence (3 invalid bytes in all); it was read with U+FFFD in its place. [invalid-encoding]\n 5 | \u{FFFD}1. Class of shares: Common stock\n"))
            }
        }

        @Test("UTF-16 with a BOM: one invalid-encoding error at byte offset 0", arguments: ["utf16le-bom.md", "utf16be-bom.md"])
        func utf16Message(_ fixture: String) throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture(fixture)
                let files = try JSONReport.files(runTool([path, "--format", "json"]).stdout)
                #expect(files.first?.messages == ["The draft is not valid UTF-8: byte offset 0 starts an invalid sequence (2 invalid bytes in all); it was read with U+FFFD in its place."])
            }
        }

        /// A quote is cut at ``Diagnostic/quoteLimit`` characters (80): the finding still
        /// underlines the whole number.
        @Test("400-digit numbers are invalid values, quoted cut short, never overflow")
        func digitsMessages() throws {
            let nines = String(repeating: "9", count: 80) + "…"
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("digits-400.md")
                let files = try JSONReport.files(runTool([path, "--format", "json"]).stdout)
                #expect(files.first?.messages == [
                    "The number of shares purchased reads '\(nines)', which is not a number of shares.",
                    "The aggregate cost reads '\(nines)', which is not an amount of money.",
                    "The maximum number of shares reads '1\(String(repeating: "0", count: 79))…', which is not a number of shares.",
                    "The maximum total price reads '\(nines)', which is not an amount of money.",
                ])
            }
        }

        @Test("year 0 is a day that does not exist")
        func yearZeroMessages() throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("year-0.md")
                let files = try JSONReport.files(runTool([path, "--format", "json"]).stdout)
                #expect(files.first?.messages == ["'July 2, 0000' is not a date that exists.", "'July 25, 0000' is not a date that exists."])
            }
        }

        /// A five-digit year is part of the date, a year that does not exist. (It used to be
        /// dropped: `July 31, 99999` was a dateline without a year and, at the end of the approved
        /// schedule, July 31 of the year before it (2025), and the draft passed clean, exit 0.)
        @Test("year 99999 in the dateline and the schedule is a day that does not exist")
        func yearNinetyNineThousand() throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("year-99999.md")
                let run = runTool([path, "--format", "json"])
                #expect(run.status == .findings)
                let files = try JSONReport.files(run.stdout)
                #expect(files.first?.findings == ["3:15-3:29 invalid-date", "16:35-16:49 invalid-date"])
                #expect(files.first?.messages == ["'July 31, 99999' is not a date that exists.", "'July 31, 99999' is not a date that exists."])
            }
        }

        /// `From July 999…9 (400 digits), 2025 to July 25, 2025`: the first day does not exist,
        /// underlined whole and quoted cut short. (It used to be dropped, and the period read as
        /// the one day 2025-07-25: no finding, exit 0.)
        @Test("a 400-digit day number in the purchase period is an error")
        func dayWithFourHundredDigits() throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("day-400-digits.md")
                let run = runTool([path, "--format", "json"])
                #expect(run.status == .findings)
                let file = try #require(try JSONReport.files(run.stdout).first)
                #expect(file.findings == ["6:26-6:437 invalid-date"])
                #expect(file.messages == ["'July \(String(repeating: "9", count: 75))…' is not a date that exists."])
            }
        }

        @Test("NUL bytes never reach the report: the source line is shown with U+FFFD")
        func nulBytesInExcerpt() throws {
            try withTemporaryDirectory { dir in
                let path = try dir.copyFixture("nul-bytes.md")
                let human = runTool([path])
                #expect(human.status == .findings)
                #expect(!human.stdout.contains("\u{0}"))
                #expect(human.stdout.hasPrefix("\(path):7:32: error: Shares purchased (1,190,000 shares) exceed the approved maximum (1,000,000 shares). [shares-exceed-cap]\n"))
            }
        }

        // MARK: - A path with spaces and non-ASCII characters

        static let oddDirectory = "dir with spaces and ünïcödé"
        static let oddName = "Résumé 決算 ドラフト.md"

        @Test("a path with spaces and non-ASCII characters is linted and reported as it is")
        func oddPath() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let path = try dir.copyFixture(Self.oddDirectory + "/" + Self.oddName)
                #expect(path == dir.path + "/dir with spaces and ünïcödé/Résumé 決算 ドラフト.md")
                let before = dir.listing()
                let json = runTool([dir.path, "--format", "json"])
                #expect(json.status == .findings)
                #expect(json.stderr == Self.summary(errors: 2, files: 3))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(json.stdout) == [
                    clean,
                    ReportedFile(path: path, kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], messages: overCap.messages),
                    overCap,
                ])
                let human = runTool([path])
                #expect(human.stdout.hasPrefix("\(path):7:32: error: Shares purchased (1,190,000 shares) exceed the approved maximum"))
                let github = runTool([path, "--format", "github"])
                #expect(github.stdout.hasPrefix("::error file=\(path),line=7,"))
                // A missing one is named as given.
                let missing = dir.path + "/\(Self.oddDirectory)/Ünïcödé missing 草稿.md"
                let absent = runTool([missing, path])
                #expect(absent.status == .unreadable)
                #expect(absent.stderr == "Error: cannot read '\(missing)': no such file or directory\n" + Self.summary(errors: 1, files: 1, unreadable: 1))
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// A walk reads names as bytes: the draft is read by its own path and reported with U+FFFD
        /// in place of the byte that is not UTF-8 (the walk used to repair the name first, find no
        /// file of that name and skip it silently: a draft with an error passed, exit 0).
        @Test("a draft whose file name is not UTF-8 is linted, reported with U+FFFD in its name")
        func nonUTF8FileName() throws {
            try withTemporaryDirectory { dir in
                try dir.write("a-clean.md", Drafts.clean)
                let raw = try dir.makeRawNamedFile(Array("b-".utf8) + [0xFF] + Array(".md".utf8), contents: Array(Drafts.overCap.utf8))
                defer { dir.removeRawFile(raw) }
                let run = runTool([dir.path, "--format", "json"])
                #expect(run.status == .findings, "not silently skipped")
                #expect(run.stderr == Self.summary(errors: 1, files: 2))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.stdout) == [
                    clean,
                    ReportedFile(path: dir.path + "/b-\u{FFFD}.md", kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding],
                                 messages: overCap.messages),
                ])
                let listed = runTool(["suppressions", dir.path])
                #expect(listed.status == .success, "read by its bytes: \(listed.stderr)")
            }
        }

        // MARK: - Made at test time: empty, 10 MB line, 100,000 lines

        @Test("a 0-byte file: no finding, of no known kind, exit 0")
        func emptyFile() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let path = try dir.write("m-empty.md", bytes: [])
                let before = dir.listing()
                let alone = runTool([path, "--format", "json"])
                #expect(alone.status == .success)
                #expect(alone.stderr == Self.summary(errors: 0, files: 1, unknown: 1))
                #expect(try JSONReport.files(alone.stdout) == [ReportedFile(path: path, kind: nil, findings: [], messages: [])])
                let all = runTool([dir.path, "--format", "json"])
                #expect(all.status == .findings)
                #expect(all.stderr == Self.summary(errors: 1, files: 3, unknown: 1))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(all.stdout) == [clean, ReportedFile(path: path, kind: nil, findings: [], messages: []), overCap])
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// 10 MiB of prose on one line after the over-cap draft, between two ordinary drafts.
        /// Measured (debug build, this 2-core machine): about 16 s in-process and 220 MiB of peak
        /// memory at first; 2.3 s and 93–98 MiB now (40-byte tokens, words read in place). The
        /// time bound is 5× the first figure.
        @Test("a 10 MB single line: linted in bounded time, the rest of the draft and the others still linted")
        func tenMegabyteLine() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let size = 10 << 20
                let path = try dir.write("m-long-line.md", Drafts.overCap + HostileDrafts.proseLine(bytes: size) + "\n")
                let before = dir.listing()
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 80))
                print("hostile: 10 MB single line (and 2 small drafts) linted in \(run.seconds) s, peak memory +\((run.memoryGrowth ?? 0) >> 20) MiB")
                #expect(run.result.status == .findings)
                #expect(run.result.stderr == Self.summary(errors: 2, files: 3))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.result.stdout) == [
                    clean,
                    ReportedFile(path: path, kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], messages: overCap.messages),
                    overCap,
                ])
                if let growth = run.memoryGrowth {
                    // Memory is linear in the draft: a 40-byte token for every 6 bytes of prose, about
                    // 9 times the line's size in all (98 MiB measured here). Past 12 times is a regression.
                    #expect(growth <= 12 * size + (64 << 20), "peak memory grew by \(growth >> 20) MiB for a \(size >> 20) MiB draft")
                    // The aim is 3 times; the peak sits near that bound and its measure varies by a few
                    // MiB from run to run, so the known issue may or may not show.
                    withKnownIssue("bug: the peak grows by about 9 times a line of prose; the aim is 3 times and 64 MiB", isIntermittent: true) {
                        #expect(growth <= 3 * size + (64 << 20), "peak memory grew by \(growth >> 20) MiB for a \(size >> 20) MiB draft")
                    }
                }
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// A 10 MiB run of `x` is one placeholder; its message must not carry 10 MiB of `x`
        /// (a CI annotation, a terminal, a SARIF viewer all choke on it): it quotes the first 80
        /// characters. Measured (debug build): about 9 s in-process; the bound is 5×.
        @Test("a 10 MB placeholder: one finding, with a short message")
        func tenMegabytePlaceholder() throws {
            try withTemporaryDirectory { dir in
                let size = 10 << 20
                let path = try dir.write("m-xxx.md", Drafts.overCap + String(repeating: "x", count: size) + "\n")
                let run = try #require(runTimed([path, "--format", "json"], limit: 45))
                print("hostile: 10 MB placeholder linted in \(run.seconds) s")
                #expect(run.result.status == .findings)
                let file = try #require(try JSONReport.files(run.result.stdout).first)
                #expect(file.findings == [HostileDrafts.overCapFinding, "19:1-19:\(size + 1) placeholder-text"])
                #expect(file.messages.allSatisfy { $0.utf8.count < 1_000 }, "message of \(file.messages.last?.utf8.count ?? 0) bytes")
                #expect(file.messages.last == "Unresolved placeholder '\(String(repeating: "x", count: 80))…'.")
            }
        }

        /// 100,000 lines of one letter after the over-cap draft, between two ordinary drafts.
        /// Measured (debug build): about 2.5 s in-process (11 s before the engine's speed work);
        /// the bound is about 5×.
        @Test("100,000 tiny lines: linted in bounded time")
        func hundredThousandLines() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let path = try dir.write("m-many-lines.md", Drafts.overCap + String(repeating: "a\n", count: 100_000))
                let before = dir.listing()
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 15))
                print("hostile: 100,000 lines (and 2 small drafts) linted in \(run.seconds) s")
                #expect(run.result.status == .findings)
                #expect(run.result.stderr == Self.summary(errors: 2, files: 3))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.result.stdout) == [
                    clean,
                    ReportedFile(path: path, kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], messages: overCap.messages),
                    overCap,
                ])
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        // MARK: - 50 MB

        /// README: "a 50 MB draft with the default `--max-file-size` (16 MiB): refused with a
        /// clear message, exit 2".
        @Test("a 50 MB draft is refused unread by the default --max-file-size, the others linted, exit 2")
        func fiftyMegabytesOverTheLimit() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                // Sparse: 50 MiB long, nothing written to disk; disclint refuses it by its size alone.
                let path = try dir.makeSparseFile("m-fifty.md", size: 50 << 20)
                let before = dir.listing()
                let limit = CommandLineTool.defaultMaximumFileSize
                #expect(limit < 50 << 20)
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 10))
                #expect(run.seconds < 2, "refused without reading")
                #expect(run.result.status == .unreadable)
                #expect(run.result.stderr == "Error: cannot read '\(path)': file is 52428800 bytes, over the limit of \(limit) bytes (--max-file-size)\n"
                        + Self.summary(errors: 1, files: 2, unreadable: 1))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.result.stdout) == [clean, overCap])
                // Named with a lower limit, refused the same way.
                let named = try #require(runTimed(["--max-file-size", "10000000", path], limit: 10))
                #expect(named.result.status == .unreadable)
                #expect(named.result.stderr == "Error: cannot read '\(path)': file is 52428800 bytes, over the limit of 10000000 bytes (--max-file-size)\n"
                        + Self.summary(errors: 0, files: 0, unreadable: 1))
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// A real 50 MiB draft, linted with `--max-file-size` raised above it. Measured (debug
        /// build): 73 s and 1.5 GB of peak memory, so it runs only when asked:
        /// `DISCLINT_HOSTILE_HUGE=1 swift test --filter Hostile`.
        @Test("a 50 MB draft is linted with bounded time and memory",
              .enabled(if: ProcessInfo.processInfo.environment["DISCLINT_HOSTILE_HUGE"] != nil,
                       "over a minute in a debug build: set DISCLINT_HOSTILE_HUGE=1 to run it"))
        func fiftyMegabytes() throws {
            try withTemporaryDirectory { dir in
                let size = 50 << 20
                var text = Drafts.overCap
                let paragraph = HostileDrafts.proseLine(bytes: 118) + "\n\n"
                text += String(repeating: paragraph, count: (size - text.utf8.count) / paragraph.utf8.count)
                let path = try dir.write("m-fifty.md", text)
                let run = try #require(runTimed(["--max-file-size", String(size + (1 << 20)), path, "--format", "json"], limit: 600))
                let growth = run.memoryGrowth
                print("hostile: 50 MB draft linted in \(run.seconds) s, peak memory +\((growth ?? 0) >> 20) MiB")
                #expect(run.result.status == .findings)
                #expect(try JSONReport.files(run.result.stdout).first?.findings == [HostileDrafts.overCapFinding])
                withKnownIssue("bug: a 50 MB draft takes over a minute (debug) and about 1.5 GB") {
                    #expect(run.seconds < 60)
                    #expect((growth ?? 0) <= 2 * size + (64 << 20), "peak memory grew by \((growth ?? 0) >> 20) MiB")
                }
            }
        }

        // MARK: - Not regular files

        @Test("a FIFO named like a draft: 'not a regular file', never blocks, the others linted, exit 2")
        func fifo() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let pipe = try dir.makeFIFO("m-pipe.md")
                let before = dir.listing()
                let (clean, overCap) = Self.companions(dir)
                // Found by walking the directory.
                let walked = try #require(runTimed([dir.path, "--format", "json"], limit: 10))
                #expect(walked.result.status == .unreadable)
                #expect(walked.result.stderr == "Error: cannot read '\(pipe)': not a regular file\n" + Self.summary(errors: 1, files: 2, unreadable: 1))
                #expect(try JSONReport.files(walked.result.stdout) == [clean, overCap])
                // Named on the command line.
                let named = try #require(runTimed([clean.path, pipe, overCap.path, "--format", "json"], limit: 10))
                #expect(named.result.status == .unreadable)
                #expect(named.result.stderr == "Error: cannot read '\(pipe)': not a regular file\n" + Self.summary(errors: 1, files: 2, unreadable: 1))
                #expect(try JSONReport.files(named.result.stdout) == [clean, overCap])
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        @Test("a directory named like a draft is searched, not read")
        func directoryNamedLikeADraft() throws {
            try withTemporaryDirectory { dir in
                try dir.write("a-clean.md", Drafts.clean)
                let inner = try dir.write("x.md/inner.md", Drafts.overCap)
                let empty = try dir.makeDirectory("y.md")
                let before = dir.listing()
                let walked = runTool([dir.path, "--format", "json"])
                #expect(walked.status == .findings)
                #expect(walked.stderr == Self.summary(errors: 1, files: 2))
                #expect(try JSONReport.files(walked.stdout).map(\.path) == [dir.path + "/a-clean.md", inner])
                let named = runTool([dir.path + "/x.md", "--format", "json"])
                #expect(named.status == .findings)
                #expect(try JSONReport.files(named.stdout).map(\.findings) == [[HostileDrafts.overCapFinding]])
                let nothing = runTool([empty])
                #expect(nothing.status == .success)
                #expect(nothing.stdout.isEmpty)
                #expect(nothing.stderr == Self.summary(errors: 0, files: 0))
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        // MARK: - Symbolic-link loops

        /// In a walk, a link back to an ancestor is followed once (no hang, no file twice); a link
        /// to itself (`self.md -> self.md`) is skipped like a dangling link, as `FileDiscovery`
        /// documents ("a dangling symbolic link … nothing to lint there").
        @Test("a symbolic-link loop inside a linted directory: each draft linted once, no hang")
        func symlinkLoopInDirectory() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let inner = try dir.write("sub/b-over-cap.md", Drafts.overCap)
                try dir.makeLink("sub/loop", to: "..")
                try dir.makeDirectory("sub/deeper")
                try dir.makeLink("sub/deeper/up", to: "../..")
                try dir.makeLink("self.md", to: "self.md")
                try dir.makeLink("ping.md", to: "pong.md")
                try dir.makeLink("pong.md", to: "ping.md")
                let before = dir.listing()
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 10))
                #expect(run.result.status == .findings)
                #expect(run.result.stderr == Self.summary(errors: 2, files: 3))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.result.stdout).map(\.path) == [clean.path, inner, overCap.path])
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// `stat` fails with ELOOP: the reason says so (it used to be "no such file or directory"
        /// for every path that `stat` cannot follow).
        @Test("a symbolic-link loop named on the command line: 'too many levels of symbolic links', exit 2")
        func symlinkLoopNamed() throws {
            try withTemporaryDirectory { dir in
                let loop = try dir.makeLink("self.md", to: "self.md")
                let over = try dir.write("z-over-cap.md", Drafts.overCap)
                let run = try #require(runTimed([loop, over], limit: 10))
                #expect(run.result.status == .unreadable)
                #expect(run.result.stdout.hasPrefix("\(over):7:32: error: "), "the other file is still linted")
                #expect(run.result.stderr.hasSuffix(Self.summary(errors: 1, files: 1, unreadable: 1)))
                #expect(run.result.stderr.hasPrefix("Error: cannot read '\(loop)': too many levels of symbolic links\n"))
            }
        }

        // MARK: - Unreadable

        /// `chmod 000`: as root (the CI container), permissions do not stop reads, and the draft is
        /// linted like any other; otherwise it is reported and the others are still linted.
        @Test("an unreadable file (chmod 000): 'permission denied' and exit 2, or linted where permissions do not apply")
        func unreadableFile() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let locked = try dir.write("m-locked.md", Drafts.overCap)
                try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
                defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
                let descriptor = open(locked, O_RDONLY)
                let readable = descriptor >= 0
                if readable { close(descriptor) }
                let before = dir.listing()
                let run = runTool([dir.path, "--format", "json"])
                let (clean, overCap) = Self.companions(dir)
                if readable {
                    // Root, or CAP_DAC_OVERRIDE: the file is read like any other.
                    #expect(run.status == .findings)
                    #expect(run.stderr == Self.summary(errors: 2, files: 3))
                    #expect(try JSONReport.files(run.stdout) == [
                        clean,
                        ReportedFile(path: locked, kind: "tse-buyback-results", findings: [HostileDrafts.overCapFinding], messages: overCap.messages),
                        overCap,
                    ])
                } else {
                    #expect(run.status == .unreadable)
                    #expect(run.stderr == "Error: cannot read '\(locked)': permission denied\n" + Self.summary(errors: 1, files: 2, unreadable: 1))
                    #expect(try JSONReport.files(run.stdout) == [clean, overCap])
                }
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }

        /// A file that cannot be read even by root: `/proc/self/mem` is a regular file whose first
        /// page is never mapped, so reading it fails with EIO.
        @Test("a file whose read fails (even as root): the error, the others linted, exit 2",
              .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem"), "Linux /proc only"))
        func readError() throws {
            try withTemporaryDirectory { dir in
                try Self.addCompanions(dir)
                let mem = try dir.makeLink("m-mem.md", to: "/proc/self/mem")
                let before = dir.listing()
                let run = try #require(runTimed([dir.path, "--format", "json"], limit: 10))
                #expect(run.result.status == .unreadable)
                #expect(run.result.stderr == "Error: cannot read '\(mem)': input/output error\n" + Self.summary(errors: 1, files: 2, unreadable: 1))
                let (clean, overCap) = Self.companions(dir)
                #expect(try JSONReport.files(run.result.stdout) == [clean, overCap])
                #expect(dir.listing() == before, "disclint wrote nothing")
            }
        }
    }
}
