import Dispatch
import Synchronization

/// Lints a batch of drafts on every core and returns the outcomes in the batch's order, so the
/// report is the same as a run on one core, byte for byte.
///
/// Each worker reads its draft, lints it and keeps only the lines its findings point at, so a
/// run over an archive holds one batch of drafts in memory at a time, not the archive.
package enum ParallelLinting {
    /// One draft to lint and how.
    package struct Job: Sendable {
        /// The file to read, or nil for `input`.
        package var path: String?
        /// The bytes of the file's path, when they are not UTF-8 (`path` then has U+FFFD in
        /// place of the invalid ones, and is what is reported).
        package var pathBytes: [UInt8]? = nil
        /// Standard input, already read, reported as `name`.
        package var input: [UInt8]?
        package var name: String
        package var linter: Linter
        package var settings: LintSettings
        package var maximumFileSize: Int
    }

    /// What became of a job.
    package enum Outcome: Sendable {
        case linted(FileResult)
        case unreadable(FileReadError)
    }

    /// How many drafts are read and linted between two reports of progress and errors.
    package static let batchSize = 128

    package static func run(_ jobs: [Job]) -> [Outcome] {
        guard jobs.count > 1 else { return jobs.map(lint) }
        let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let outcome = lint(jobs[index])
            outcomes.withLock { $0[index] = outcome }
        }
        return outcomes.withLock { $0.compactMap { $0 } }
    }

    static func lint(_ job: Job) -> Outcome {
        let bytes: [UInt8]
        if let input = job.input {
            bytes = input
        } else if let pathBytes = job.pathBytes {
            do {
                bytes = try FileSystem.read(bytes: pathBytes, reported: job.name, limit: job.maximumFileSize, stated: true)
            } catch {
                return .unreadable(error)
            }
        } else {
            do {
                // A path of ``FileDiscovery``: a regular file a moment ago, checked again once open.
                let path = job.path ?? job.name
                bytes = try FileSystem.read(bytes: Array(path.utf8), reported: path, limit: job.maximumFileSize, stated: true)
            } catch {
                return .unreadable(error)
            }
        }
        return .linted(job.linter.lint(SourceFile(path: job.name, bytes: bytes), settings: job.settings).compacted())
    }
}
