/// Reads a SoA file into one ``SoADecision`` per 2022 control.
///
/// Each row names a control of either edition. A 2022 id decides that control; a 2013 id decides
/// the 2022 control(s) that replaced it, so a SoA written against the old edition still works.
/// Two rows citing the same 2022 id are a duplicate (the second is not used); 2013 rows that the
/// new edition merged are folded together, with a warning when they disagree.
struct SoAReader {
    let file: BinderFile<SoAField>
    let collector: DiagnosticCollector

    /// The decisions by 2022 id, and the file's line for the Summary sheet.
    func read() throws -> (decisions: [String: SoADecision], input: BuildReport.Input) {
        var decisions: [String: SoADecision] = [:]
        let input = try file.read(required: [.control, .applicable], collector: collector) { record in
            read(record, into: &decisions)
        }
        return (decisions, input)
    }

    private func read(_ record: RawRecord, into decisions: inout [String: SoADecision]) {
        var cells = RowCells(record: record, columns: file.columns, file: file.path, sheet: file.sheet)
        guard let text = cells.text(.control) else {
            if cells.hasColumn(.control) { cells.report(.error, .missingValue, .control) }
            collector.report(cells.diagnostics)
            return
        }
        let reference = ControlListParser.reference(text)
        let targets = reference.map(AnnexACatalogue.resolve) ?? []
        guard let reference, !targets.isEmpty else {
            cells.report(.error, .unknownControl, .control, value: cells.raw(.control))
            collector.report(cells.diagnostics)
            return
        }
        let isDirect = AnnexACatalogue.control(reference) != nil
        var invalid: [SoAField: String] = [:]
        let applicable = cells.yesNo(.applicable, invalid: &invalid)
        var implementation: ImplementationStatus?
        if let raw = cells.raw(.implemented) {
            implementation = ImplementationStatus.parse(raw)
            if implementation == nil {
                cells.report(.error, .unknownImplementationStatus, .implemented, value: raw)
                invalid[.implemented] = raw
            }
        }
        // Decide what the row adds to before recording its diagnostics, so a duplicate or a
        // conflict is reported with the row's other problems.
        var skipped: Set<String> = []
        for target in targets {
            guard let existing = decisions[target] else { continue }
            if existing.isCitedDirectly && isDirect {
                let first = existing.sources.first ?? RowSource(file: file.path, row: 0)
                cells.report(.error, .duplicateID(firstFile: first.file, firstRow: first.row), .control, value: cells.raw(.control))
                invalid[.control] = cells.raw(.control)
                skipped.insert(target)
            } else if let mine = applicable, let theirs = existing.applicable, mine != theirs {
                let first = existing.sources.first ?? RowSource(file: file.path, row: 0)
                cells.report(.warning, .conflictingDecisions(control: target, firstFile: first.file, firstRow: first.row), .applicable,
                             value: cells.raw(.applicable))
            }
        }
        let recorded = collector.report(cells.diagnostics)
        let decision = SoADecision(
            applicable: applicable, applicableLocation: cells.location(.applicable), applicableText: cells.raw(.applicable),
            justificationLocation: cells.location(.justification), justification: cells.text(.justification),
            implementation: implementation, evidence: cells.text(.evidence), owner: cells.text(.owner), notes: cells.text(.notes),
            sources: [RowSource(file: file.path, row: record.row, sheet: file.sheet)], citedAs: isDirect ? [] : [reference],
            isCitedDirectly: isDirect, extras: cells.extras, diagnostics: recorded, invalidCells: invalid)
        for target in targets {
            if skipped.contains(target) {
                // The duplicate row decides nothing, but its findings show on the control's row.
                decisions[target]?.diagnostics += recorded
            } else if decisions[target] == nil {
                decisions[target] = decision
            } else {
                decisions[target]?.merge(decision)
            }
        }
    }
}
