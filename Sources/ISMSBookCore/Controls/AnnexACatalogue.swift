import Foundation

/// The ISO/IEC 27001:2022 Annex A catalogue (JIS Q 27001:2023 附属書A) and the mapping from the 2013 edition.
///
/// Registers in the field still cite both editions, often in the same sheet and written loosely (`A.8.13`,
/// `8.13`, `a.12.3.1`). The catalogue lets the pipeline bring every reference to its 2022 control(s), so that
/// coverage can be counted against one list of 93 controls. The data itself lives in
/// `AnnexACatalogue+2022.swift` and `AnnexACatalogue+2013.swift`; this file holds the lookups.
public enum AnnexACatalogue {
    /// The 2022 controls by canonical id (`A.8.13`), built once on first use so lookups are not linear scans.
    private static let controlsByID: [String: AnnexAControl] = Dictionary(
        controls2022.map { ($0.id, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// The 2013 controls by canonical id (`A.12.3.1`), built once on first use.
    private static let controls2013ByID: [String: AnnexA2013Control] = Dictionary(
        controls2013.map { ($0.id, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// The 2022 controls grouped by theme, each group in catalogue order, built once on first use.
    private static let controlsByTheme: [AnnexAControl.Theme: [AnnexAControl]] = Dictionary(
        grouping: controls2022,
        by: \.theme
    )

    /// The 2022 control with the given id, or `nil` when the id names no 2022 control.
    ///
    /// The id may be written with or without the `A.` prefix, in either case, and with surrounding spaces:
    /// `A.8.13`, `8.13` and `a.8.13` all find *Information backup*. A 2013 id (`A.12.3.1`) finds nothing here;
    /// use ``resolve(_:)`` to accept either edition.
    public static func control(_ id: String) -> AnnexAControl? {
        controlsByID[canonicalID(id)]
    }

    /// The 2022 ids that replace the given 2013 control, following ISO/IEC 27002:2022 Annex B, or `nil` when the
    /// id names no 2013 control.
    ///
    /// Accepts the same spellings as ``control(_:)``: `A.12.3.1`, `12.3.1`, `a.12.3.1`. The result is never
    /// empty for a known control: every 2013 control was carried into at least one 2022 control.
    public static func replacements(of id2013: String) -> [String]? {
        controls2013ByID[canonicalID(id2013)]?.replacements
    }

    /// The 2022 controls of one theme, in catalogue order (`A.6.1` … `A.6.8` for `.people`).
    public static func controls(in theme: AnnexAControl.Theme) -> [AnnexAControl] {
        controlsByTheme[theme] ?? []
    }

    /// The 2022 id(s) that a reference from either edition stands for, in canonical form.
    ///
    /// A 2022 id gives itself (`8.13` → `["A.8.13"]`), a 2013 id gives its replacements
    /// (`A.12.3.1` → `["A.8.13"]`), anything else gives `[]`. The two editions cannot be confused: 2013 ids have
    /// three numbers (`A.5.1.1` … `A.18.2.3`), 2022 ids have two (`A.5.1` … `A.8.34`).
    public static func resolve(_ id: String) -> [String] {
        if let control = control(id) {
            return [control.id]
        }
        return replacements(of: id) ?? []
    }

    /// The id as the catalogue keys it: trimmed, with the `A.` prefix (added if missing, upper-cased if written
    /// `a.`). Anything that is not a well-formed id simply fails to match a key afterwards.
    private static func canonicalID(_ id: String) -> String {
        let trimmed = id.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = trimmed.lowercased().hasPrefix("a.") ? trimmed.dropFirst(2) : Substring(trimmed)
        return "A." + body
    }
}
