// Problems found while reading a file: its bytes, its quoting, its header.
extension DiagnosticMessage {
    /// Bytes that are not valid in the file's encoding; they were replaced with U+FFFD.
    public static func invalidBytes(encoding: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "invalid-bytes",
            japanese: "\(encoding) として不正なバイトがあります（U+FFFD に置換）",
            english: "bytes that are not valid \(encoding), shown as U+FFFD")
    }

    /// A quoted field that never ends.
    public static let unterminatedQuote = DiagnosticMessage(
        code: "unterminated-quote",
        japanese: "引用符で始まるフィールドが閉じられていません（ファイルの残りを取り込みました）",
        english: "quoted field never closed; the rest of the file was read into it")

    /// A `"` inside a field that did not start with one; kept as text.
    public static let strayQuote = DiagnosticMessage(
        code: "stray-quote",
        japanese: "引用符で囲まれていないフィールドに引用符があります（文字として保持）",
        english: "quote inside an unquoted field, kept as text")

    /// Text between a closing quote and the next delimiter; kept as text.
    public static let textAfterClosingQuote = DiagnosticMessage(
        code: "text-after-quote",
        japanese: "閉じ引用符の後に文字があります（保持）",
        english: "text after a closing quote, kept")

    /// Non-empty cells to the right of the last header column.
    public static func surplusCells(count: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "surplus-cells",
            japanese: "見出しの最終列より右に空でないセルが \(count) 個あります",
            english: "\(count) non-empty cell(s) to the right of the last header column")
    }

    /// A row with fewer cells than the header.
    public static func missingCells(found: Int, expected: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "missing-cells",
            japanese: "セル数 \(found)、見出しは \(expected) 列です（不足分は空欄）",
            english: "row has \(found) cells, the header has \(expected); the rest are empty")
    }

    /// No row in the first rows of the file looks like a header.
    public static func noHeader(searched: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "no-header",
            japanese: "先頭 \(searched) 行に既知の見出しがありません（全列を追加列として保持）",
            english: "no known column header in the first \(searched) rows; every column is kept as an extra column")
    }

    /// A register without a column that the register needs.
    public static func missingColumn(key: String, names: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "missing-column",
            japanese: "「\(key)」の列がありません（\(names)）",
            english: "no column for '\(key)' (\(names))")
    }

    /// Two columns for the same field; the second is kept as an extra column.
    public static func duplicateColumn(key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "duplicate-column",
            japanese: "「\(key)」の列が重複しています（2 列目は追加列として保持）",
            english: "second column for '\(key)', kept as an extra column")
    }

    /// A row above the header that holds data; it is not part of the register.
    public static let rowAboveHeader = DiagnosticMessage(
        code: "row-above-header",
        japanese: "見出し行より上の行にデータがあります（台帳には含めません）",
        english: "row above the header holds data and is not part of the register")

    /// A file with a header but no data rows.
    public static let noDataRows = DiagnosticMessage(
        code: "no-data-rows",
        japanese: "見出しの下にデータ行がありません",
        english: "no data rows below the header")

    /// An encoding guessed from bytes that had no BOM.
    public static func guessedEncoding(encoding: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "guessed-encoding",
            japanese: "BOM がないため \(encoding) として読みました",
            english: "no byte-order mark; read as \(encoding)")
    }

    /// NUL bytes in a cell, removed.
    public static let nulBytes = DiagnosticMessage(
        code: "nul-bytes",
        japanese: "セルに NUL バイトがあります（削除しました。テキストファイルか確認してください）",
        english: "NUL bytes in the cell, removed (is the file really text?)")

    /// Records end with different line breaks.
    public static let mixedLineEnds = DiagnosticMessage(
        code: "mixed-line-ends",
        japanese: "行末の改行コードが混在しています（LF・CRLF・CR）。ファイルが継ぎ合わされた可能性があります",
        english: "records end with different line breaks (LF, CRLF, CR); the file may have been pasted together")

    /// An empty file (or one with only a byte-order mark).
    public static let emptyFile = DiagnosticMessage(
        code: "empty-file",
        japanese: "ファイルが空です（見出しもデータもありません）",
        english: "the file is empty: no header and no rows")

    /// The header row again, below the header; skipped.
    public static let headerRepeated = DiagnosticMessage(
        code: "header-repeated",
        japanese: "見出し行が再び現れました（読み飛ばしました）",
        english: "the header row appears again here; skipped")

    /// More columns than a sheet holds.
    public static func tooManyColumns(count: Int, kept: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "too-many-columns",
            japanese: "追加列が \(count) 列あり、シートの上限を超えます。ワークブックには先頭 \(kept) 列を出力し、normalize の出力にはすべて含めます",
            english: "\(count) extra columns, more than a sheet holds: the first \(kept) are in the workbook, all are in normalize output")
    }

    /// A workbook cell with a formula but no saved result (written by a program that does not calculate).
    public static let formulaWithoutValue = DiagnosticMessage(
        code: "formula-without-value",
        japanese: "数式の計算結果が保存されていないため空欄として読みました（Excel で開いて保存すると計算されます）",
        english: "formula with no saved result, read as empty; open and save the file in Excel to calculate it")
}
