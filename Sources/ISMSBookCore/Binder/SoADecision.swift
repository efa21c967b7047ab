/// What a SoA file decides about one 2022 control, from one row or from several 2013 rows that
/// the 2022 edition merged into it.
struct SoADecision: Sendable {
    /// Whether the control applies; `nil` when no row says.
    var applicable: Bool?
    /// The applicability cell (or the row) that decided, for the messages about the decision.
    var applicableLocation: SourceLocation
    /// The applicability cell as written.
    var applicableText: String?
    /// The justification cell (or the row), for a missing reason.
    var justificationLocation: SourceLocation
    /// Why it is included or excluded.
    var justification: String?
    /// The weakest implementation status of the rows.
    var implementation: ImplementationStatus?
    /// Where the evidence is.
    var evidence: String?
    /// Who is responsible.
    var owner: String?
    /// Free notes.
    var notes: String?
    /// The rows that decided it.
    var sources: [RowSource]
    /// The ids the rows cite when they are not the 2022 id (`A.12.3.1`).
    var citedAs: [String]
    /// Whether a row cites the 2022 id itself.
    var isCitedDirectly: Bool
    /// The first row's own columns.
    var extras: [ExtraCell]
    /// The rows' problems, as recorded.
    var diagnostics: [Diagnostic]
    /// The original text of each cell that could not be read.
    var invalidCells: [SoAField: String]

    /// Folds another row deciding the same control into this one: a control is applicable when any
    /// row says so (the cautious reading of a conflict, which is reported), texts are joined, and
    /// the implementation status is the weakest.
    mutating func merge(_ other: SoADecision) {
        switch (applicable, other.applicable) {
        case (nil, .some):
            applicable = other.applicable
            applicableLocation = other.applicableLocation
            applicableText = other.applicableText
        case (false?, true?):
            applicable = true
            applicableLocation = other.applicableLocation
            applicableText = other.applicableText
        default: break
        }
        justification = Self.joined(justification, other.justification)
        evidence = Self.joined(evidence, other.evidence)
        owner = Self.joined(owner, other.owner)
        notes = Self.joined(notes, other.notes)
        if justification == nil || justification == other.justification { justificationLocation = other.justificationLocation }
        switch (implementation, other.implementation) {
        case (let mine?, let theirs?): implementation = min(mine, theirs)
        case (nil, let theirs): implementation = theirs
        default: break
        }
        sources += other.sources
        citedAs += other.citedAs.filter { !citedAs.contains($0) }
        isCitedDirectly = isCitedDirectly || other.isCitedDirectly
        diagnostics += other.diagnostics
        for (field, text) in other.invalidCells where invalidCells[field] == nil { invalidCells[field] = text }
    }

    /// Two texts on separate lines; one when they are the same.
    private static func joined(_ first: String?, _ second: String?) -> String? {
        guard let first else { return second }
        guard let second, second != first else { return first }
        return first + "\n" + second
    }
}
