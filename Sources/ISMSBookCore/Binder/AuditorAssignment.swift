/// Assigns one auditor to each department in the audit's scope, under the rule that auditors do
/// not audit their own department (ISO/IEC 27001 9.2.2 c: objectivity and impartiality).
///
/// The assignment is deterministic and spreads the work: each department, in order, gets the
/// eligible auditor with the fewest departments so far, the first listed on a tie. A department
/// every auditor belongs to gets no one, and the caller reports it.
public enum AuditorAssignment {
    /// The auditor of each department, in the order of `departments`; `nil` when no auditor is
    /// independent of it.
    public static func assign(departments: [String], auditors: [Auditor]) -> [String?] {
        var load = Array(repeating: 0, count: auditors.count)
        var result: [String?] = []
        for department in departments {
            var best: Int?
            for (index, auditor) in auditors.enumerated() where !auditor.belongs(to: department) {
                if best.map({ load[index] < load[$0] }) ?? true { best = index }
            }
            if let best {
                load[best] += 1
                result.append(auditors[best].name)
            } else {
                result.append(nil)
            }
        }
        return result
    }
}
