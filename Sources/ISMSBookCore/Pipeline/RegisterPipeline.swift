/// The pipeline: read every register file, normalise, score and check each row, and hand the
/// records to a ``RegisterSink`` as they come.
///
/// All files are opened (and their headers mapped) first, so the sink knows every extra column
/// before the first row. Then the asset files stream through, leaving behind only an
/// ``AssetIndex``; then the risk files stream through, scored against it.
public final class RegisterPipeline {
    /// How to read and score.
    public struct Options: Sendable {
        /// The encoding of every input, or `nil` to detect it per file.
        public var encoding: TextEncoding?
        /// The delimiter of every input, or `nil` to sniff it per file.
        public var delimiter: UInt8?
        /// The scoring profile.
        public var profile: ScoringProfile
        /// The sheet to read in workbooks whose path names none (`--sheet`).
        public var sheet: String?
        /// The generation date (`--date`): due dates and acceptances are judged against it; `nil`
        /// judges none.
        public var date: CalendarDate?
        /// Called every 4,096 rows with the register being read and the rows read so far (both
        /// registers together), for a progress display.
        public var progress: (@Sendable (RegisterKind, Int) -> Void)?

        /// Creates options.
        public init(encoding: TextEncoding? = nil, delimiter: UInt8? = nil, profile: ScoringProfile = .standard, date: CalendarDate? = nil) {
            self.encoding = encoding
            self.date = date
            self.delimiter = delimiter
            self.profile = profile
        }
    }

    private let assetFiles: [String]
    private let riskFiles: [String]
    private let options: Options
    private let collector: DiagnosticCollector
    private let binder: BinderInputs?

    /// Creates a pipeline over the given files; `binder` adds the SoA, supplier and legal registers
    /// and the audit checklist, read after the risks.
    public init(assetFiles: [String], riskFiles: [String], options: Options, collector: DiagnosticCollector, binder: BinderInputs? = nil) {
        self.assetFiles = assetFiles
        self.riskFiles = riskFiles
        self.options = options
        self.collector = collector
        self.binder = binder
    }

    /// Runs the pipeline into `sink`.
    ///
    /// - Throws: ``InputError`` when a file cannot be opened or read; whatever `sink` throws.
    public func run(into sink: any RegisterSink) throws -> BuildReport {
        let assetSources = try assetFiles.map {
            try RegisterSource<AssetField>(
                path: $0, kind: .assets, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
        }
        let riskSources = try riskFiles.map {
            try RegisterSource<RiskField>(
                path: $0, kind: .risks, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
        }
        let binderBuilder = try binder.map { try BinderBuilder(inputs: $0, options: options) }
        let scorer = RiskScorer(profile: options.profile)
        var report = BuildReport(profile: options.profile)
        report.date = options.date
        report.assetExtraColumns = fitted(assetSources.map { $0.columns.extras.map(\.name) }.orderedUnion(), assetSources.first?.path)
        report.riskExtraColumns = fitted(riskSources.map { $0.columns.extras.map(\.name) }.orderedUnion(), riskSources.first?.path)
        var layout = RegisterLayout(
            assetExtraColumns: report.assetExtraColumns, riskExtraColumns: report.riskExtraColumns,
            profile: options.profile, binder: binderBuilder?.layout ?? BinderLayout())
        layout.riskColumns = Set(riskSources.flatMap { $0.columns.columns.keys })
        try sink.begin(layout)

        var index = AssetIndex(indexesNames: riskSources.contains { $0.columns.columns[.asset] != nil })
        for source in assetSources {
            collector.report(source.openingDiagnostics)
            reportMissingColumns(source, required: AssetField.required)
            let normaliser = AssetRowNormaliser(
                columns: source.columns, file: source.path, sheet: source.sheet, levelScale: options.profile.levelScale)
            while let row = try source.nextRow() {
                var asset = normaliser.normalise(row)
                if let first = index.add(asset), let id = asset.id {
                    let location = SourceLocation(
                        file: source.path, row: row.row, column: source.columns.columns[.id].map { $0 + 1 },
                        columnName: source.columns.header(of: .id), sheet: source.sheet)
                    asset.diagnostics.append(
                        Diagnostic(.error, .duplicateID(firstFile: first.source.file, firstRow: first.source.row), at: location, value: id,
                                   field: FieldKey(AssetField.id)))
                    asset.invalidCells[.id] = id
                }
                asset.diagnostics = collector.report(asset.diagnostics)
                binderBuilder?.note(asset)
                report.count(asset)
                if report.assetCount & 4095 == 0 { options.progress?(.assets, report.assetCount) }
                try sink.write(asset)
            }
            finishFile(source, into: &report)
        }

        var riskIDs = SeenIDs()
        for source in riskSources {
            collector.report(source.openingDiagnostics)
            let hasAssetReference = source.columns.columns[.assetID] != nil || source.columns.columns[.asset] != nil
            reportMissingColumns(source, required: [.threat] + (hasAssetReference ? [] : [.assetID]) + scorer.requiredFields)
            let normaliser = RiskRowNormaliser(
                columns: source.columns, file: source.path, sheet: source.sheet, scorer: scorer, today: options.date)
            while let row = try source.nextRow() {
                var risk = normaliser.normalise(row, assets: index)
                if let id = risk.id {
                    if let first = riskIDs.insert(id, at: risk.source) {
                        let location = SourceLocation(
                            file: source.path, row: row.row, column: source.columns.columns[.id].map { $0 + 1 },
                            columnName: source.columns.header(of: .id), sheet: source.sheet)
                        risk.diagnostics.append(
                            Diagnostic(.error, .duplicateID(firstFile: first.file, firstRow: first.row), at: location, value: id,
                                       field: FieldKey(RiskField.id)))
                        risk.invalidCells[.id] = id
                    }
                }
                risk.diagnostics = collector.report(risk.diagnostics)
                binderBuilder?.note(risk)
                report.count(risk)
                if report.riskCount & 4095 == 0 { options.progress?(.risks, report.assetCount + report.riskCount) }
                try sink.write(risk)
            }
            finishFile(source, into: &report)
        }
        if let binderBuilder {
            report.binder = try binderBuilder.finish(assets: index, collector: collector, inputs: &report.inputs)
        }
        report.policy = collector.policy
        report.takeDiagnostics(from: collector)
        // The sink may write on a thread of its own: what it raised while writing (a cut cell, a
        // continued sheet) comes back only now, once it has finished, and joins the run's
        // diagnostics, counts and exit status here.
        let outcome = try sink.finish(report)
        collector.report(outcome.diagnostics)
        report.takeDiagnostics(from: collector)
        report.packagingSeconds = outcome.packagingSeconds
        return report
    }

    private func reportMissingColumns<Field: RegisterField>(_ source: RegisterSource<Field>, required: [Field]) {
        // A file without a recognisable header has been reported already.
        guard source.columns.recognisedCount > 0 else { return }
        for field in required where source.columns.columns[field] == nil {
            let location = SourceLocation(file: source.path, row: source.columns.headerRow, sheet: source.sheet)
            collector.report(Diagnostic(.error, .missingColumn(key: field.rawValue, names: field.expectedNames), at: location))
        }
    }

    /// The extra columns a sheet has room for; more is an error (all of them stay in the records).
    private func fitted(_ columns: [String], _ file: String?) -> [String] {
        let limit = RegisterLayout.maximumExtraColumns
        guard columns.count > limit else { return columns }
        collector.report(Diagnostic(.error, .tooManyColumns(count: columns.count, kept: limit), at: SourceLocation(file: file ?? "")))
        return Array(columns.prefix(limit))
    }

    private func finishFile<Field: RegisterField>(_ source: RegisterSource<Field>, into report: inout BuildReport) {
        collector.report(source.skippedRowDiagnostics)
        if source.reader.hasMixedLineEnds {
            collector.report(Diagnostic(.warning, .mixedLineEnds, at: SourceLocation(file: source.path, sheet: source.sheet)))
        }
        if source.rowsRead == 0 && source.columns.recognisedCount > 0 && !source.openingDiagnostics.contains(where: { $0.code == "empty-file" }) {
            collector.report(Diagnostic(.warning, .noDataRows, at: SourceLocation(file: source.path, sheet: source.sheet)))
        }
        report.inputs.append(
            BuildReport.Input(
                kind: source.kind, path: source.path, sha256: source.reader.sha256, byteCount: source.reader.byteCount,
                encoding: source.reader.encoding, delimiter: source.reader.delimiter, headerRow: source.columns.headerRow,
                rowsRead: source.rowsRead, blankRows: source.blankRows, sheet: source.sheet))
    }

    /// The extra columns of a set of files, as ``run(into:)`` will lay them out, from their headers
    /// alone (the first megabyte of each file).
    ///
    /// - Throws: ``InputError`` when a file cannot be read.
    public static func extraColumns(assetFiles: [String], riskFiles: [String], options: Options) throws -> (
        assets: [String], risks: [String]
    ) {
        let assets = try assetFiles.map {
            try RegisterSource<AssetField>(
                path: $0, kind: .assets, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
                .columns.extras.map(\.name)
        }
        let risks = try riskFiles.map {
            try RegisterSource<RiskField>(
                path: $0, kind: .risks, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet)
                .columns.extras.map(\.name)
        }
        return (assets.orderedUnion(), risks.orderedUnion())
    }

}
