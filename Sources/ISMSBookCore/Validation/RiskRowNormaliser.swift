/// Turns a data row of a risk register into a scored ``RiskRecord``, checking each cell and the
/// link to the asset register.
struct RiskRowNormaliser {
    let columns: ColumnMap<RiskField>
    let file: String
    let sheet: String?
    let scorer: RiskScorer
    /// The generation date, against which due dates and acceptances are judged.
    let today: CalendarDate?

    var profile: ScoringProfile { scorer.profile }

    func normalise(_ record: RawRecord, assets: AssetIndex) -> RiskRecord {
        var cells = RowCells(record: record, columns: columns, file: file, sheet: sheet)
        var risk = RiskRecord(source: RowSource(file: file, row: record.row, sheet: sheet))
        cells.readTexts(into: &risk)

        if cells.hasColumn(.threat) && risk.threat == nil { cells.report(.error, .missingValue, .threat) }
        let entry = resolveAsset(&risk, cells: &cells, assets: assets)
        risk.threatLevel = level(.threatLevel, scale: profile.levelScale, risk: &risk, cells: &cells)
        risk.vulnerabilityLevel = level(.vulnerabilityLevel, scale: profile.levelScale, risk: &risk, cells: &cells)
        let likelihood = level(.likelihood, scale: profile.likelihoodScale, risk: &risk, cells: &cells)
        let impact = level(.impact, scale: profile.impactScale, risk: &risk, cells: &cells)
        let givenScale = profile.method == .direct ? profile.directScale : profile.maximumScore
        risk.givenScore = level(.score, scale: givenScale, risk: &risk, cells: &cells)
        risk.likelihood = likelihood?.value
        risk.impact = impact?.value
        let current = RiskScorer.Inputs(
            assetValue: entry?.value, threatLevel: risk.threatLevel?.value, vulnerabilityLevel: risk.vulnerabilityLevel?.value,
            likelihood: risk.likelihood, impact: risk.impact, givenScore: risk.givenScore?.value)
        score(&risk, inputs: current, entry: entry, cells: &cells)
        readTreatment(into: &risk, cells: &cells)
        readControlsAndDue(into: &risk, cells: &cells)
        readTreatmentResults(into: &risk, current: current, cells: &cells)
        risk.diagnostics = cells.diagnostics
        return risk
    }

    /// Finds the asset by id, else by name; reports a missing or unknown reference.
    private func resolveAsset(_ risk: inout RiskRecord, cells: inout RowCells<RiskField>, assets: AssetIndex) -> AssetIndex.Entry? {
        let id = cells.text(.assetID)
        let name = cells.text(.asset)
        risk.assetID = id
        risk.asset = name
        if let id {
            guard let entry = assets.asset(id: id) else {
                cells.report(.error, .unknownAsset, .assetID, value: cells.raw(.assetID))
                risk.invalidCells[.assetID] = cells.raw(.assetID)
                return nil
            }
            risk.asset = name ?? entry.name
            return entry
        }
        if let name {
            guard let entry = assets.asset(named: name) else {
                cells.report(.error, .unknownAsset, .asset, value: cells.raw(.asset))
                risk.invalidCells[.asset] = cells.raw(.asset)
                return nil
            }
            risk.assetID = entry.id
            return entry
        }
        if cells.hasColumn(.assetID) || cells.hasColumn(.asset) {
            cells.report(.error, .missingValue, cells.hasColumn(.assetID) ? .assetID : .asset)
        }
        return nil
    }

    func level(_ field: RiskField, scale: Int, risk: inout RiskRecord, cells: inout RowCells<RiskField>) -> Level? {
        guard let raw = cells.raw(field) else { return nil }
        switch LevelParser.parse(raw, scale: scale) {
        case .level(let level): return level
        case .invalid(let message):
            cells.report(.error, message, field, value: raw)
            risk.invalidCells[field] = raw
            return nil
        }
    }

    private func score(_ risk: inout RiskRecord, inputs: RiskScorer.Inputs, entry: AssetIndex.Entry?, cells: inout RowCells<RiskField>) {
        risk.assetValue = entry?.value
        switch scorer.score(inputs) {
        case .scored(let score):
            risk.score = score.value
            risk.likelihood = score.likelihood
            risk.impact = score.impact
            risk.band = profile.band(for: score.value)
            risk.isAccepted = score.value <= profile.acceptanceThreshold
            if profile.method != .direct, let given = risk.givenScore, given.value != score.value {
                cells.report(.warning, .givenScoreDiffers(computed: score.value), .score, value: cells.raw(.score))
            }
        case .missing(let fields):
            if let entry, entry.value == nil, scorer.needsAssetValue {
                cells.reportRow(.error, .assetHasNoValue(assetID: entry.id ?? entry.name ?? "?"))
                return
            }
            // An unknown asset is reported already; a missing column is reported once for the file.
            let missingHere = fields.filter { cells.hasColumn($0) && risk.invalidCells[$0] == nil }
            if let field = missingHere.first {
                cells.report(.error, .notScored(missing: missingHere.map(\.rawValue).joined(separator: ", ")), field)
            }
        }
    }

    private func readTreatment(into risk: inout RiskRecord, cells: inout RowCells<RiskField>) {
        risk.treatment = choice(.treatment, parse: Treatment.parse, unknown: .unknownTreatment, risk: &risk, cells: &cells)
        guard let score = risk.score, risk.isAccepted == false else { return }
        if risk.treatment == nil && risk.invalidCells[.treatment] == nil {
            cells.report(.error, .untreatedRisk(score: score, threshold: profile.acceptanceThreshold), .treatment)
        } else if risk.treatment == .accept && risk.approver == nil && !cells.hasResidualColumns {
            // With residual columns, an unapproved residual above the threshold is an error instead.
            cells.report(.warning, .acceptedWithoutApprover(score: score, threshold: profile.acceptanceThreshold), .approver)
        }
    }

    private func readControlsAndDue(into risk: inout RiskRecord, cells: inout RowCells<RiskField>) {
        if let raw = cells.raw(.controls) {
            let result = ControlListParser.parse(raw)
            risk.controls = result.controls
            for token in result.unrecognised { cells.report(.warning, .notAControl, .controls, value: token) }
            // Shaped like a reference but in neither edition's catalogue (A.5.38, A.19.1.1): a typo.
            for control in result.controls where !result.unrecognised.contains(control) && AnnexACatalogue.resolve(control).isEmpty {
                cells.report(.warning, .unknownControl, .controls, value: control)
            }
        }
        risk.due = date(.due, risk: &risk, cells: &cells)
    }

    /// Reads a cell of a closed vocabulary (a treatment, a status); a word it does not know is an
    /// error and its text is kept.
    func choice<Choice>(
        _ field: RiskField, parse: (String) -> Choice?, unknown: DiagnosticMessage, risk: inout RiskRecord, cells: inout RowCells<RiskField>
    ) -> Choice? {
        guard let raw = cells.raw(field) else { return nil }
        if let choice = parse(raw) { return choice }
        cells.report(.error, unknown, field, value: raw)
        risk.invalidCells[field] = raw
        return nil
    }

    /// Reads a date cell; an unreadable date is an error and its text is kept.
    func date(_ field: RiskField, risk: inout RiskRecord, cells: inout RowCells<RiskField>) -> CalendarDate? {
        guard let raw = cells.raw(field) else { return nil }
        switch DateParser.parse(raw) {
        case .date(let date, let warning):
            if let warning { cells.report(.warning, warning, field, value: raw) }
            return date
        case .invalid(let message):
            cells.report(.error, message, field, value: raw)
            risk.invalidCells[field] = raw
            return nil
        }
    }
}
