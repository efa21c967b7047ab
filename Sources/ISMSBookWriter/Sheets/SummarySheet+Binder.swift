import ISMSBookCore

extension SummarySheet {
    /// The register a file holds, as the input table names it.
    static func label(_ kind: RegisterKind, _ context: SheetContext) -> String {
        switch kind {
        case .assets: context.text("情報資産", "Assets")
        case .risks: context.text("リスク", "Risks")
        case .soa: context.text("適用宣言書", "SoA")
        case .suppliers: context.text("委託先", "Suppliers")
        case .laws: context.text("法令", "Laws")
        case .auditors: context.text("内部監査員", "Auditors")
        }
    }

    /// The binder's totals under the register counts: the SoA by theme, the suppliers' and the
    /// laws' status, the checklist's size. Returns the next free row.
    func binderStatus(_ binder: BinderReport, at startRow: Int) throws -> Int {
        let t = context.text
        var row = startRow
        if let soa = binder.soa {
            row = try soaTable(soa, at: row)
        }
        if let status = binder.supplierStatus {
            let entries = [
                (t("委託先", "Suppliers"), status.suppliers),
                (t("確認期限超過", "Check overdue"), status.overdue),
                (t("未確認", "Never checked"), status.neverChecked),
                (t("重要資産を NDA なしで委託", "High-value assets without NDA"), status.highValueWithoutNDA),
                (t("台帳にない資産を記載", "Naming unknown assets"), status.withUnknownAssets),
            ]
            row = try counts(t("委託先管理", "Suppliers"), entries, at: row).next
        }
        if let status = binder.lawStatus {
            let entries = [
                (t("法令", "Laws"), status.laws), (t("該当", "Applicable"), status.applicable),
                (t("非該当", "Not applicable"), status.notApplicable), (t("適用未決定", "Undecided"), status.undecided),
                (t("1 年以内に確認済", "Reviewed within a year"), status.reviewedInTime),
                (t("確認期限超過", "Review overdue"), status.reviewOverdue), (t("未確認", "Never reviewed"), status.notReviewed),
            ]
            row = try counts(t("法令の確認状況", "Legal review"), entries, at: row).next
        }
        if let checklist = binder.checklist {
            let unassigned = checklist.hasAuditorList ? checklist.departments.filter { $0.auditor == nil }.count : 0
            let entries = [
                (t("対象部署", "Departments"), checklist.departments.count), (t("対象管理策", "Controls"), checklist.controls.count),
                (t("チェック項目", "Lines"), checklist.lineCount), (t("監査員を割当できない部署", "Departments without auditor"), unassigned),
            ]
            row = try counts(t("内部監査チェックリスト", "Audit checklist"), entries, at: row).next
        }
        return row
    }

    /// The SoA's counts per theme and in all: controls, applicable, excluded, undecided, implemented.
    private func soaTable(_ soa: StatementOfApplicability, at startRow: Int) throws -> Int {
        let t = context.text
        let headers = [t("適用宣言書", "Statement of Applicability"), t("管理策", "Controls"), t("適用", "Applicable"),
                       t("除外", "Excluded"), t("未決定", "Undecided"), t("実施済", "Implemented")]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: startRow, column: column, style: column == 0 ? .header : CellStyle.header.centered)
        }
        var row = startRow + 1
        let lines = AnnexAControl.Theme.allCases.map { ("A.\($0.rawValue) " + ThemeLabel.label($0, context), soa.counts(in: $0)) }
            + [(t("計", "Total"), soa.counts())]
        for (label, counts) in lines {
            try sheet.write(label, row: row, column: 0, style: CellStyle.text.bordered)
            let values = [counts.controls, counts.applicable, counts.excluded, counts.undecided, counts.implemented]
            for (offset, value) in values.enumerated() {
                var style = CellStyle.integer.bordered.centered
                if offset == 3 && value > 0 { style = style.markedAsWarning }
                try sheet.write(Double(value), row: row, column: 1 + offset, style: style)
            }
            row += 1
        }
        return row + 1
    }
}
