// The results of treatment on a risk row: the residual score, the status, the risk owner's
// acceptance, and the checks an auditor makes of them (ISO/IEC 27001 6.1.3 f, 8.3).
extension RiskRowNormaliser {
    /// Reads and scores the residual risk, reads the status and the approval, decides the
    /// acceptance and checks them; the current score, treatment and due date are read by now.
    func readTreatmentResults(into risk: inout RiskRecord, current: RiskScorer.Inputs, cells: inout RowCells<RiskField>) {
        scoreResidual(&risk, current: current, cells: &cells)
        risk.status = choice(.status, parse: TreatmentStatus.parse, unknown: .unknownStatus, risk: &risk, cells: &cells)
        risk.approvedOn = date(.approvedOn, risk: &risk, cells: &cells)
        risk.acceptanceExpires = date(.acceptanceExpires, risk: &risk, cells: &cells)
        let rule = AcceptanceRule(today: today, recordsApprovalDates: cells.hasColumn(.approvedOn))
        risk.acceptance = rule.state(of: risk)
        checkResidual(risk, cells: &cells)
        checkApproval(risk, rule: rule, cells: &cells)
        checkProgress(risk, cells: &cells)
    }

    private func scoreResidual(_ risk: inout RiskRecord, current: RiskScorer.Inputs, cells: inout RowCells<RiskField>) {
        let threat = level(.residualThreatLevel, scale: profile.levelScale, risk: &risk, cells: &cells)
        let vulnerability = level(.residualVulnerabilityLevel, scale: profile.levelScale, risk: &risk, cells: &cells)
        let likelihood = level(.residualLikelihood, scale: profile.likelihoodScale, risk: &risk, cells: &cells)
        let impact = level(.residualImpact, scale: profile.impactScale, risk: &risk, cells: &cells)
        let givenScale = profile.method == .direct ? profile.directScale : profile.maximumScore
        risk.givenResidualScore = level(.residualScore, scale: givenScale, risk: &risk, cells: &cells)
        risk.residualThreatLevel = threat
        risk.residualVulnerabilityLevel = vulnerability
        risk.residualLikelihood = likelihood?.value
        risk.residualImpact = impact?.value
        // A residual cell that could not be read is not taken as blank: that would silently put
        // the current value in its place.
        guard !RiskField.residualInputs.contains(where: { risk.invalidCells[$0] != nil }) else { return }
        let inputs = RiskScorer.ResidualInputs(
            threatLevel: threat?.value, vulnerabilityLevel: vulnerability?.value, likelihood: likelihood?.value, impact: impact?.value,
            givenScore: risk.givenResidualScore?.value)
        guard let residual = scorer.residual(current: current, inputs, treatment: risk.treatment) else { return }
        let score = residual.score
        risk.residualScore = score.value
        risk.residualBand = profile.band(for: score.value)
        risk.residualWithinThreshold = score.value <= profile.acceptanceThreshold
        if let used = residual.inputs {
            // The values the score was computed with, so that a script can compute it again.
            risk.residualThreatLevel = threat ?? risk.threatLevel
            risk.residualVulnerabilityLevel = vulnerability ?? risk.vulnerabilityLevel
            risk.residualLikelihood = score.likelihood ?? used.likelihood
            risk.residualImpact = score.impact ?? used.impact
        }
        if residual.basis == .computed, profile.method != .direct, let given = risk.givenResidualScore, given.value != score.value {
            cells.report(.warning, .givenResidualScoreDiffers(computed: score.value), .residualScore, value: cells.raw(.residualScore))
        }
    }

    private func checkResidual(_ risk: RiskRecord, cells: inout RowCells<RiskField>) {
        guard let residual = risk.residualScore else { return }
        let field = cells.residualColumn
        if let current = risk.score, residual > current {
            cells.report(.error, .residualAboveCurrent(residual: residual, current: current), field, value: cells.raw(field) ?? "\(residual)")
        }
        if cells.hasResidualColumns, risk.residualAboveThreshold, risk.acceptance != .accepted {
            cells.report(.error, .residualNotAccepted(residual: residual, threshold: profile.acceptanceThreshold), field,
                         value: cells.raw(field) ?? "\(residual)")
        }
    }

    private func checkApproval(_ risk: RiskRecord, rule: AcceptanceRule, cells: inout RowCells<RiskField>) {
        guard rule.recordsApprovalDates else { return }
        if let approvedOn = risk.approvedOn, let today, approvedOn > today {
            cells.report(.error, .approvalInTheFuture(today: today), .approvedOn, value: cells.raw(.approvedOn))
        }
        if let approvedOn = risk.approvedOn, let expires = risk.acceptanceExpires, expires < approvedOn {
            cells.report(.error, .expiryBeforeApproval(approvedOn: approvedOn), .acceptanceExpires, value: cells.raw(.acceptanceExpires))
        }
        if risk.acceptance == .expired, let expires = risk.acceptanceExpires {
            cells.report(.warning, .acceptanceExpired(on: expires), .acceptanceExpires, value: cells.raw(.acceptanceExpires))
        }
        if risk.invalidCells[.approvedOn] == nil {
            if risk.approver != nil && risk.approvedOn == nil {
                cells.report(.warning, .approverWithoutDate, .approvedOn, value: cells.raw(.approver))
            } else if risk.approver == nil && risk.approvedOn != nil {
                cells.report(.warning, .approvalDateWithoutApprover, .approver, value: cells.raw(.approvedOn))
            }
        }
    }

    private func checkProgress(_ risk: RiskRecord, cells: inout RowCells<RiskField>) {
        if risk.status == .done, !RiskField.residualInputs.contains(where: { cells.raw($0) != nil }) {
            cells.report(.warning, .doneWithoutResidual, .status, value: cells.raw(.status))
        }
        if risk.isOverdue(on: today), let due = risk.due {
            cells.report(.warning, .treatmentOverdue(since: due), .due, value: cells.raw(.due))
        }
        if risk.status == .done, let treatment = risk.treatment, treatment != .accept, let score = risk.score, risk.residualScore == score {
            cells.report(.warning, .treatmentChangedNothing(score: score), cells.residualColumn, value: "\(score)")
        }
    }
}

extension RiskField {
    /// The fields a residual score is read or computed from.
    static let residualInputs: [RiskField] = [.residualThreatLevel, .residualVulnerabilityLevel, .residualLikelihood, .residualImpact, .residualScore]

    /// The columns whose presence alone changes the rules, even empty: with an approval-date
    /// column an approver alone no longer accepts a risk; with residual columns an unaccepted
    /// residual above the threshold is an error. A copy of a register adds them only if the
    /// register had them.
    public static let columnsThatChangeRules: Set<RiskField> = Set(residualInputs + [.approvedOn])
}

extension RowCells where Field == RiskField {
    /// Whether the file records the risk after treatment at all (an older register does not).
    var hasResidualColumns: Bool { RiskField.residualInputs.contains { hasColumn($0) } }

    /// The column a residual diagnostic points at: the residual score's, else the first residual
    /// factor's the file has.
    var residualColumn: RiskField {
        hasColumn(.residualScore) ? .residualScore : RiskField.residualInputs.first { hasColumn($0) } ?? .residualScore
    }
}
