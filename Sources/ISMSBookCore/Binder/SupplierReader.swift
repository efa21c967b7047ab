/// Reads the supplier register and checks each supplier against the asset register and the
/// generation date.
///
/// - Entrusted assets are asset ids; one that is not in the asset register is an error.
/// - The check is due on the date written, else a year after the last check (the usual yearly
///   review of 委託先); past that date on the generation date, it is overdue (a warning). A supplier
///   never checked is a warning too.
/// - An entrusted asset of high value (the top third of the rating scale: 3 of 1–3) with no NDA or
///   contract clause stated as in place is a warning.
struct SupplierReader {
    let file: BinderFile<SupplierField>
    let assets: AssetIndex
    /// The generation date, against which checks are overdue.
    let date: CalendarDate
    /// The top of the asset rating scale (3 for 1–3).
    let levelScale: Int
    let collector: DiagnosticCollector

    /// The suppliers in file order, and the file's line for the Summary sheet.
    func read() throws -> (suppliers: [SupplierRecord], input: BuildReport.Input) {
        var suppliers: [SupplierRecord] = []
        let input = try file.read(required: [.name], collector: collector) { record in
            suppliers.append(read(record))
        }
        return (suppliers, input)
    }

    /// Whether an asset value counts as high: the top third of the scale.
    static func isHighValue(_ value: Int, scale: Int) -> Bool { value * 3 > scale * 2 }

    private func read(_ record: RawRecord) -> SupplierRecord {
        var cells = RowCells(record: record, columns: file.columns, file: file.path, sheet: file.sheet)
        var supplier = SupplierRecord(source: RowSource(file: file.path, row: record.row, sheet: file.sheet))
        var invalid: [SupplierField: String] = [:]
        supplier.id = cells.text(.id)
        supplier.name = cells.text(.name)
        supplier.work = cells.text(.work)
        supplier.result = cells.text(.result)
        supplier.department = cells.text(.department)
        supplier.notes = cells.text(.notes)
        supplier.extras = cells.extras
        if cells.hasColumn(.name) && supplier.name == nil { cells.report(.error, .missingValue, .name) }

        if let raw = cells.raw(.assets) {
            supplier.assetIDs = ListCell.split(raw, atSpaces: true)
            for id in supplier.assetIDs {
                guard let entry = assets.asset(id: id) else {
                    supplier.unknownAssetIDs.append(id)
                    cells.report(.error, .unknownAsset, .assets, value: id)
                    invalid[.assets] = raw
                    continue
                }
                guard let value = entry.value else { continue }
                supplier.highestAssetValue = max(supplier.highestAssetValue ?? value, value)
                if Self.isHighValue(value, scale: levelScale) { supplier.highValueAssets.append((entry.id ?? id, value)) }
            }
        }
        supplier.hasNDA = cells.yesNo(.nda, invalid: &invalid)
        if let first = supplier.highValueAssets.first, supplier.hasNDA != true, invalid[.nda] == nil {
            cells.report(.warning, .highValueAssetWithoutNDA(assetID: first.id, value: first.value), .nda, value: cells.raw(.nda))
        }

        supplier.lastChecked = cells.date(.lastChecked, invalid: &invalid)
        supplier.nextDue = cells.date(.nextDue, invalid: &invalid)
        supplier.checkDue = supplier.nextDue ?? supplier.lastChecked?.adding(years: 1)
        if let due = supplier.checkDue {
            if due < date {
                supplier.isCheckOverdue = true
                cells.report(.warning, .supplierCheckOverdue(due: due.iso8601), supplier.nextDue != nil ? .nextDue : .lastChecked,
                             value: cells.raw(supplier.nextDue != nil ? .nextDue : .lastChecked))
            }
        } else if invalid[.lastChecked] == nil && invalid[.nextDue] == nil {
            cells.report(.warning, .supplierNotChecked, .lastChecked)
        }
        supplier.invalidCells = invalid
        supplier.diagnostics = collector.report(cells.diagnostics)
        return supplier
    }
}
