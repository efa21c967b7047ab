/// The rules that merge a SoA file's decisions with what the risk register implies.
///
/// - A control that a risk's treatment names is applicable, with those risks as its reason, unless
///   the SoA decides otherwise.
/// - A control the SoA excludes while risks name it is an error: the risk treatment relies on a
///   control the ISMS says it does not operate.
/// - An excluded control needs a reason (ISO/IEC 27001 6.1.3 d); a missing one is a warning.
/// - A control that is neither decided nor named is undecided, and flagged.
enum SoABuilder {
    /// The pseudo-file that an undecided-controls warning points at when no SoA file was given.
    static let noFile = "SoA"

    /// Builds the statement.
    ///
    /// - Parameters:
    ///   - file: the SoA file, or `nil` when the statement is derived from the risks alone.
    ///   - sheet: the SoA's sheet, for a workbook.
    ///   - reportsUndecided: whether undecided controls are reported (the SoA is part of the
    ///     output); a checklist built without a SoA needs the applicable controls only.
    static func build(
        decisions: [String: SoADecision], references: ControlReferences, file: String?, sheet: String? = nil, extraColumns: [String],
        reportsUndecided: Bool, collector: DiagnosticCollector
    ) -> StatementOfApplicability {
        var rows: [StatementOfApplicability.Row] = []
        var undecidedWithoutFile = 0
        for control in AnnexACatalogue.controls2022 {
            var row = StatementOfApplicability.Row(control: control, applicability: .undecided)
            (row.riskIDs, row.riskCount) = references.risks(of: control.id)
            let decision = decisions[control.id]
            if let decision { copy(decision, into: &row) }
            var found: [Diagnostic] = []
            switch decision?.applicable {
            case true?:
                row.applicability = .applicable
            case false?:
                row.applicability = .excluded
                if let decision, row.riskCount > 0 {
                    found.append(
                        Diagnostic(.error, .excludedButReferenced(control: control.id, risks: riskList(row)),
                                   at: decision.applicableLocation, value: decision.applicableText, field: FieldKey(SoAField.applicable)))
                } else if let decision, decision.justification == nil {
                    found.append(
                        Diagnostic(.warning, .exclusionWithoutReason(control: control.id), at: decision.justificationLocation,
                                   field: FieldKey(SoAField.justification)))
                }
            case nil:
                if row.riskCount > 0 {
                    row.applicability = .applicable
                    row.isImpliedByRisks = true
                } else if reportsUndecided && decision?.invalidCells[.applicable] == nil {
                    // An unreadable decision has been reported as such already.
                    if let file {
                        let location = decision?.applicableLocation ?? SourceLocation(file: file, sheet: sheet)
                        found.append(
                            Diagnostic(.warning, .noApplicabilityDecision(control: control.id), at: location,
                                       field: FieldKey(SoAField.applicable)))
                    } else {
                        undecidedWithoutFile += 1
                    }
                }
            }
            row.diagnostics += collector.report(found)
            rows.append(row)
        }
        if undecidedWithoutFile > 0 {
            collector.report(Diagnostic(.warning, .undecidedControls(count: undecidedWithoutFile), at: SourceLocation(file: noFile)))
        }
        return StatementOfApplicability(rows: rows, file: file, extraColumns: extraColumns)
    }

    private static func copy(_ decision: SoADecision, into row: inout StatementOfApplicability.Row) {
        row.justification = decision.justification
        row.implementation = decision.implementation
        row.evidence = decision.evidence
        row.owner = decision.owner
        row.notes = decision.notes
        row.sources = decision.sources
        row.citedAs = decision.citedAs
        row.extras = decision.extras
        row.invalidCells = decision.invalidCells
        row.diagnostics = decision.diagnostics
    }

    /// The first few risks of a row for a one-line message: `R-001, R-004, … (12)`.
    static func riskList(_ row: StatementOfApplicability.Row, limit: Int = 5) -> String {
        let shown = row.riskIDs.prefix(limit).joined(separator: ", ")
        return row.riskCount > limit ? "\(shown), … (\(row.riskCount))" : shown
    }
}
