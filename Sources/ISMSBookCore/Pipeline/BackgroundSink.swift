import Foundation
import Synchronization

/// Runs another sink on a thread of its own, so that reading and normalising (on the caller's
/// thread) overlap with writing (libxlsxwriter's XML, on this one): on two cores the slower of
/// the two sets the pace instead of their sum.
///
/// Records travel in batches through a bounded ``WriterChannel``, so memory stays flat whichever
/// side is slower. The wrapped sink is handed to the writer thread when this sink is created and is
/// only ever used there, in order: the compiler checks this, since it takes the sink as `sending`.
/// An error the wrapped sink throws is rethrown to the caller at its next call; what the sink
/// raised while writing comes back from ``finish(_:)``.
///
/// A `BackgroundSink` itself is used from one thread, the one that runs the pipeline.
public final class BackgroundSink: RegisterSink {
    private let channel: WriterChannel
    private var batch: [WriterChannel.Item] = []
    private let batchSize: Int
    private var isOver = false

    /// Hands `sink` to a new writer thread and starts it.
    ///
    /// - Parameters:
    ///   - batchSize: records handed over at once; larger batches cost less locking.
    ///   - queueLimit: batches that may wait before the producer blocks.
    public init(wrapping sink: sending any RegisterSink, batchSize: Int = 256, queueLimit: Int = 16) {
        let channel = WriterChannel(limit: queueLimit)
        self.channel = channel
        self.batchSize = batchSize
        batch.reserveCapacity(batchSize)
        let handover = Handover(sink)
        let thread = Thread { channel.consume(handover.take()) }
        thread.name = "ismsbook-writer"
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        // A run that stopped without finishing must not leave its writer thread waiting.
        if !isOver { abandon() }
    }

    public func begin(_ layout: RegisterLayout) throws { try add(.begin(layout)) }
    public func write(_ asset: AssetRecord) throws { try add(.asset(asset)) }
    public func write(_ risk: RiskRecord) throws { try add(.risk(risk)) }

    /// Hands over the report and waits until the wrapped sink has finished; returns its outcome.
    public func finish(_ report: BuildReport) throws -> SinkOutcome {
        batch.append(.finish(report))
        try flush()
        isOver = true
        return try channel.awaitOutcome()
    }

    /// Ends the writer thread without finishing the wrapped sink (the run failed on the caller's
    /// side); what was not yet written is dropped.
    public func abandon() {
        guard !isOver else { return }
        isOver = true
        batch.removeAll()
        channel.abandon()
    }

    private func add(_ item: WriterChannel.Item) throws {
        batch.append(item)
        if batch.count >= batchSize { try flush() }
    }

    private func flush() throws {
        let full = batch
        batch = []
        batch.reserveCapacity(batchSize)
        try channel.send(full)
    }
}
