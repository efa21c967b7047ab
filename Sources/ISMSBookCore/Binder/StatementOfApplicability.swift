/// The Statement of Applicability (適用宣言書): every control of ISO/IEC 27001:2022 Annex A, whether
/// it applies and why, the risks that call for it, and how far it is implemented.
///
/// Built by ``SoABuilder`` from the decisions of a SoA file and the controls the risk register
/// names; always all 93 controls, in catalogue order.
public struct StatementOfApplicability: Sendable {
    /// Whether a control is part of the ISMS.
    public enum Applicability: String, Sendable, CaseIterable {
        /// 適用: included, by decision or because a risk's treatment names it.
        case applicable
        /// 除外: excluded, by decision.
        case excluded
        /// 未決定: neither decided nor named by a risk.
        case undecided

        /// The Japanese term.
        public var japanese: String {
            switch self {
            case .applicable: "適用"
            case .excluded: "除外"
            case .undecided: "未決定"
            }
        }

        /// The English term.
        public var english: String {
            switch self {
            case .applicable: "Applicable"
            case .excluded: "Excluded"
            case .undecided: "Undecided"
            }
        }

        /// The term in a language.
        public func label(in language: Language) -> String { language.pick(japanese, english) }
    }

    /// One control's line.
    public struct Row: Sendable {
        /// The control.
        public var control: AnnexAControl
        /// Whether it applies.
        public var applicability: Applicability
        /// Whether it applies only because risks name it (the SoA file does not decide it).
        public var isImpliedByRisks = false
        /// The reason as the SoA file gives it.
        public var justification: String?
        /// The first ``ControlReferences/listedLimit`` risks naming it (ids, or `file:row`).
        public var riskIDs: [String] = []
        /// How many risks name it.
        public var riskCount = 0
        /// How far it is implemented.
        public var implementation: ImplementationStatus?
        /// Where the evidence is.
        public var evidence: String?
        /// Who is responsible.
        public var owner: String?
        /// Free notes.
        public var notes: String?
        /// The SoA rows that decided it.
        public var sources: [RowSource] = []
        /// The 2013 ids those rows cite, when they cite the old edition.
        public var citedAs: [String] = []
        /// The SoA rows' own columns.
        public var extras: [ExtraCell] = []
        /// The original text of each cell that could not be read.
        public var invalidCells: [SoAField: String] = [:]
        /// Its problems, as recorded.
        public var diagnostics: [Diagnostic] = []

        /// Creates a row for a control.
        public init(control: AnnexAControl, applicability: Applicability) {
            self.control = control
            self.applicability = applicability
        }
    }

    /// Totals over a set of controls.
    public struct Counts: Sendable, Equatable {
        /// Controls counted.
        public var controls = 0
        /// Applicable controls.
        public var applicable = 0
        /// Excluded controls.
        public var excluded = 0
        /// Controls with no decision.
        public var undecided = 0
        /// Applicable controls that are implemented.
        public var implemented = 0
        /// Controls named by at least one risk.
        public var namedByRisks = 0
        /// Controls with an error (excluded while risks name them, and the like).
        public var withErrors = 0

        /// No controls.
        public init() {}

        mutating func add(_ row: Row) {
            controls += 1
            switch row.applicability {
            case .applicable: applicable += 1
            case .excluded: excluded += 1
            case .undecided: undecided += 1
            }
            if row.applicability == .applicable && row.implementation == .implemented { implemented += 1 }
            if row.riskCount > 0 { namedByRisks += 1 }
            if row.diagnostics.contains(where: { $0.severity == .error }) { withErrors += 1 }
        }
    }

    /// All 93 controls, in catalogue order (theme 5, 6, 7, 8).
    public var rows: [Row]
    /// The SoA file, when one was given.
    public var file: String?
    /// The SoA file's own columns (the union over its rows), in file order.
    public var extraColumns: [String]

    /// Creates a statement.
    public init(rows: [Row], file: String?, extraColumns: [String]) {
        self.rows = rows
        self.file = file
        self.extraColumns = extraColumns
    }

    /// The totals of one theme, or of all controls when `theme` is `nil`.
    public func counts(in theme: AnnexAControl.Theme? = nil) -> Counts {
        var counts = Counts()
        for row in rows where theme == nil || row.control.theme == theme { counts.add(row) }
        return counts
    }

    /// The applicable controls, in catalogue order: what the internal audit checks.
    public var applicableRows: [Row] { rows.filter { $0.applicability == .applicable } }
}
