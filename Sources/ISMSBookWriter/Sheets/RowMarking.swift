import ISMSBookCore

/// How a record's diagnostics show on its row: a status cell, the messages, and marked cells.
struct RowMarking {
    let diagnostics: [Diagnostic]
    let context: SheetContext

    /// The worst severity per field.
    var marks: [FieldKey: StyledCell.Mark] {
        var marks: [FieldKey: StyledCell.Mark] = [:]
        for diagnostic in diagnostics {
            guard let field = diagnostic.field else { continue }
            if diagnostic.severity == .error {
                marks[field] = .error
            } else if marks[field] == nil {
                marks[field] = .warning
            }
        }
        return marks
    }

    /// エラー / 警告 / OK, coloured.
    var statusCell: StyledCell {
        if diagnostics.contains(where: { $0.severity == .error }) {
            return StyledCell(.text(context.text("エラー", "Error")), mark: .error)
        }
        if !diagnostics.isEmpty { return StyledCell(.text(context.text("警告", "Warning")), mark: .warning) }
        return StyledCell(.text("OK"))
    }

    /// Every message of the row, one per line.
    var messagesCell: StyledCell {
        StyledCell(.text(diagnostics.map { $0.text(in: context.language) }.joined(separator: "\n")))
    }

    /// The status and messages columns' titles.
    static func columns(_ context: SheetContext) -> [TableColumn] {
        [TableColumn(context.text("判定", "Check")), TableColumn(context.text("指摘事項", "Findings"), .longText)]
    }
}

extension Array where Element == ExtraCell {
    /// The extra cells laid out over the workbook's extra columns (the union over all files).
    func aligned(to columns: [String]) -> [StyledCell] {
        var byHeader: [String: String] = [:]
        for cell in self where byHeader[cell.header] == nil { byHeader[cell.header] = cell.text }
        return columns.map { StyledCell(.text(byHeader[$0] ?? "")) }
    }
}
