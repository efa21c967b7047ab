/// Reads the legal register and checks each law's review against the generation date.
///
/// A law that applies (or whose applicability is undecided, which is itself a warning) must have
/// been reviewed within a year of the generation date: a review dated exactly one year earlier is
/// still in time, one a day older is overdue (a warning). An applicable law with no review date is
/// a warning. A law that does not apply needs no review.
struct LawReader {
    let file: BinderFile<LawField>
    /// The generation date (`--date`), against which a review is more than a year old.
    let date: CalendarDate
    let collector: DiagnosticCollector

    /// The laws in file order, and the file's line for the Summary sheet.
    func read() throws -> (laws: [LawRecord], input: BuildReport.Input) {
        var laws: [LawRecord] = []
        let input = try file.read(required: [.law, .applies], collector: collector) { record in
            laws.append(read(record))
        }
        return (laws, input)
    }

    private func read(_ record: RawRecord) -> LawRecord {
        var cells = RowCells(record: record, columns: file.columns, file: file.path, sheet: file.sheet)
        var law = LawRecord(source: RowSource(file: file.path, row: record.row, sheet: file.sheet))
        var invalid: [LawField: String] = [:]
        law.law = cells.text(.law)
        law.department = cells.text(.department)
        law.requirements = cells.text(.requirements)
        law.notes = cells.text(.notes)
        law.extras = cells.extras
        if cells.hasColumn(.law) && law.law == nil { cells.report(.error, .missingValue, .law) }
        law.applies = cells.yesNo(.applies, invalid: &invalid)
        if law.applies == nil && invalid[.applies] == nil && cells.hasColumn(.applies) {
            cells.report(.warning, .lawApplicabilityUndecided, .applies)
        }
        law.lastReviewed = cells.date(.lastReviewed, invalid: &invalid)
        law.reviewDue = law.lastReviewed?.adding(years: 1)
        if law.needsReview {
            if let last = law.lastReviewed, let due = law.reviewDue {
                if due < date {
                    law.isReviewOverdue = true
                    cells.report(.warning, .lawReviewOverdue(lastReviewed: last.iso8601, date: date.iso8601), .lastReviewed,
                                 value: cells.raw(.lastReviewed))
                }
            } else if invalid[.lastReviewed] == nil && law.applies == true {
                // An undecided law is flagged as such already; one finding per open question.
                cells.report(.warning, .lawNotReviewed, .lastReviewed)
            }
        }
        law.invalidCells = invalid
        law.diagnostics = collector.report(cells.diagnostics)
        return law
    }
}
