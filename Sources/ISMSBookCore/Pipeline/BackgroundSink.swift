import Foundation

/// Runs another sink on a thread of its own, so that reading and normalising (on the caller's
/// thread) overlap with writing (libxlsxwriter's XML, on this one): on two cores the slower of
/// the two sets the pace instead of their sum.
///
/// Records travel in batches through a bounded queue, so memory stays flat whichever side is
/// slower. The wrapped sink is only ever called from the background thread, in order; an error it
/// throws is rethrown to the caller at its next call.
public final class BackgroundSink: RegisterSink, @unchecked Sendable {
    // @unchecked: every mutable property below is read and written only while `condition` is
    // locked, and `wrapped` is touched only by the background thread.
    private enum Item {
        case begin(RegisterLayout)
        case asset(AssetRecord)
        case risk(RiskRecord)
        case finish(BuildReport)
    }

    private let wrapped: any RegisterSink
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var batch: [Item] = []
    private var failure: (any Error)?
    private var isDone = false
    private let batchSize: Int
    private let queueLimit: Int

    /// Wraps `sink` and starts its thread.
    ///
    /// - Parameters:
    ///   - batchSize: records handed over at once; larger batches cost less locking.
    ///   - queueLimit: batches that may wait before the producer blocks.
    public init(wrapping sink: any RegisterSink, batchSize: Int = 256, queueLimit: Int = 16) {
        wrapped = sink
        self.batchSize = batchSize
        self.queueLimit = queueLimit
        batch.reserveCapacity(batchSize)
        let thread = Thread { [unowned self] in self.consume() }
        thread.name = "ismsbook-writer"
        thread.stackSize = 8 << 20
        thread.start()
    }

    public func begin(_ layout: RegisterLayout) throws { try add(.begin(layout)) }
    public func write(_ asset: AssetRecord) throws { try add(.asset(asset)) }
    public func write(_ risk: RiskRecord) throws { try add(.risk(risk)) }

    /// Hands over the report and waits until the wrapped sink has finished.
    public func finish(_ report: BuildReport) throws {
        try add(.finish(report))
        try flush()
        condition.lock()
        while !isDone { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Ends the thread without finishing the wrapped sink (the run failed on the caller's side).
    public func abandon() {
        condition.lock()
        // Drop the records not yet handed over as well as the queued ones. Left for `deinit`, the
        // partial batch was reported by LeakSanitizer as leaked, one `merge` failure in five (not
        // understood): 28 clean runs in a row since this line, against one failure in 3-7 before.
        queue.removeAll()
        batch.removeAll()
        queue.append([])  // an empty batch tells the thread to stop
        condition.broadcast()
        while !isDone { condition.wait() }
        condition.unlock()
    }

    private func add(_ item: Item) throws {
        batch.append(item)
        if batch.count >= batchSize { try flush() }
    }

    private func flush() throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= queueLimit && failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(batch)
        batch = []
        batch.reserveCapacity(batchSize)
        condition.broadcast()
    }

    private func consume() {
        drain()
        // Only now, with every batch and record `drain` held released, may the caller go on, so
        // that nothing of the run is still in this thread's hands when the process exits.
        markDone()
    }

    /// Writes the queued batches until `finish`, or until `abandon`'s empty batch.
    private func drain() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let next = queue.removeFirst()
            condition.broadcast()
            var hasFailed = failure != nil
            condition.unlock()
            if next.isEmpty { return }
            for item in next {
                if case .finish(let report) = item {
                    if !hasFailed {
                        do { try wrapped.finish(report) } catch { record(error) }
                    }
                    return
                }
                // After a failure, what is queued is drained unwritten; the caller sees the error.
                if hasFailed { continue }
                do {
                    switch item {
                    case .begin(let layout): try wrapped.begin(layout)
                    case .asset(let asset): try wrapped.write(asset)
                    case .risk(let risk): try wrapped.write(risk)
                    case .finish: break
                    }
                } catch {
                    record(error)
                    hasFailed = true
                }
            }
        }
    }

    private func record(_ error: any Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    private func markDone() {
        condition.lock()
        isDone = true
        condition.broadcast()
        condition.unlock()
    }
}
