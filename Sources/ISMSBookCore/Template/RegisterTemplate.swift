/// The columns of the fill-in template departments are handed (`ismsbook template`): headers
/// that ismsbook reads back, what each column means, and what it allows, from the registers'
/// schemas.
///
/// Handing every department one prescribed format is the usual advice for consolidating
/// registers; the headers here are among the ones the schema accepts, so a filled template reads
/// back exactly like the same data typed into a CSV.
public enum RegisterTemplate {
    /// One column of a template sheet.
    public struct Column: Sendable {
        /// The header.
        public var header: LocalizedText
        /// What the column is for and what it allows.
        public var entry: EntryColumn

        /// The header in a language.
        public func header(in language: Language) -> String { header.text(in: language) }
        /// The help text in a language.
        public func help(in language: Language) -> String { entry.help.text(in: language) }
        /// What the column allows.
        public var allowed: EntryColumn.Allowed { entry.allowed }
        /// The example values for the instructions sheet's sample rows.
        public var examples: [LocalizedText] { entry.examples }
    }

    /// The columns a department fills in for a register, with the rating columns of the
    /// profile's method, in the schema's order.
    public static func columns<Field: SchemaField>(_ field: Field.Type, profile: ScoringProfile) -> [Column] {
        let schema = Field.schema
        return schema.entryFields(for: profile).compactMap { field in
            let descriptor = schema[field]
            guard let entry = descriptor.entry?(profile) else { return nil }
            return Column(header: entry.header ?? descriptor.title, entry: entry)
        }
    }

    /// The asset register's columns.
    public static func assetColumns(profile: ScoringProfile) -> [Column] { columns(AssetField.self, profile: profile) }

    /// The risk register's columns.
    public static func riskColumns(profile: ScoringProfile) -> [Column] { columns(RiskField.self, profile: profile) }
}
