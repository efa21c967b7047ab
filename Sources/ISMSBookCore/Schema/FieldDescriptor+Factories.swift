// The usual kinds of field, each stored in one property of the record.
extension FieldDescriptor {
    /// Text kept as written (after NFKC and trimming), read for every row.
    public static func text(
        _ path: any WritableKeyPath<Record, String?> & Sendable, headers: [String], title: LocalizedText, kind: FieldKind = .text,
        reading: FieldReading<Record>? = nil, entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil
    ) -> FieldDescriptor {
        FieldDescriptor(
            headers: headers, title: title, kind: kind, reading: reading ?? (headers.isEmpty ? .computed : .text(path)),
            value: { .text($0[keyPath: path]) },
            restore: { record, value, _ in record[keyPath: path] = try value.text() }, entry: entry)
    }

    /// A whole number, read by the register's rules (a rating) or computed (a value, a score).
    public static func integer(
        _ path: any WritableKeyPath<Record, Int?> & Sendable, headers: [String], title: LocalizedText,
        presence: Presence = .always, entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil, methods: Set<ScoringMethod>? = nil
    ) -> FieldDescriptor {
        FieldDescriptor(
            headers: headers, title: title, kind: .integer, reading: headers.isEmpty ? .computed : .rule, presence: presence,
            value: { .integer($0[keyPath: path]) },
            restore: { record, value, _ in record[keyPath: path] = try value.integer() }, entry: entry, methods: methods)
    }

    /// A level on a scale of the profile (a threat or vulnerability level), read by the rules.
    public static func level(
        _ path: any WritableKeyPath<Record, Level?> & Sendable, scale: any KeyPath<ScoringProfile, Int> & Sendable, headers: [String],
        title: LocalizedText, entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil, methods: Set<ScoringMethod>? = nil
    ) -> FieldDescriptor {
        FieldDescriptor(
            headers: headers, title: title, kind: .integer, reading: .rule,
            value: { .integer($0[keyPath: path]?.value) },
            restore: { record, value, profile in record[keyPath: path] = try value.integer().map { Level($0, of: profile[keyPath: scale]) } },
            entry: entry, methods: methods)
    }

    /// A day, read by the rules (an unreadable date is an error) or computed.
    public static func date(
        _ path: any WritableKeyPath<Record, CalendarDate?> & Sendable, headers: [String], title: LocalizedText,
        entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil
    ) -> FieldDescriptor {
        FieldDescriptor(
            headers: headers, title: title, kind: .date, reading: headers.isEmpty ? .computed : .rule,
            value: { .date($0[keyPath: path]) },
            restore: { record, value, _ in record[keyPath: path] = try value.date() }, entry: entry)
    }

    /// One word of a closed vocabulary, kept by its raw value (`reduce`) and shown by its label in
    /// the workbook's language (低減 / reduce).
    public static func choice<Choice: RawRepresentable<String> & Sendable>(
        _ path: any WritableKeyPath<Record, Choice?> & Sendable, headers: [String], title: LocalizedText, label: @escaping @Sendable (Choice) -> LocalizedText,
        what: String, entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil
    ) -> FieldDescriptor {
        FieldDescriptor(
            headers: headers, title: title, kind: .text, reading: .rule,
            value: { .text($0[keyPath: path]?.rawValue) },
            restore: { record, value, _ in
                let choice = try value.text().map { raw in
                    guard let choice = Choice(rawValue: raw) else { throw FieldValueError("not \(what): \"\(raw)\"") }
                    return choice
                }
                record[keyPath: path] = choice
            },
            display: { record, language in .text(record[keyPath: path].map { label($0).text(in: language) }) }, entry: entry)
    }
}

extension FieldValue {
    /// The text of a text value.
    func text() throws -> String? {
        guard case .text(let text) = self else { throw FieldValueError("expected text") }
        return text
    }

    /// The number of a whole-number value.
    func integer() throws -> Int? {
        guard case .integer(let number) = self else { throw FieldValueError("expected a whole number") }
        return number
    }

    /// The day of a date value.
    func date() throws -> CalendarDate? {
        guard case .date(let date) = self else { throw FieldValueError("expected a date") }
        return date
    }

    /// The answer of a yes/no value.
    func flag() throws -> Bool? {
        guard case .flag(let flag) = self else { throw FieldValueError("expected true or false") }
        return flag
    }

    /// The texts of a list.
    func list() throws -> [String] {
        guard case .list(let list) = self else { throw FieldValueError("expected a list") }
        return list
    }
}
