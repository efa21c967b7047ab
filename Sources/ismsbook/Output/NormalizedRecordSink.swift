import ISMSBookCore

/// Writes the records of one register as JSON Lines or CSV (`ismsbook normalize`, and a batch's
/// copies for `merge`), as the core's ``RecordEncoder`` lays them out.
final class NormalizedRecordSink: RegisterSink {
    enum Format: String, CaseIterable {
        case jsonl, csv
    }

    private let kind: RegisterKind
    private let format: Format
    private let output: TextOutput
    private let fields: RecordEncoder.Fields
    private var extraColumns: [String] = []

    /// - Parameter fields: `.batch` adds what `merge` needs beyond the documented keys.
    init(kind: RegisterKind, format: Format, output: TextOutput, fields: RecordEncoder.Fields = .normalized) {
        self.kind = kind
        self.format = format
        self.output = output
        self.fields = fields
    }

    func begin(_ layout: RegisterLayout) throws {
        extraColumns = kind == .assets ? layout.assetExtraColumns : layout.riskExtraColumns
        guard format == .csv else { return }
        // A BOM, so that Excel reads the UTF-8 instead of guessing Shift_JIS; CRLF, as RFC 4180 has it.
        let header = kind == .assets
            ? RecordEncoder.csvHeader(AssetField.self, extraColumns: extraColumns)
            : RecordEncoder.csvHeader(RiskField.self, extraColumns: extraColumns)
        try output.write("\u{FEFF}" + header + "\r\n")
    }

    func write(_ asset: AssetRecord) throws {
        if kind == .assets { try emit(asset) }
    }

    func write(_ risk: RiskRecord) throws {
        if kind == .risks { try emit(risk) }
    }

    private func emit<Record: RegisterRecord>(_ record: Record) throws {
        switch format {
        case .jsonl: try output.write(RecordEncoder.json(record, fields: fields) + "\n")
        case .csv: try output.write(RecordEncoder.csv(record, extraColumns: extraColumns) + "\r\n")
        }
    }

    func finish(_ report: BuildReport) throws -> SinkOutcome {
        try output.close()
        return SinkOutcome()
    }
}
