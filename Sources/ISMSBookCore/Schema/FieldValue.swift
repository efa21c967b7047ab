/// The value of one field of a record, as `normalize` writes it, a batch keeps it and `merge`
/// reads it back, and as a sheet shows it.
public enum FieldValue: Sendable, Equatable {
    /// Text, or nothing.
    case text(String?)
    /// A whole number, or nothing.
    case integer(Int?)
    /// A day, or nothing: `YYYY-MM-DD` in JSON and CSV, an Excel date in a workbook.
    case date(CalendarDate?)
    /// Yes or no, or nothing.
    case flag(Bool?)
    /// A list of texts (the controls a risk names).
    case list([String])
}
