// Problems with the values of the asset and risk registers.
extension DiagnosticMessage {
    /// A required field is empty.
    public static let missingValue = DiagnosticMessage(
        code: "missing-value",
        japanese: "必須項目が空欄です",
        english: "required value is empty")

    /// A C/I/A rating is empty.
    public static let missingRating = DiagnosticMessage(
        code: "missing-rating",
        japanese: "評価値が空欄です（重要度は他の評価値から算出）",
        english: "rating is empty; the asset value uses the other ratings")

    /// The same id is used twice in the register.
    public static func duplicateID(firstFile: String, firstRow: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "duplicate-id",
            japanese: "ID が重複しています（最初の出現: \(firstFile):\(firstRow)）",
            english: "duplicate id, first used at \(firstFile):\(firstRow)")
    }

    /// A risk names an asset that is not in the asset register.
    public static let unknownAsset = DiagnosticMessage(
        code: "unknown-asset",
        japanese: "情報資産管理台帳にこの ID・名称の資産がありません",
        english: "no asset with this id or name in the asset register")

    /// A number outside the allowed range.
    public static func outOfRange(min: Int, max: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "out-of-range",
            japanese: "値が範囲 \(min)〜\(max) の外です",
            english: "value out of range \(min)–\(max)")
    }

    /// A value that is not a level.
    public static func notALevel(min: Int, max: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "not-a-level",
            japanese: "\(min)〜\(max) の段階値ではありません",
            english: "not a level \(min)–\(max)")
    }

    /// A level written on another scale (`8/10` where 1–3 is expected).
    public static func scaleMismatch(scale: Int, expected: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "scale-mismatch",
            japanese: "1〜\(scale) の尺度の値です（1〜\(expected) が必要）",
            english: "level on a 1–\(scale) scale where 1–\(expected) is expected")
    }

    /// A value that is not a date.
    public static let unparseableDate = DiagnosticMessage(
        code: "invalid-date",
        japanese: "日付として読めません",
        english: "not a date")

    /// A Japanese-era date before the era began.
    public static func dateBeforeEra(era: String, start: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "date-before-era",
            japanese: "\(era)の開始（\(start)）より前の日付です",
            english: "date before the start of \(era) (\(start))")
    }

    /// A Japanese-era date after the era ended (read anyway).
    public static func dateAfterEra(era: String, end: String, read: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "date-after-era",
            japanese: "\(era)の終了（\(end)）より後の日付です（\(read) と解釈）",
            english: "date after the end of \(era) (\(end)); read as \(read)")
    }

    /// A personal-data value that is not one of the known kinds.
    public static let unknownPersonalData = DiagnosticMessage(
        code: "unknown-personal-data",
        japanese: "個人情報の種類（なし・個人情報・要配慮個人情報・特定個人情報）として読めません",
        english: "not a kind of personal data (none, personal, sensitive, my_number)")

    /// A treatment that is not reduce, avoid, transfer or accept.
    public static let unknownTreatment = DiagnosticMessage(
        code: "unknown-treatment",
        japanese: "リスク対応（低減・回避・移転・受容）として読めません",
        english: "not a treatment (reduce, avoid, transfer, accept)")

    /// A token in a controls list that is not an Annex A reference.
    public static let notAControl = DiagnosticMessage(
        code: "not-a-control",
        japanese: "附属書A の管理策番号ではありません（記載どおり保持）",
        english: "not an Annex A control reference, kept as written")

    /// A retention that is neither a date, a period nor permanent.
    public static let unparseableRetention = DiagnosticMessage(
        code: "invalid-retention",
        japanese: "保管期間が日付・期間・永年のいずれでもありません（文字として保持）",
        english: "retention is not a date, a period or permanent; kept as text")

    /// A retention period with no recording date to count from.
    public static let retentionNeedsRecordedOn = DiagnosticMessage(
        code: "retention-without-recorded-on",
        japanese: "保管期間の起算日（記入日）がありません",
        english: "retention period given without a recording date to count from")

    /// A recording date after the end of retention.
    public static func recordedAfterRetention(retentionUntil: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "recorded-after-retention",
            japanese: "記入日が保管期限（\(retentionUntil)）より後です",
            english: "recorded after the end of retention (\(retentionUntil))")
    }

    /// A value given in the file that differs from the one computed.
    public static func givenValueDiffers(computed: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "value-differs",
            japanese: "記載の重要度が算出値 \(computed) と異なります",
            english: "value given in the file differs from the computed value \(computed)")
    }

    /// A risk score given in the file that differs from the one computed.
    public static func givenScoreDiffers(computed: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "score-differs",
            japanese: "記載のリスク値が算出値 \(computed) と異なります",
            english: "risk score given in the file differs from the computed score \(computed)")
    }

    /// A risk that cannot be scored because the named inputs are missing or invalid.
    public static func notScored(missing: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "not-scored",
            japanese: "リスク値を算出できません: \(missing)",
            english: "risk not scored: \(missing)")
    }

    /// A risk whose asset has no value.
    public static func assetHasNoValue(assetID: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "asset-without-value",
            japanese: "資産 \(assetID) に重要度（C/I/A 評価）がないため、リスク値を算出できません",
            english: "asset \(assetID) has no value (no C/I/A rating), so the risk is not scored")
    }

    /// A risk above the acceptance threshold with no treatment.
    public static func untreatedRisk(score: Int, threshold: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "untreated-risk",
            japanese: "リスク値 \(score) が受容基準 \(threshold) を超えていますが、リスク対応がありません",
            english: "risk score \(score) is above the acceptance threshold \(threshold) but has no treatment")
    }

    /// A risk above the threshold accepted without an approver.
    public static func acceptedWithoutApprover(score: Int, threshold: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "accepted-without-approver",
            japanese: "受容基準 \(threshold) を超えるリスク値 \(score) を承認者なしで受容しています",
            english: "risk score \(score) above the threshold \(threshold) is accepted without an approver")
    }
}
