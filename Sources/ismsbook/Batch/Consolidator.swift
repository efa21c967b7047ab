import Foundation
import ISMSBookCore
import ISMSBookWriter

/// Writes the consolidated workbook of one or more batch output folders, with a department
/// column on every register and a table per department on the Summary sheet: the core's
/// ``Consolidation`` streamed into an ``AuditWorkbook``.
struct Consolidator {
    let profile: ScoringProfile
    let settings: AuditWorkbook.Settings

    /// Writes the consolidated workbook to `path` (a temporary name the caller renames).
    ///
    /// - Parameters:
    ///   - usesWriterThread: write the workbook on a thread of its own while lines are decoded.
    ///   - ready: department `index` once its files are complete (see ``Consolidation/run(count:extraColumns:into:ready:)``).
    /// - Throws: ``InputError`` when a department's records cannot be read; the workbook's errors.
    func write(
        to path: String, count: Int, extraColumns: (assets: [String], risks: [String]), usesWriterThread: Bool,
        ready: (Int) throws -> Consolidation.Department
    ) throws -> BuildReport {
        var settings = self.settings
        settings.showsDepartment = true
        let sink: any RegisterSink =
            usesWriterThread
            ? BackgroundSink(wrapping: try AuditWorkbook(path: path, settings: settings))
            : try AuditWorkbook(path: path, settings: settings)
        do {
            return try Consolidation(profile: profile, date: settings.generatedOn).run(count: count, extraColumns: extraColumns, into: sink, ready: ready)
        } catch {
            (sink as? BackgroundSink)?.abandon()
            throw error
        }
    }
}
