import ISMSBookCore
import Testing

struct AnnexACatalogueTests {
    /// The controls new in 2022: no 2013 control maps to them.
    static let new2022: Set<String> = [
        "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28",
    ]

    /// Empty or only spaces. A plain function, so `#expect` does not expand a rethrowing call.
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    // MARK: 2022 catalogue

    @Test func has93ControlsWithThemeCounts() {
        let controls = AnnexACatalogue.controls2022
        #expect(controls.count == 93)
        #expect(controls.filter { $0.theme == .organizational }.count == 37)
        #expect(controls.filter { $0.theme == .people }.count == 8)
        #expect(controls.filter { $0.theme == .physical }.count == 14)
        #expect(controls.filter { $0.theme == .technological }.count == 34)
    }

    @Test func idsAreUniqueAndInStandardOrder() {
        let ids = AnnexACatalogue.controls2022.map(\.id)
        #expect(Set(ids).count == ids.count)
        let expected = [(5, 37), (6, 8), (7, 14), (8, 34)].flatMap { theme, count in
            (1...count).map { "A.\(theme).\($0)" }
        }
        #expect(ids == expected)
        for control in AnnexACatalogue.controls2022 {
            #expect(control.id.hasPrefix("A.\(control.theme.rawValue)."), "\(control.id) is filed under \(control.theme)")
        }
    }

    @Test func everyTitleIsNonEmpty() {
        for control in AnnexACatalogue.controls2022 {
            #expect(!Self.isBlank(control.english), "\(control.id) English")
            #expect(!Self.isBlank(control.japanese), "\(control.id) Japanese")
        }
        for control in AnnexACatalogue.controls2013 {
            #expect(!Self.isBlank(control.english), "\(control.id) English")
        }
    }

    @Test(arguments: AnnexAControl.Theme.allCases)
    func controlsInThemeMatchCatalogueOrder(theme: AnnexAControl.Theme) {
        let expected = AnnexACatalogue.controls2022.filter { $0.theme == theme }
        #expect(AnnexACatalogue.controls(in: theme) == expected)
    }

    // MARK: 2013 catalogue and mapping

    @Test func has114ControlsWithClauseCounts() {
        let controls = AnnexACatalogue.controls2013
        #expect(controls.count == 114)
        let expected = [5: 2, 6: 7, 7: 6, 8: 10, 9: 14, 10: 2, 11: 15, 12: 14, 13: 7, 14: 13, 15: 5, 16: 7, 17: 4, 18: 8]
        var counts: [Int: Int] = [:]
        for control in controls {
            let parts = control.id.split(separator: ".")
            #expect(parts.count == 4 && parts[0] == "A", "\(control.id) is not A.<clause>.<n>.<n>")
            if parts.count == 4, let clause = Int(parts[1]) {
                counts[clause, default: 0] += 1
            }
        }
        #expect(counts == expected)
    }

    @Test func ids2013AreUnique() {
        let ids = AnnexACatalogue.controls2013.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func every2013ControlMapsToExisting2022Controls() {
        for control in AnnexACatalogue.controls2013 {
            #expect(!control.replacements.isEmpty, "\(control.id) has no replacement")
            #expect(Set(control.replacements).count == control.replacements.count, "\(control.id) repeats a target")
            for target in control.replacements {
                #expect(AnnexACatalogue.control(target)?.id == target, "\(control.id) → \(target) is not a 2022 control")
            }
        }
    }

    @Test func newControlsAreNobodysReplacementAndAllOthersAreSomebodys() {
        let targets = Set(AnnexACatalogue.controls2013.flatMap(\.replacements))
        #expect(targets.isDisjoint(with: Self.new2022))
        let all2022 = Set(AnnexACatalogue.controls2022.map(\.id))
        #expect(all2022.subtracting(targets) == Self.new2022)
    }

    @Test(arguments: [
        ("A.12.3.1", ["A.8.13"]),
        ("A.13.2.1", ["A.5.14"]),
        ("A.13.2.2", ["A.5.14"]),
        ("A.13.2.3", ["A.5.14"]),
        ("A.13.2.4", ["A.6.6"]),
        ("A.9.2.5", ["A.5.18"]),
        ("A.9.2.6", ["A.5.18"]),
        ("A.5.1.1", ["A.5.1"]),
        ("A.5.1.2", ["A.5.1"]),
        ("A.6.1.3", ["A.5.5"]),
        ("A.6.1.4", ["A.5.6"]),
        ("A.6.1.5", ["A.5.8"]),
        ("A.8.1.1", ["A.5.9"]),
        ("A.8.1.2", ["A.5.9"]),
        ("A.12.6.2", ["A.8.19"]),
        ("A.12.7.1", ["A.8.34"]),
        ("A.14.2.3", ["A.8.32"]),
        ("A.14.2.4", ["A.8.32"]),
        ("A.18.2.3", ["A.5.36", "A.8.8"]),
    ])
    func mapsKnownControls(id2013: String, expected: [String]) {
        #expect(AnnexACatalogue.replacements(of: id2013) == expected)
    }

    @Test func replacementsAcceptIdWithoutPrefix() {
        #expect(AnnexACatalogue.replacements(of: "12.3.1") == ["A.8.13"])
        #expect(AnnexACatalogue.replacements(of: "A.8.13") == nil)
        #expect(AnnexACatalogue.replacements(of: "A.19.1.1") == nil)
    }

    // MARK: Lookups

    @Test(arguments: ["A.8.13", "8.13", "a.8.13", " A.8.13 "])
    func findsControlBySpelling(id: String) {
        #expect(AnnexACatalogue.control(id)?.id == "A.8.13")
        #expect(AnnexACatalogue.control(id)?.english == "Information backup")
        #expect(AnnexACatalogue.control(id)?.japanese == "情報のバックアップ")
    }

    @Test func findsNoControlForUnknownOr2013Id() {
        #expect(AnnexACatalogue.control("A.8.35") == nil)
        #expect(AnnexACatalogue.control("A.12.3.1") == nil)
        #expect(AnnexACatalogue.control("") == nil)
    }

    @Test(arguments: [
        ("A.8.13", ["A.8.13"]),
        ("8.13", ["A.8.13"]),
        ("a.12.3.1", ["A.8.13"]),
        ("12.3.1", ["A.8.13"]),
        ("A.18.2.3", ["A.5.36", "A.8.8"]),
        ("A.99.1", []),
        ("A.5.38", []),
        ("", []),
        ("backup", []),
    ])
    func resolvesEitherEdition(id: String, expected: [String]) {
        #expect(AnnexACatalogue.resolve(id) == expected)
    }

    @Test func controlLookupWithoutPrefix() {
        #expect(AnnexACatalogue.control("8.13")?.english == "Information backup")
        #expect(AnnexACatalogue.control("A.5.1")?.japanese == "情報セキュリティのための方針群")
    }
}
