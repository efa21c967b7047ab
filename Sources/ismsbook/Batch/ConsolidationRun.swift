import Foundation
import ISMSBookCore
import ISMSBookWriter
import Synchronization

/// Writes a batch's `consolidated.xlsx`: on a thread of its own, taking departments from a
/// ``DepartmentGate`` as the workers finish them, or after the workers when the batch runs one job.
final class ConsolidationRun: Sendable {
    private let departments: [Department]
    private let options: RegisterPipeline.Options
    private let settings: AuditWorkbook.Settings
    private let output: String
    private let gate: DepartmentGate
    private let concurrent: Bool
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<String?>(nil)

    init(
        departments: [Department], options: RegisterPipeline.Options, settings: AuditWorkbook.Settings, output: String,
        gate: DepartmentGate, concurrent: Bool
    ) {
        self.departments = departments
        self.options = options
        self.settings = settings
        self.output = output
        self.gate = gate
        self.concurrent = concurrent
        if concurrent {
            let thread = Thread { [self] in
                let written = write()
                result.withLock { $0 = written }
                finished.signal()
            }
            thread.name = "ismsbook-consolidation"
            thread.start()
        }
    }

    /// Waits for (or, with one job, does) the consolidation; returns the file's name, or `nil` if it
    /// could not be written (the error is printed).
    func finish() -> String? {
        if concurrent {
            finished.wait()
            return result.withLock { $0 }
        }
        return write()
    }

    private func write() -> String? {
        let path = URL(fileURLWithPath: output).appendingPathComponent("consolidated.xlsx").path
        do {
            let atomic = try AtomicOutput(path: path)
            var settings = settings
            settings.temporaryDirectory = output
            // The columns must be known before the first row: read them from the files' headers.
            var extras: [([String], [String])] = []
            for department in departments {
                let columns = try? RegisterPipeline.extraColumns(
                    assetFiles: department.assetFiles, riskFiles: department.riskFiles, options: options)
                extras.append(columns.map { ($0.assets, $0.risks) } ?? ([], []))
            }
            let consolidator = Consolidator(profile: options.profile, settings: settings)
            let output = self.output
            _ = try consolidator.write(
                to: atomic.temporaryPath, count: departments.count,
                extraColumns: (Consolidation.union(extras.map(\.0)), Consolidation.union(extras.map(\.1))),
                usesWriterThread: concurrent,
                ready: { [gate] index in Consolidation.Department(outcome: gate.wait(for: index), folder: output) })
            try atomic.commit()
            return "consolidated.xlsx"
        } catch {
            StandardError.write("\(path): error: \(error)\n")
            return nil
        }
    }
}

/// Hands departments' outcomes from the workers to the consolidation, in department order.
///
/// Each department has a semaphore of its own, signalled once by the worker that finished it and
/// waited on once by the consolidation.
final class DepartmentGate: Sendable {
    private let outcomes: Mutex<[DepartmentOutcome?]>
    private let finished: [DispatchSemaphore]

    init(count: Int) {
        outcomes = Mutex(Array(repeating: nil, count: count))
        finished = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// A worker has finished department `index`.
    func complete(_ index: Int, with outcome: DepartmentOutcome) {
        outcomes.withLock { $0[index] = outcome }
        finished[index].signal()
    }

    /// Waits until department `index` is finished.
    func wait(for index: Int) -> DepartmentOutcome {
        finished[index].wait()
        return outcomes.withLock { $0[index] } ?? DepartmentOutcome(name: "", outputName: "", status: .noRegisters)
    }
}
