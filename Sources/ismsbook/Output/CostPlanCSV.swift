import ISMSBookCore

/// `ismsbook cost-plan --format csv`: one row per plan year, UTF-8 with a BOM and CRLF line ends
/// like `normalize --format csv`, so Excel opens it as it is. For `both` the certification fees of
/// each scheme follow in two more columns.
enum CostPlanCSV {
    static func render(_ plan: CostPlan) -> String {
        var header = ["index", "fiscal_year", "events", "certification", "consultant", "internal", "total", "cumulative"]
        let isBoth = plan.scheme == .both
        if isBoth { header += ["isms_certification", "pmark_certification"] }
        var lines = [header.joined(separator: ",")]
        for year in plan.years {
            var cells = [
                CSVCell.number(year.index), CSVCell.number(year.fiscalYear),
                CSVCell.text(year.events.map(\.rawValue).joined(separator: " ")),
                CSVCell.number(year.certification), CSVCell.number(year.consultant), CSVCell.number(year.internalCosts),
                CSVCell.number(year.total), CSVCell.number(year.cumulative),
            ]
            if isBoth { cells += [CSVCell.number(year.certification(of: .isms)), CSVCell.number(year.certification(of: .pmark))] }
            lines.append(cells.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
