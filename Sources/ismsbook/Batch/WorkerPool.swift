import Foundation

/// Runs `count` jobs on `workers` threads, each taking the next job as soon as it is free, and
/// returns their results in job order (not completion order), so the outcome never depends on
/// scheduling.
enum WorkerPool {
    static func run<Result: Sendable>(count: Int, workers: Int, _ job: @Sendable (Int) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = next.take(below: count) { results.set(index, job(index)) }
        }
        return results.all
    }
}

/// The next job number, shared by the workers.
private final class Counter: @unchecked Sendable {
    // @unchecked: `value` is only used under `lock`.
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One slot per job; each slot is written once, by the worker that ran the job.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // @unchecked: `slots` is only used under `lock`.
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
