/// Turns a data row of an asset register into an ``AssetRecord``, checking each cell.
///
/// Checks that need other rows (duplicate ids) are made by ``RegisterPipeline``.
struct AssetRowNormaliser {
    let columns: ColumnMap<AssetField>
    let file: String
    let sheet: String?
    let levelScale: Int

    func normalise(_ record: RawRecord) -> AssetRecord {
        var cells = RowCells(record: record, columns: columns, file: file, sheet: sheet)
        var asset = AssetRecord(source: RowSource(file: file, row: record.row, sheet: sheet))
        cells.readTexts(into: &asset)

        for field in AssetField.required where cells.hasColumn(field) && cells.raw(field) == nil {
            cells.report(.error, .missingValue, field)
        }
        readPersonalData(into: &asset, cells: &cells)
        asset.confidentiality = rating(.confidentiality, asset: &asset, cells: &cells)
        asset.integrity = rating(.integrity, asset: &asset, cells: &cells)
        asset.availability = rating(.availability, asset: &asset, cells: &cells)
        asset.value = AssetValuer.value(
            confidentiality: asset.confidentiality, integrity: asset.integrity, availability: asset.availability,
            personalData: asset.personalData, scale: levelScale)
        if let given = cells.raw(.value), let computed = asset.value,
            LevelParser.parse(given, scale: levelScale).level?.value != computed
        {
            cells.report(.warning, .givenValueDiffers(computed: computed), .value, value: given)
        }
        readDates(into: &asset, cells: &cells)
        asset.diagnostics = cells.diagnostics
        return asset
    }

    private func rating(_ field: AssetField, asset: inout AssetRecord, cells: inout RowCells<AssetField>) -> Int? {
        guard cells.hasColumn(field) else { return nil }
        guard let raw = cells.raw(field) else {
            cells.report(.warning, .missingRating, field)
            return nil
        }
        switch LevelParser.parse(raw, scale: levelScale) {
        case .level(let level): return level.value
        case .invalid(let message):
            cells.report(.error, message, field, value: raw)
            asset.invalidCells[field] = raw
            return nil
        }
    }

    private func readPersonalData(into asset: inout AssetRecord, cells: inout RowCells<AssetField>) {
        var kinds: [PersonalDataKind] = []
        if let raw = cells.raw(.personalData) {
            if let kind = PersonalDataKind.parse(raw) {
                kinds.append(kind)
            } else {
                cells.report(.error, .unknownPersonalData, .personalData, value: raw)
                asset.invalidCells[.personalData] = raw
            }
        }
        for (field, kind) in [(AssetField.personalDataSensitive, PersonalDataKind.sensitive), (.personalDataMyNumber, .myNumber)] {
            guard let raw = cells.raw(field) else { continue }
            switch PersonalDataKind.parseFlag(raw) {
            case true?: kinds.append(kind)
            case false?: kinds.append(.none)
            case nil:
                cells.report(.error, .unknownPersonalData, field, value: raw)
                asset.invalidCells[field] = raw
            }
        }
        asset.personalData = kinds.max()
    }

    private func readDates(into asset: inout AssetRecord, cells: inout RowCells<AssetField>) {
        if let raw = cells.raw(.recordedOn) {
            switch DateParser.parse(raw) {
            case .date(let date, let warning):
                asset.recordedOn = date
                if let warning { cells.report(.warning, warning, .recordedOn, value: raw) }
            case .invalid(let message):
                cells.report(.error, message, .recordedOn, value: raw)
                asset.invalidCells[.recordedOn] = raw
            }
        }
        guard let raw = cells.raw(.retention) else { return }
        asset.retention = TextNormaliser.normalise(raw)
        switch RetentionParser.parse(raw) {
        case .retention(let retention, let warning):
            if let warning { cells.report(.warning, warning, .retention, value: raw) }
            if retention == .permanent { asset.isRetentionPermanent = true }
            if case .period = retention, asset.recordedOn == nil, asset.invalidCells[.recordedOn] == nil {
                cells.report(.warning, .retentionNeedsRecordedOn, .retention, value: raw)
            }
            asset.retentionUntil = RetentionParser.end(of: retention, recordedOn: asset.recordedOn)
            if let recorded = asset.recordedOn, let until = asset.retentionUntil, recorded > until {
                cells.report(.error, .recordedAfterRetention(retentionUntil: until.iso8601), .recordedOn,
                             value: cells.raw(.recordedOn))
                asset.invalidCells[.recordedOn] = cells.raw(.recordedOn)
            }
        case .invalid(let message):
            // A retention such as 退職後5年 is legitimate prose: a warning, and the text is kept.
            let severity: Diagnostic.Severity = message == .unparseableRetention ? .warning : .error
            cells.report(severity, message, .retention, value: raw)
        }
    }
}
