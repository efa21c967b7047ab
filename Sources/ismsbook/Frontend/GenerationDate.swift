import ArgumentParser
import Foundation
import ISMSBookCore

/// The date a workbook says it was generated: `--date`, else `SOURCE_DATE_EPOCH`
/// (reproducible-builds.org), else today.
struct GenerationDate {
    /// The day shown in the workbook.
    var day: CalendarDate
    /// The instant stored as the document's creation time.
    var instant: Date

    /// Resolves the date; `nil` and a message when `--date` or `SOURCE_DATE_EPOCH` is malformed.
    static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GenerationDate {
        if let option {
            guard let day = parseISODate(option) else {
                throw ValidationError("--date must be YYYY-MM-DD, not '\(option)'")
            }
            return GenerationDate(day: day, instant: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400))
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, not '\(epoch)'")
            }
            return GenerationDate(
                day: CalendarDate(daysSinceEpoch: seconds / 86_400), instant: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        let now = Date()
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        let today = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return GenerationDate(day: today ?? CalendarDate(daysSinceEpoch: 0), instant: now)
    }

    private static func parseISODate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
