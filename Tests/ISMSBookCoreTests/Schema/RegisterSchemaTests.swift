import ISMSBookCore
import Testing

/// The schemas' own consistency: what the compiler cannot check about them.
struct RegisterSchemaTests {
    @Test func ordinalsArePositionsInDeclarationOrder() {
        #expect(AssetField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(RiskField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(SoAField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(SupplierField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(LawField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(AuditorField.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }

    @Test func aFieldIsReadExactlyWhenItHasHeaders() {
        for field in AssetField.allCases { #expect(AssetField.schema[field].isRead == !field.aliases.isEmpty, "\(field)") }
        for field in RiskField.allCases { #expect(RiskField.schema[field].isRead == !field.aliases.isEmpty, "\(field)") }
    }

    /// The `normalize` keys, in the order the README documents them.
    @Test func normalizeWritesTheDocumentedKeysInOrder() {
        #expect(AssetField.schema.normalizedFields.map(\.rawValue) == [
            "id", "name", "category", "owner", "department", "location", "medium", "users", "personal_data", "confidentiality",
            "integrity", "availability", "value", "retention_until", "retention", "recorded_on", "notes",
        ])
        #expect(RiskField.schema.normalizedFields.map(\.rawValue) == [
            "id", "asset_id", "asset", "threat", "vulnerability", "threat_level", "vulnerability_level", "likelihood", "impact",
            "score", "level", "treatment", "plan", "controls", "owner", "due", "approver", "residual_threat_level",
            "residual_vulnerability_level", "residual_likelihood", "residual_impact", "residual_score", "residual_level",
            "residual_within_threshold", "status", "approved_on", "acceptance_expires", "justification", "acceptance", "accepted",
        ])
        #expect(RiskField.schema.recordFields == RiskField.schema.normalizedFields + [.assetValue])
        #expect(AssetField.schema.recordFields == AssetField.schema.normalizedFields)
    }

    @Test func everySheetColumnIsOnceOnTheSheetAndHasATitle() {
        for fields in [AssetField.schema.sheetFields.map(\.rawValue), RiskField.schema.sheetFields.map(\.rawValue)] {
            #expect(Set(fields).count == fields.count)
        }
        for field in AssetField.schema.sheetFields { #expect(!AssetField.schema[field].title.japanese.isEmpty) }
        for field in RiskField.schema.sheetFields { #expect(!RiskField.schema[field].title.english.isEmpty) }
        // Every field a record keeps is somewhere on the register sheet.
        #expect(Set(AssetField.schema.recordFields).isSubset(of: AssetField.schema.sheetFields))
        #expect(Set(RiskField.schema.recordFields).isSubset(of: RiskField.schema.sheetFields))
    }

    /// The template's headers are read back as the fields they stand for, on every method.
    @Test(arguments: ScoringMethod.allCases)
    func theTemplatesHeadersReadBackAsTheirFields(method: ScoringMethod) {
        let profile = ScoringProfile.defaultProfile(for: method)
        for language in Language.allCases {
            let assets = AssetField.schema.entryFields(for: profile)
            let columns = RegisterTemplate.assetColumns(profile: profile)
            #expect(columns.map { ColumnMap<AssetField>.field(for: $0.header(in: language)) } == assets)
            let risks = RiskField.schema.entryFields(for: profile)
            #expect(RegisterTemplate.riskColumns(profile: profile).map { ColumnMap<RiskField>.field(for: $0.header(in: language)) } == risks)
        }
    }

    @Test func theRatingColumnsFollowTheMethod() {
        func entry(_ method: ScoringMethod) -> [RiskField] {
            RiskField.schema.entryFields(for: .defaultProfile(for: method)).filter {
                [.threatLevel, .vulnerabilityLevel, .likelihood, .impact, .score].contains($0)
            }
        }
        #expect(entry(.detailed) == [.threatLevel, .vulnerabilityLevel])
        #expect(entry(.ipa) == [.threatLevel, .vulnerabilityLevel])
        #expect(entry(.likelihoodImpact) == [.likelihood, .impact])
        #expect(entry(.direct) == [.score])
    }
}
