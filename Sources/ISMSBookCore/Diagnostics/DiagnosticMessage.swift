/// What a ``Diagnostic`` says, independent of the language it is shown in.
///
/// The CLI prints messages in English on stderr; the workbook's Validation sheet shows them in the
/// workbook's language. ``code`` is a stable name for scripts (`validate --format json`).
public enum DiagnosticMessage: Sendable, Hashable {
    // MARK: Reading
    /// Bytes that are not valid in the file's encoding; they were replaced with U+FFFD.
    case invalidBytes(encoding: String)
    /// A quoted field that never ends.
    case unterminatedQuote
    /// A `"` inside a field that did not start with one; kept as text.
    case strayQuote
    /// Text between a closing quote and the next delimiter; kept as text.
    case textAfterClosingQuote
    /// Non-empty cells to the right of the last header column.
    case surplusCells(count: Int)
    /// A row with fewer cells than the header.
    case missingCells(found: Int, expected: Int)
    /// No row in the first rows of the file looks like a header.
    case noHeader(searched: Int)
    /// A register without a column that the register needs.
    case missingColumn(key: String, names: String)
    /// Two columns for the same field; the second is kept as an extra column.
    case duplicateColumn(key: String)
    /// A row above the header that holds data; it is not part of the register.
    case rowAboveHeader
    /// A file with a header but no data rows.
    case noDataRows
    /// An encoding guessed from bytes that had no BOM.
    case guessedEncoding(encoding: String)
    /// NUL bytes in a cell, removed.
    case nulBytes
    /// Records end with different line breaks.
    case mixedLineEnds
    /// An empty file (or one with only a byte-order mark).
    case emptyFile
    /// The header row again, below the header; skipped.
    case headerRepeated
    /// More columns than a sheet holds.
    case tooManyColumns(count: Int, kept: Int)
    /// A workbook cell with a formula but no saved result (written by a program that does not calculate).
    case formulaWithoutValue

    // MARK: Values
    /// A required field is empty.
    case missingValue
    /// A C/I/A rating is empty.
    case missingRating
    /// The same id is used twice in the register.
    case duplicateID(firstFile: String, firstRow: Int)
    /// A risk names an asset that is not in the asset register.
    case unknownAsset
    /// A number outside the allowed range.
    case outOfRange(min: Int, max: Int)
    /// A value that is not a level.
    case notALevel(min: Int, max: Int)
    /// A level written on another scale (`8/10` where 1–3 is expected).
    case scaleMismatch(scale: Int, expected: Int)
    /// A value that is not a date.
    case unparseableDate
    /// A Japanese-era date before the era began.
    case dateBeforeEra(era: String, start: String)
    /// A Japanese-era date after the era ended (read anyway).
    case dateAfterEra(era: String, end: String, read: String)
    /// A personal-data value that is not one of the known kinds.
    case unknownPersonalData
    /// A treatment that is not reduce, avoid, transfer or accept.
    case unknownTreatment
    /// A token in a controls list that is not an Annex A reference.
    case notAControl
    /// A retention that is neither a date, a period nor permanent.
    case unparseableRetention
    /// A retention period with no recording date to count from.
    case retentionNeedsRecordedOn
    /// A recording date after the end of retention.
    case recordedAfterRetention(retentionUntil: String)
    /// A value given in the file that differs from the one computed.
    case givenValueDiffers(computed: Int)
    /// A risk score given in the file that differs from the one computed.
    case givenScoreDiffers(computed: Int)
    /// A risk that cannot be scored because the named inputs are missing or invalid.
    case notScored(missing: String)
    /// A risk whose asset has no value.
    case assetHasNoValue(assetID: String)
    /// A risk above the acceptance threshold with no treatment.
    case untreatedRisk(score: Int, threshold: Int)
    /// A risk above the threshold accepted without an approver.
    case acceptedWithoutApprover(score: Int, threshold: Int)

    // MARK: Binder (SoA, suppliers, laws, internal audit)
    /// A reference shaped like a control that names no control of either Annex A edition.
    case unknownControl
    /// A cell that should say yes or no (適用/除外, あり/なし, ○/×).
    case notAYesNo
    /// An implementation status that is not 実施済, 一部実施, 計画中 or 未実施.
    case unknownImplementationStatus
    /// A control marked not applicable in the SoA while risks name it in their treatment.
    case excludedButReferenced(control: String, risks: String)
    /// A control excluded from the SoA without a reason (ISO/IEC 27001 6.1.3 d asks for one).
    case exclusionWithoutReason(control: String)
    /// A control that the SoA neither includes nor excludes, and that no risk names.
    case noApplicabilityDecision(control: String)
    /// Controls with no decision when no SoA file was given at all.
    case undecidedControls(count: Int)
    /// Two rows (2013 controls merged into one 2022 control) that decide a control differently.
    case conflictingDecisions(control: String, firstFile: String, firstRow: Int)
    /// A supplier whose security check is past its due date.
    case supplierCheckOverdue(due: String)
    /// A supplier with no security check on record.
    case supplierNotChecked
    /// An asset of high value entrusted to a supplier without an NDA or contract clause.
    case highValueAssetWithoutNDA(assetID: String, value: Int)
    /// An applicable law last reviewed more than a year before the generation date.
    case lawReviewOverdue(lastReviewed: String, date: String)
    /// An applicable law with no review date.
    case lawNotReviewed
    /// A law whose applicability is not decided.
    case lawApplicabilityUndecided
    /// A department in the audit's scope that every listed auditor belongs to.
    case noIndependentAuditor(department: String)

    // MARK: Recorded
    /// A message read back from a file written by an earlier run (a batch's diagnostics, merged).
    case recorded(code: String, japanese: String, english: String)

    // MARK: Writing
    /// A cell longer than Excel's limit, cut in the workbook.
    case cellTruncated(limit: Int, sheet: String, cell: String)
    /// A register longer than a sheet; it goes on in another sheet.
    case sheetContinued(sheet: String)

    /// A stable, machine-readable name.
    public var code: String {
        switch self {
        case .invalidBytes: "invalid-bytes"
        case .unterminatedQuote: "unterminated-quote"
        case .strayQuote: "stray-quote"
        case .textAfterClosingQuote: "text-after-quote"
        case .surplusCells: "surplus-cells"
        case .missingCells: "missing-cells"
        case .noHeader: "no-header"
        case .missingColumn: "missing-column"
        case .duplicateColumn: "duplicate-column"
        case .rowAboveHeader: "row-above-header"
        case .noDataRows: "no-data-rows"
        case .guessedEncoding: "guessed-encoding"
        case .formulaWithoutValue: "formula-without-value"
        case .nulBytes: "nul-bytes"
        case .mixedLineEnds: "mixed-line-ends"
        case .emptyFile: "empty-file"
        case .headerRepeated: "header-repeated"
        case .tooManyColumns: "too-many-columns"
        case .missingValue: "missing-value"
        case .missingRating: "missing-rating"
        case .duplicateID: "duplicate-id"
        case .unknownAsset: "unknown-asset"
        case .outOfRange: "out-of-range"
        case .notALevel: "not-a-level"
        case .scaleMismatch: "scale-mismatch"
        case .unparseableDate: "invalid-date"
        case .dateBeforeEra: "date-before-era"
        case .dateAfterEra: "date-after-era"
        case .unknownPersonalData: "unknown-personal-data"
        case .unknownTreatment: "unknown-treatment"
        case .notAControl: "not-a-control"
        case .unparseableRetention: "invalid-retention"
        case .retentionNeedsRecordedOn: "retention-without-recorded-on"
        case .recordedAfterRetention: "recorded-after-retention"
        case .givenValueDiffers: "value-differs"
        case .givenScoreDiffers: "score-differs"
        case .notScored: "not-scored"
        case .assetHasNoValue: "asset-without-value"
        case .untreatedRisk: "untreated-risk"
        case .acceptedWithoutApprover: "accepted-without-approver"
        case .unknownControl: "unknown-control"
        case .notAYesNo: "not-yes-no"
        case .unknownImplementationStatus: "unknown-implementation-status"
        case .excludedButReferenced: "excluded-but-referenced"
        case .exclusionWithoutReason: "exclusion-without-reason"
        case .noApplicabilityDecision: "no-applicability-decision"
        case .undecidedControls: "undecided-controls"
        case .conflictingDecisions: "conflicting-decisions"
        case .supplierCheckOverdue: "supplier-check-overdue"
        case .supplierNotChecked: "supplier-not-checked"
        case .highValueAssetWithoutNDA: "high-value-without-nda"
        case .lawReviewOverdue: "law-review-overdue"
        case .lawNotReviewed: "law-not-reviewed"
        case .lawApplicabilityUndecided: "law-applicability-undecided"
        case .noIndependentAuditor: "no-independent-auditor"
        case .cellTruncated: "cell-truncated"
        case .sheetContinued: "sheet-continued"
        case .recorded(let code, _, _): code
        }
    }

    /// The message in the given language.
    public func text(in language: Language) -> String {
        language == .japanese ? japanese : english
    }

    private var english: String {
        switch self {
        case .invalidBytes(let encoding): "bytes that are not valid \(encoding), shown as U+FFFD"
        case .unterminatedQuote: "quoted field never closed; the rest of the file was read into it"
        case .strayQuote: "quote inside an unquoted field, kept as text"
        case .textAfterClosingQuote: "text after a closing quote, kept"
        case .surplusCells(let count): "\(count) non-empty cell(s) to the right of the last header column"
        case .missingCells(let found, let expected): "row has \(found) cells, the header has \(expected); the rest are empty"
        case .noHeader(let searched): "no known column header in the first \(searched) rows; every column is kept as an extra column"
        case .missingColumn(let key, let names): "no column for '\(key)' (\(names))"
        case .duplicateColumn(let key): "second column for '\(key)', kept as an extra column"
        case .rowAboveHeader: "row above the header holds data and is not part of the register"
        case .noDataRows: "no data rows below the header"
        case .guessedEncoding(let encoding): "no byte-order mark; read as \(encoding)"
        case .formulaWithoutValue: "formula with no saved result, read as empty; open and save the file in Excel to calculate it"
        case .nulBytes: "NUL bytes in the cell, removed (is the file really text?)"
        case .mixedLineEnds: "records end with different line breaks (LF, CRLF, CR); the file may have been pasted together"
        case .emptyFile: "the file is empty: no header and no rows"
        case .headerRepeated: "the header row appears again here; skipped"
        case .tooManyColumns(let count, let kept): "\(count) extra columns, more than a sheet holds: the first \(kept) are in the workbook, all are in normalize output"
        case .missingValue: "required value is empty"
        case .missingRating: "rating is empty; the asset value uses the other ratings"
        case .duplicateID(let file, let row): "duplicate id, first used at \(file):\(row)"
        case .unknownAsset: "no asset with this id or name in the asset register"
        case .outOfRange(let min, let max): "value out of range \(min)–\(max)"
        case .notALevel(let min, let max): "not a level \(min)–\(max)"
        case .scaleMismatch(let scale, let expected): "level on a 1–\(scale) scale where 1–\(expected) is expected"
        case .unparseableDate: "not a date"
        case .dateBeforeEra(let era, let start): "date before the start of \(era) (\(start))"
        case .dateAfterEra(let era, let end, let read): "date after the end of \(era) (\(end)); read as \(read)"
        case .unknownPersonalData: "not a kind of personal data (none, personal, sensitive, my_number)"
        case .unknownTreatment: "not a treatment (reduce, avoid, transfer, accept)"
        case .notAControl: "not an Annex A control reference, kept as written"
        case .unparseableRetention: "retention is not a date, a period or permanent; kept as text"
        case .retentionNeedsRecordedOn: "retention period given without a recording date to count from"
        case .recordedAfterRetention(let until): "recorded after the end of retention (\(until))"
        case .givenValueDiffers(let computed): "value given in the file differs from the computed value \(computed)"
        case .givenScoreDiffers(let computed): "risk score given in the file differs from the computed score \(computed)"
        case .notScored(let missing): "risk not scored: \(missing)"
        case .assetHasNoValue(let id): "asset \(id) has no value (no C/I/A rating), so the risk is not scored"
        case .untreatedRisk(let score, let threshold): "risk score \(score) is above the acceptance threshold \(threshold) but has no treatment"
        case .acceptedWithoutApprover(let score, let threshold): "risk score \(score) above the threshold \(threshold) is accepted without an approver"
        case .unknownControl: "not a control of ISO/IEC 27001:2022 or 2013 Annex A"
        case .notAYesNo: "not a yes/no value (適用/除外, あり/なし, yes/no, ○/×)"
        case .unknownImplementationStatus: "not an implementation status (implemented, partial, planned, not implemented)"
        case .excludedButReferenced(let control, let risks): "\(control) is marked not applicable, but risks name it in their treatment: \(risks)"
        case .exclusionWithoutReason(let control): "\(control) is excluded without a reason"
        case .noApplicabilityDecision(let control): "\(control): no applicability decision, and no risk names it"
        case .undecidedControls(let count): "\(count) control(s) have no applicability decision and no risk names them; give --soa FILE to decide them"
        case .conflictingDecisions(let control, let file, let row): "\(control) is decided differently at \(file):\(row); read as applicable"
        case .supplierCheckOverdue(let due): "security check overdue since \(due)"
        case .supplierNotChecked: "no security check on record"
        case .highValueAssetWithoutNDA(let id, let value): "asset \(id) of value \(value) is entrusted without an NDA or contract clause"
        case .lawReviewOverdue(let last, let date): "last reviewed \(last), more than a year before \(date)"
        case .lawNotReviewed: "applicable law with no review date"
        case .lawApplicabilityUndecided: "applicability not decided (yes or no)"
        case .noIndependentAuditor(let department): "no auditor outside \(department): auditors may not audit their own department"
        case .cellTruncated(let limit, let sheet, let cell): "text longer than Excel's \(limit) characters, cut at \(sheet)!\(cell); the full text is in `normalize` output"
        case .sheetContinued(let sheet): "more rows than one sheet holds; continued on sheet '\(sheet)'"
        case .recorded(_, _, let english): english
        }
    }

    private var japanese: String {
        switch self {
        case .invalidBytes(let encoding): "\(encoding) として不正なバイトがあります（U+FFFD に置換）"
        case .unterminatedQuote: "引用符で始まるフィールドが閉じられていません（ファイルの残りを取り込みました）"
        case .strayQuote: "引用符で囲まれていないフィールドに引用符があります（文字として保持）"
        case .textAfterClosingQuote: "閉じ引用符の後に文字があります（保持）"
        case .surplusCells(let count): "見出しの最終列より右に空でないセルが \(count) 個あります"
        case .missingCells(let found, let expected): "セル数 \(found)、見出しは \(expected) 列です（不足分は空欄）"
        case .noHeader(let searched): "先頭 \(searched) 行に既知の見出しがありません（全列を追加列として保持）"
        case .missingColumn(let key, let names): "「\(key)」の列がありません（\(names)）"
        case .duplicateColumn(let key): "「\(key)」の列が重複しています（2 列目は追加列として保持）"
        case .rowAboveHeader: "見出し行より上の行にデータがあります（台帳には含めません）"
        case .noDataRows: "見出しの下にデータ行がありません"
        case .guessedEncoding(let encoding): "BOM がないため \(encoding) として読みました"
        case .formulaWithoutValue: "数式の計算結果が保存されていないため空欄として読みました（Excel で開いて保存すると計算されます）"
        case .nulBytes: "セルに NUL バイトがあります（削除しました。テキストファイルか確認してください）"
        case .mixedLineEnds: "行末の改行コードが混在しています（LF・CRLF・CR）。ファイルが継ぎ合わされた可能性があります"
        case .emptyFile: "ファイルが空です（見出しもデータもありません）"
        case .headerRepeated: "見出し行が再び現れました（読み飛ばしました）"
        case .tooManyColumns(let count, let kept): "追加列が \(count) 列あり、シートの上限を超えます。ワークブックには先頭 \(kept) 列を出力し、normalize の出力にはすべて含めます"
        case .missingValue: "必須項目が空欄です"
        case .missingRating: "評価値が空欄です（重要度は他の評価値から算出）"
        case .duplicateID(let file, let row): "ID が重複しています（最初の出現: \(file):\(row)）"
        case .unknownAsset: "情報資産管理台帳にこの ID・名称の資産がありません"
        case .outOfRange(let min, let max): "値が範囲 \(min)〜\(max) の外です"
        case .notALevel(let min, let max): "\(min)〜\(max) の段階値ではありません"
        case .scaleMismatch(let scale, let expected): "1〜\(scale) の尺度の値です（1〜\(expected) が必要）"
        case .unparseableDate: "日付として読めません"
        case .dateBeforeEra(let era, let start): "\(era)の開始（\(start)）より前の日付です"
        case .dateAfterEra(let era, let end, let read): "\(era)の終了（\(end)）より後の日付です（\(read) と解釈）"
        case .unknownPersonalData: "個人情報の種類（なし・個人情報・要配慮個人情報・特定個人情報）として読めません"
        case .unknownTreatment: "リスク対応（低減・回避・移転・受容）として読めません"
        case .notAControl: "附属書A の管理策番号ではありません（記載どおり保持）"
        case .unparseableRetention: "保管期間が日付・期間・永年のいずれでもありません（文字として保持）"
        case .retentionNeedsRecordedOn: "保管期間の起算日（記入日）がありません"
        case .recordedAfterRetention(let until): "記入日が保管期限（\(until)）より後です"
        case .givenValueDiffers(let computed): "記載の重要度が算出値 \(computed) と異なります"
        case .givenScoreDiffers(let computed): "記載のリスク値が算出値 \(computed) と異なります"
        case .notScored(let missing): "リスク値を算出できません: \(missing)"
        case .assetHasNoValue(let id): "資産 \(id) に重要度（C/I/A 評価）がないため、リスク値を算出できません"
        case .untreatedRisk(let score, let threshold): "リスク値 \(score) が受容基準 \(threshold) を超えていますが、リスク対応がありません"
        case .acceptedWithoutApprover(let score, let threshold): "受容基準 \(threshold) を超えるリスク値 \(score) を承認者なしで受容しています"
        case .unknownControl: "ISO/IEC 27001:2022・2013 附属書A の管理策ではありません"
        case .notAYesNo: "はい・いいえ（適用/除外、あり/なし、○/×）として読めません"
        case .unknownImplementationStatus: "実施状況（実施済・一部実施・計画中・未実施）として読めません"
        case .excludedButReferenced(let control, let risks): "\(control) は適用除外ですが、リスク対応で参照されています: \(risks)"
        case .exclusionWithoutReason(let control): "\(control) の除外理由がありません"
        case .noApplicabilityDecision(let control): "\(control): 適用・除外の判断がなく、参照するリスクもありません"
        case .undecidedControls(let count): "\(count) 件の管理策に適用・除外の判断がなく、参照するリスクもありません（--soa で判断を指定してください）"
        case .conflictingDecisions(let control, let file, let row): "\(control) の適用判断が \(file):\(row) と異なります（適用として扱いました）"
        case .supplierCheckOverdue(let due): "セキュリティ確認の期限（\(due)）を過ぎています"
        case .supplierNotChecked: "セキュリティ確認の記録がありません"
        case .highValueAssetWithoutNDA(let id, let value): "重要度 \(value) の資産 \(id) を秘密保持契約・契約条項なしで委託しています"
        case .lawReviewOverdue(let last, let date): "最終確認日 \(last) が \(date) の 1 年以上前です"
        case .lawNotReviewed: "適用される法令の確認日がありません"
        case .lawApplicabilityUndecided: "適用の有無が未記入です"
        case .noIndependentAuditor(let department): "\(department) 以外の監査員がいません（監査員は自部署を監査できません）"
        case .cellTruncated(let limit, let sheet, let cell): "Excel の上限 \(limit) 文字を超えるため \(sheet)!\(cell) で切り詰めました（全文は normalize 出力にあります）"
        case .sheetContinued(let sheet): "1 シートの行数上限を超えたため、シート「\(sheet)」に続きます"
        case .recorded(_, let japanese, _): japanese
        }
    }
}
