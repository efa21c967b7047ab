/// A plan file (`--plan FILE`): the inputs of a cost plan, the project's people and scope, and
/// the target date of the roadmap.
///
/// Cost inputs are kept as changes to apply to ``CostInputs``, each with the line it came from,
/// so that command-line options given afterwards win and every value's source can be shown.
public struct PlanFile: Sendable {
    /// A change to the cost inputs.
    public typealias Change = @Sendable (inout CostInputs) -> Void

    /// The file's path, as given.
    public var path: String
    /// The organisation, for the workbook.
    public var organisation: String?
    /// The project's people (and the certification body).
    public var people = ProjectPeople()
    /// The scope: the whole company (`true`), named departments (`false`), or not said (`nil`).
    public var isWholeCompany: Bool?
    /// The departments in scope, when not the whole company.
    public var departments: [String] = []
    /// The target certificate date, for the roadmap.
    public var targetDate: CalendarDate?
    /// Weeks per roadmap step, replacing the defaults.
    public var roadmapDurations: [RoadmapStep: Int] = [:]
    /// Owners per roadmap step, replacing the people of the step's role.
    public var roadmapOwners: [RoadmapStep: String] = [:]
    /// The cost inputs the file sets, in file order.
    public internal(set) var settings: [(key: CostInputs.Key, line: Int?, change: Change)] = []

    /// Creates an empty plan for `path`.
    public init(path: String) {
        self.path = path
    }

    /// The cost inputs the file sets.
    public var keys: Set<CostInputs.Key> { Set(settings.map(\.key)) }

    /// Records a change to the cost inputs made by the key at `line`.
    public mutating func set(_ key: CostInputs.Key, line: Int?, _ change: @escaping Change) {
        settings.append((key, line, change))
    }

    /// Applies the file's cost inputs, recording the file and line as each one's source.
    public func apply(to inputs: inout CostInputs) {
        for setting in settings {
            setting.change(&inputs)
            inputs.sources[setting.key] = .planFile(path, line: setting.line)
        }
    }

    /// A human description of the scope: `全社` / `経理部、人事部`.
    public func scopeText(in language: Language) -> String? {
        if isWholeCompany == true { return language.pick("全社", "the whole company") }
        if departments.isEmpty { return nil }
        return departments.joined(separator: language.pick("、", ", "))
    }
}
