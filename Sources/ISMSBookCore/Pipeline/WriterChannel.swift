import Foundation
import Synchronization

/// The bounded queue between a ``BackgroundSink`` (the producer) and its writer thread (the
/// consumer), and the way the writer's outcome comes back.
///
/// The queue and the outcome live in a `Mutex`; the semaphores only count, so that each side can
/// sleep while the other has nothing for it. The consumer calls the wrapped sink outside the lock.
final class WriterChannel: Sendable {
    /// What the producer sends.
    enum Item: Sendable {
        case begin(RegisterLayout)
        case asset(AssetRecord)
        case risk(RiskRecord)
        case finish(BuildReport)
    }

    private struct State {
        var batches: [[Item]] = []
        /// The first error the wrapped sink threw; what is queued after it is drained unwritten.
        var failure: (any Error)?
        var outcome: SinkOutcome?
        var isAbandoned = false
    }

    private let state = Mutex(State())
    /// Batches waiting for the consumer.
    private let queued = DispatchSemaphore(value: 0)
    /// Room for more batches: the producer waits here when `limit` are queued.
    private let room: DispatchSemaphore
    /// Signalled once, when the consumer is done and holds nothing of the run any more.
    private let done = DispatchSemaphore(value: 0)

    init(limit: Int) {
        room = DispatchSemaphore(value: max(limit, 1))
    }

    /// Queues a batch, waiting while the queue is full.
    ///
    /// - Throws: the wrapped sink's error, if it has thrown one.
    func send(_ batch: [Item]) throws {
        if let failure = state.withLock({ $0.failure }) { throw failure }
        room.wait()
        state.withLock { $0.batches.append(batch) }
        queued.signal()
    }

    /// Waits until the consumer has finished the wrapped sink.
    ///
    /// - Throws: the wrapped sink's error, if it has thrown one.
    func awaitOutcome() throws -> SinkOutcome {
        done.wait()
        let (failure, outcome) = state.withLock { ($0.failure, $0.outcome) }
        if let failure { throw failure }
        return outcome ?? SinkOutcome()
    }

    /// Tells the consumer to stop, drops what is queued, and waits until it has stopped.
    func abandon() {
        state.withLock {
            $0.isAbandoned = true
            $0.batches.removeAll()
        }
        // Wakes a consumer waiting for work; it finds the flag and stops.
        queued.signal()
        done.wait()
    }

    /// The writer thread: writes the queued batches into `sink` until the finish item or until
    /// abandoned, then signals that it is done.
    func consume(_ sink: sending (any RegisterSink)?) {
        defer { done.signal() }
        guard let sink else { return }
        while true {
            queued.wait()
            let next: [Item]? = state.withLock { state in
                if state.isAbandoned || state.batches.isEmpty { return nil }
                return state.batches.removeFirst()
            }
            guard let next else { return }
            room.signal()
            for item in next where write(item, into: sink) == .stop { return }
        }
    }

    private enum Step { case next, stop }

    private func write(_ item: Item, into sink: any RegisterSink) -> Step {
        let hasFailed = state.withLock { $0.failure != nil || $0.isAbandoned }
        do {
            switch item {
            case .finish(let report):
                if !hasFailed {
                    let outcome = try sink.finish(report)
                    state.withLock { $0.outcome = outcome }
                }
                return .stop
            case _ where hasFailed:
                // After a failure, what is queued is drained unwritten; the caller sees the error.
                return .next
            case .begin(let layout): try sink.begin(layout)
            case .asset(let asset): try sink.write(asset)
            case .risk(let risk): try sink.write(risk)
            }
        } catch {
            state.withLock { if $0.failure == nil { $0.failure = error } }
            if case .finish = item { return .stop }
        }
        return .next
    }
}
