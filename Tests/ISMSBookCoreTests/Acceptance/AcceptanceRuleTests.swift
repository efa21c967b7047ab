import ISMSBookCore
import Testing

/// The acceptance states of ``AcceptanceRule``, one row per case of the rule.
struct AcceptanceRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var approver: String?
        var approvedOn: String?
        var expires: String?
        var withinThreshold: Bool?
        var treatment: Treatment?
        var recordsDates = true
        var expected: AcceptanceState
        var testDescription: String { name }
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 27)!

    static let cases: [Case] = [
        Case(name: "approved, no expiry", approver: "部長", approvedOn: "2026-04-01", withinThreshold: false, treatment: .reduce, expected: .accepted),
        Case(name: "approved, expiry later", approver: "部長", approvedOn: "2026-04-01", expires: "2027-03-31", withinThreshold: false,
             treatment: .accept, expected: .accepted),
        Case(name: "approved, expiry today", approver: "部長", approvedOn: "2026-04-01", expires: "2026-11-27", withinThreshold: true,
             expected: .accepted),
        Case(name: "approved, expiry passed", approver: "部長", approvedOn: "2025-04-01", expires: "2026-03-31", withinThreshold: false,
             treatment: .accept, expected: .expired),
        Case(name: "expired wins over a future approval", approver: "部長", approvedOn: "2027-01-01", expires: "2026-01-01",
             withinThreshold: false, treatment: .accept, expected: .expired),
        Case(name: "approval dated after today", approver: "部長", approvedOn: "2026-12-01", withinThreshold: false, treatment: .reduce,
             expected: .pending),
        Case(name: "approver without date", approver: "部長", withinThreshold: false, treatment: .accept, expected: .pending),
        Case(name: "date without approver", approvedOn: "2026-04-01", withinThreshold: false, treatment: .accept, expected: .pending),
        Case(name: "within threshold, untreated", withinThreshold: true, expected: .notRequired),
        Case(name: "within threshold, treated", withinThreshold: true, treatment: .reduce, expected: .pending),
        Case(name: "above threshold, treated, unapproved", withinThreshold: false, treatment: .transfer, expected: .pending),
        Case(name: "unscored", expected: .pending),
        Case(name: "older register: approver alone", approver: "CISO", withinThreshold: false, treatment: .accept, recordsDates: false,
             expected: .accepted),
        Case(name: "older register: expiry is not judged", approver: "CISO", expires: "2020-01-01", withinThreshold: false,
             treatment: .accept, recordsDates: false, expected: .accepted),
        Case(name: "older register: no approver, untreated", withinThreshold: true, recordsDates: false, expected: .notRequired),
        Case(name: "older register: no approver, treated", withinThreshold: false, treatment: .accept, recordsDates: false,
             expected: .pending),
    ]

    @Test(arguments: cases)
    func decidesTheState(_ example: Case) {
        var risk = RiskRecord(source: RowSource(file: "r.csv", row: 2))
        risk.approver = example.approver
        risk.approvedOn = example.approvedOn.flatMap { CalendarDate(iso8601: $0) }
        risk.acceptanceExpires = example.expires.flatMap { CalendarDate(iso8601: $0) }
        risk.isAccepted = example.withinThreshold
        risk.treatment = example.treatment
        let rule = AcceptanceRule(today: Self.today, recordsApprovalDates: example.recordsDates)
        #expect(rule.state(of: risk) == example.expected)
    }
}
