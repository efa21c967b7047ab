import ISMSBookCore

/// The diagnostics a workbook raises while it is being written: a cell cut at Excel's limit, a
/// register continued on another sheet.
///
/// One belongs to each workbook and is shared by its sheets, on the one thread that writes the
/// workbook (it is not `Sendable`). The workbook lists them on its own 検証結果 sheet and hands
/// them back from `finish`, so the run can print and count them.
final class WritingDiagnostics {
    /// What has been raised so far, in order, as raised (before the run's `--strict`).
    private(set) var raised: [Diagnostic] = []

    /// Records a diagnostic.
    func report(_ diagnostic: Diagnostic) {
        raised.append(diagnostic)
    }
}
