/// What the binder's registers hold and what was found in them, for the workbook's sheets and the
/// Summary sheet.
public struct BinderReport: Sendable {
    /// The Statement of Applicability, when written.
    public var soa: StatementOfApplicability?
    /// The suppliers, when a supplier register was given.
    public var suppliers: [SupplierRecord]?
    /// The laws, when a legal register was given.
    public var laws: [LawRecord]?
    /// The internal-audit checklist, when asked for.
    public var checklist: AuditChecklist?

    /// An empty report.
    public init() {}

    /// The supplier register's status.
    public struct SupplierStatus: Sendable, Equatable {
        /// Suppliers listed.
        public var suppliers = 0
        /// Suppliers whose security check is overdue.
        public var overdue = 0
        /// Suppliers never checked.
        public var neverChecked = 0
        /// Suppliers holding high-value assets without an NDA or contract clause.
        public var highValueWithoutNDA = 0
        /// Suppliers naming an asset that is not in the asset register.
        public var withUnknownAssets = 0
    }

    /// The legal register's status.
    public struct LawStatus: Sendable, Equatable {
        /// Laws listed.
        public var laws = 0
        /// Laws that apply.
        public var applicable = 0
        /// Laws that do not apply.
        public var notApplicable = 0
        /// Laws whose applicability is not decided.
        public var undecided = 0
        /// Laws to review that were reviewed within the year.
        public var reviewedInTime = 0
        /// Laws to review whose review is more than a year old.
        public var reviewOverdue = 0
        /// Laws to review with no review date.
        public var notReviewed = 0
    }

    /// The supplier register's status, or `nil` without one.
    public var supplierStatus: SupplierStatus? {
        suppliers.map { list in
            var status = SupplierStatus()
            for supplier in list {
                status.suppliers += 1
                if supplier.isCheckOverdue { status.overdue += 1 }
                if supplier.checkDue == nil { status.neverChecked += 1 }
                if supplier.lacksNDAForHighValueAssets { status.highValueWithoutNDA += 1 }
                if !supplier.unknownAssetIDs.isEmpty { status.withUnknownAssets += 1 }
            }
            return status
        }
    }

    /// The legal register's status, or `nil` without one.
    public var lawStatus: LawStatus? {
        laws.map { list in
            var status = LawStatus()
            for law in list {
                status.laws += 1
                switch law.applies {
                case true?: status.applicable += 1
                case false?: status.notApplicable += 1
                case nil: status.undecided += 1
                }
                guard law.needsReview else { continue }
                if law.isReviewOverdue {
                    status.reviewOverdue += 1
                } else if law.lastReviewed == nil {
                    status.notReviewed += 1
                } else {
                    status.reviewedInTime += 1
                }
            }
            return status
        }
    }
}
