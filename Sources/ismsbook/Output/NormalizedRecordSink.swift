import ISMSBookCore

/// Writes the records of one register as JSON Lines or CSV (`ismsbook normalize`).
final class NormalizedRecordSink: RegisterSink {
    enum Format: String {
        case jsonl, csv
    }

    private let kind: RegisterKind
    private let format: Format
    private let output: TextOutput
    private let isBatchCopy: Bool
    private var extraColumns: [String] = []

    /// - Parameter isBatchCopy: add what `merge` needs beyond the documented keys (`asset_value`).
    init(kind: RegisterKind, format: Format, output: TextOutput, isBatchCopy: Bool = false) {
        self.kind = kind
        self.format = format
        self.output = output
        self.isBatchCopy = isBatchCopy
    }

    func begin(_ layout: RegisterLayout) throws {
        extraColumns = kind == .assets ? layout.assetExtraColumns : layout.riskExtraColumns
        guard format == .csv else { return }
        // A BOM, so that Excel reads the UTF-8 instead of guessing Shift_JIS; CRLF, as RFC 4180 has it.
        let header = NormalizedFields.keys(kind) + ["source_file", "source_row"] + extraColumns
        try output.write("\u{FEFF}" + header.map(CSVCell.text).joined(separator: ",") + "\r\n")
    }

    func write(_ asset: AssetRecord) throws {
        guard kind == .assets else { return }
        try emit(NormalizedFields.of(asset), extras: asset.extras, source: asset.source,
                 invalid: asset.invalidCells.map { ($0.key.rawValue, $0.value) })
    }

    func write(_ risk: RiskRecord) throws {
        guard kind == .risks else { return }
        var fields = NormalizedFields.of(risk)
        if isBatchCopy { fields.append(("asset_value", .number(risk.assetValue))) }
        try emit(fields, extras: risk.extras, source: risk.source,
                 invalid: risk.invalidCells.map { ($0.key.rawValue, $0.value) })
    }

    private func emit(_ fields: [(String, NormalizedValue)], extras: [ExtraCell], source: RowSource, invalid: [(String, String)]) throws {
        switch format {
        case .jsonl: try output.write(NormalizedFields.json(fields, extras: extras, source: source, invalid: invalid) + "\n")
        case .csv:
            try output.write(NormalizedFields.csv(fields, extras: extras, source: source, extraColumns: extraColumns) + "\r\n")
        }
    }

    func finish(_ report: BuildReport) throws -> SinkOutcome {
        try output.close()
        return SinkOutcome()
    }
}
