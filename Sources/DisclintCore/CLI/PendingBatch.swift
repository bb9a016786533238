import Dispatch
import Synchronization

/// A batch of drafts being read and linted on every core (``ParallelLinting/run(_:)``) while the
/// thread that made it goes on: it resolves the configurations of the next batch's drafts and
/// writes the report of the batch before, instead of leaving the other cores idle meanwhile.
final class PendingBatch: Sendable {
    private let outcomesOnceDone = Mutex<[ParallelLinting.Outcome]?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts linting `jobs` at once, on another thread; or lints them on this one first when
    /// not `inBackground` (the last batch of a run, which nothing else waits to follow: a
    /// one-draft run does not pay for a thread it has no use for).
    init(_ jobs: [ParallelLinting.Job], inBackground: Bool = true) {
        guard inBackground else {
            outcomesOnceDone.withLock { $0 = ParallelLinting.run(jobs) }
            done.signal()
            return
        }
        DispatchQueue.global().async { [self] in
            let outcomes = ParallelLinting.run(jobs)
            outcomesOnceDone.withLock { $0 = outcomes }
            done.signal()
        }
    }

    /// The outcomes, in the batch's order, once every draft is linted (waits until then).
    func outcomes() -> [ParallelLinting.Outcome] {
        done.wait()
        // Signalled again for a second call, which then finds the outcomes at once.
        defer { done.signal() }
        return outcomesOnceDone.withLock { $0 ?? [] }
    }
}
