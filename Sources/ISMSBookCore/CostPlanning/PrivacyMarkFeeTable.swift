/// A version of JIPDEC's Privacy Mark fee table: for a new application and for a renewal, by size
/// class, each split into 申請料, 審査料 and 付与登録料 (yen, consumption tax included).
///
/// Tables are kept as versioned data because the 8 % tax figures still circulate in quotes and
/// articles; a plan names the version it uses, or overrides the fees of its size class.
public struct PrivacyMarkFeeTable: Sendable, Equatable {
    /// The fees of one application.
    public struct Fees: Sendable, Equatable {
        /// 申請料: due on application, whatever the outcome.
        public var application: Int
        /// 審査料: document review and on-site audit (travel is charged apart).
        public var examination: Int
        /// 付与登録料: due when the mark is granted.
        public var registration: Int

        /// Creates fees.
        public init(application: Int, examination: Int, registration: Int) {
            self.application = application
            self.examination = examination
            self.registration = registration
        }

        /// 合計.
        public var total: Int { application + examination + registration }
    }

    /// The version's name, e.g. `2019-10`.
    public var id: String
    /// Where the figures come from.
    public var source: String
    /// New applications (新規) by size class.
    public var new: [PrivacyMarkSize: Fees]
    /// Renewals (更新) by size class.
    public var renewal: [PrivacyMarkSize: Fees]

    /// The fees of an event for a size class (zero for ISMS events).
    public func fees(for event: AuditEvent, size: PrivacyMarkSize) -> Fees {
        let zero = Fees(application: 0, examination: 0, registration: 0)
        switch event {
        case .pmarkApplication: return new[size] ?? zero
        case .pmarkRenewal: return renewal[size] ?? zero
        default: return zero
        }
    }

    /// Applied from 2019-10-01, with 10 % consumption tax: the current table.
    public static let tax10 = PrivacyMarkFeeTable(
        id: "2019-10",
        source: "JIPDEC 料金表 (2019年10月1日適用, 消費税10%込) https://privacymark.jp/p-application/cost/index.html",
        new: [
            .small: Fees(application: 52_382, examination: 209_524, registration: 52_382),
            .medium: Fees(application: 52_382, examination: 471_429, registration: 104_762),
            .large: Fees(application: 52_382, examination: 995_238, registration: 209_524),
        ],
        renewal: [
            .small: Fees(application: 52_382, examination: 125_714, registration: 52_382),
            .medium: Fees(application: 52_382, examination: 314_286, registration: 104_762),
            .large: Fees(application: 52_382, examination: 680_952, registration: 209_524),
        ])

    /// The previous table, with 8 % consumption tax (in force until 2019-09-30; 8 % applied from
    /// 2014-04-01, so the name is that date — the table's own start date is not in our sources).
    public static let tax8 = PrivacyMarkFeeTable(
        id: "2014-04",
        source: "消費税8%込の旧料金表 (2019年9月30日まで), e.g. https://mcf.or.jp/privacymark/price",
        new: [
            .small: Fees(application: 51_429, examination: 205_715, registration: 51_429),
            .medium: Fees(application: 51_429, examination: 462_857, registration: 102_858),
            .large: Fees(application: 51_429, examination: 977_142, registration: 205_715),
        ],
        renewal: [
            .small: Fees(application: 51_429, examination: 123_428, registration: 51_429),
            .medium: Fees(application: 51_429, examination: 308_572, registration: 102_858),
            .large: Fees(application: 51_429, examination: 668_571, registration: 205_715),
        ])

    /// Every version, newest first.
    public static let versions = [tax10, tax8]

    /// The version named `id`.
    public static func version(_ id: String) -> PrivacyMarkFeeTable? {
        versions.first { $0.id == id }
    }
}
