/// The people of an ISMS project, as a plan file names them.
public struct ProjectPeople: Sendable, Equatable {
    /// A role that owns roadmap steps.
    public enum Role: String, Sendable, CaseIterable {
        /// トップマネジメント: approves the policy, runs the management review.
        case topManagement = "top_management"
        /// The project manager (ISMS 推進責任者).
        case projectManager = "project_manager"
        /// The internal auditors.
        case internalAuditors = "internal_auditors"
        /// The project members from the departments.
        case members
        /// The certification body.
        case certificationBody = "certification_body"

        /// The role's name in the workbook's language.
        public func label(in language: Language) -> String {
            switch self {
            case .topManagement: language.pick("トップマネジメント", "Top management")
            case .projectManager: language.pick("推進責任者", "Project manager")
            case .internalAuditors: language.pick("内部監査員", "Internal auditors")
            case .members: language.pick("推進メンバー", "Project members")
            case .certificationBody: language.pick("認証機関", "Certification body")
            }
        }
    }

    /// Top management (代表取締役 …).
    public var topManagement: String?
    /// The project manager.
    public var projectManager: String?
    /// The internal auditors.
    public var internalAuditors: [String]
    /// The members.
    public var members: [String]
    /// The certification body chosen, if any.
    public var certificationBody: String?

    /// Creates a list of people; everyone is optional.
    public init(
        topManagement: String? = nil, projectManager: String? = nil, internalAuditors: [String] = [], members: [String] = [],
        certificationBody: String? = nil
    ) {
        self.topManagement = topManagement
        self.projectManager = projectManager
        self.internalAuditors = internalAuditors
        self.members = members
        self.certificationBody = certificationBody
    }

    /// The names for a role joined with `、`, or the role's name when nobody is named.
    public func owner(_ role: Role, in language: Language) -> String {
        let names: [String] =
            switch role {
            case .topManagement: topManagement.map { [$0] } ?? []
            case .projectManager: projectManager.map { [$0] } ?? []
            case .internalAuditors: internalAuditors
            case .members: members
            case .certificationBody: certificationBody.map { [$0] } ?? []
            }
        return names.isEmpty ? role.label(in: language) : names.joined(separator: language.pick("、", ", "))
    }
}
