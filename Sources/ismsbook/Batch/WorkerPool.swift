import Foundation
import Synchronization

/// Runs `count` jobs on `workers` threads, each taking the next job as soon as it is free, and
/// returns their results in job order (not completion order), so the outcome never depends on
/// scheduling.
enum WorkerPool {
    static func run<Result: Sendable>(count: Int, workers: Int, _ job: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = slots.take() { slots.set(index, job(index)) }
        }
        return slots.all
    }
}

/// The jobs not yet taken, and one slot per job for its result, written once by its worker.
private final class Slots<Result: Sendable>: Sendable {
    private struct State {
        var next = 0
        var results: [Result?]
    }

    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(results: Array(repeating: nil, count: count))) }

    /// The next job's number, or `nil` when every job is taken.
    func take() -> Int? {
        state.withLock { state in
            guard state.next < state.results.count else { return nil }
            state.next += 1
            return state.next - 1
        }
    }

    func set(_ index: Int, _ result: sending Result) {
        state.withLock { $0.results[index] = result }
    }

    var all: [Result] { state.withLock { $0.results.compactMap { $0 } } }
}
