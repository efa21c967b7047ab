/// How a field's cell becomes part of a record.
public enum FieldReading<Record>: Sendable {
    /// The cell's text after NFKC and trimming, stored as it is; read for every row by
    /// ``RowCells/readTexts(into:)``, so a new text column needs nothing but its schema entry.
    case text(any WritableKeyPath<Record, String?> & Sendable)
    /// Read by the register's row normaliser, because its checks or its value depend on other
    /// fields (ratings, dates, the asset a risk names).
    case rule
    /// Computed by ismsbook, never read from a file; the field's key is no header.
    case computed
}
