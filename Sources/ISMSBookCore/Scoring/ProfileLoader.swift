import Foundation
import Yams

/// Reads a scoring profile from YAML (`--profile FILE`).
///
/// ```yaml
/// name: 当社リスク評価基準 2026
/// method: detailed          # detailed | ipa | likelihood_impact | direct
/// acceptance_threshold: 8   # scores up to this are accepted
/// bands:                    # lowest first; the last reaches the highest score
///   - {name: low, label_ja: 低, label_en: Low, max: 4, color: "#C6EFCE"}
/// ```
/// Keys left out take the method's defaults (``ScoringProfile/defaultProfile(for:)``). Unknown keys
/// are errors, so a misspelt `treshold` cannot silently leave the default in place.
public enum ProfileLoader {
    /// Loads and checks the profile at `path`.
    ///
    /// - Throws: ``InputError`` naming the file and the problem.
    public static func load(path: String) throws -> ScoringProfile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(file: path, message: "cannot read the profile: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    /// Parses and checks a profile's YAML text.
    public static func parse(_ text: String, file: String) throws -> ScoringProfile {
        let document: Any?
        do {
            document = try Yams.load(yaml: text)
        } catch {
            throw InputError(file: file, message: "not valid YAML: \(error)")
        }
        guard let root = document as? [String: Any] else {
            throw InputError(file: file, message: "a profile is a YAML mapping (method:, acceptance_threshold:, bands:)")
        }
        let known: Set = ["name", "method", "level_scale", "likelihood_scale", "impact_scale", "scale", "acceptance_threshold", "bands"]
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            throw InputError(file: file, message: "unknown key '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        let methodName = (root["method"] as? String) ?? ScoringMethod.detailed.rawValue
        guard let method = ScoringMethod(rawValue: methodName) else {
            throw InputError(
                file: file,
                message: "unknown method '\(methodName)' (\(ScoringMethod.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var profile = ScoringProfile.defaultProfile(for: method)
        profile.name = (root["name"] as? String) ?? (root["name"].map { "\($0)" } ?? method.rawValue)
        profile.levelScale = try integer(root, "level_scale", file: file, in: 2...10) ?? profile.levelScale
        profile.likelihoodScale = try integer(root, "likelihood_scale", file: file, in: 2...10) ?? profile.likelihoodScale
        profile.impactScale = try integer(root, "impact_scale", file: file, in: 2...10) ?? profile.impactScale
        profile.directScale = try integer(root, "scale", file: file, in: 2...1000) ?? profile.directScale
        if let list = root["bands"] {
            guard let entries = list as? [[String: Any]], !entries.isEmpty else {
                throw InputError(file: file, message: "'bands' is a list of {name, max, color} mappings")
            }
            profile.bands = try entries.enumerated().map { try band($1, number: $0 + 1, file: file) }
        } else if profile.maximumScore != ScoringProfile.defaultProfile(for: method).maximumScore {
            profile.bands = rescaled(profile.bands, to: profile.maximumScore)
        }
        let threshold = try integer(root, "acceptance_threshold", file: file, in: 0...profile.maximumScore)
        profile.acceptanceThreshold = threshold ?? min(profile.acceptanceThreshold, profile.maximumScore)
        try check(profile.bands, maximumScore: profile.maximumScore, file: file)
        return profile
    }

    private static func integer(_ map: [String: Any], _ key: String, file: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = map[key] else { return nil }
        guard let value = raw as? Int, range.contains(value) else {
            throw InputError(file: file, message: "'\(key)' must be a whole number \(range.lowerBound)–\(range.upperBound), not '\(raw)'")
        }
        return value
    }

    private static func band(_ map: [String: Any], number: Int, file: String) throws -> RiskBand {
        let known: Set = ["name", "label_ja", "label_en", "max", "color"]
        if let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
            throw InputError(file: file, message: "band \(number): unknown key '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        guard let name = map["name"] as? String, !name.isEmpty else {
            throw InputError(file: file, message: "band \(number) has no name")
        }
        guard let maximum = map["max"] as? Int else {
            throw InputError(file: file, message: "band '\(name)' has no whole-number 'max'")
        }
        let colorText = (map["color"] as? String) ?? "#FFFFFF"
        guard let color = parseColor(colorText) else {
            throw InputError(file: file, message: "band '\(name)': colour '\(colorText)' is not #RRGGBB")
        }
        let japanese = (map["label_ja"] as? String) ?? name
        let english = (map["label_en"] as? String) ?? name
        return RiskBand(name: name, japanese: japanese, english: english, maximum: maximum, color: color)
    }

    private static func check(_ bands: [RiskBand], maximumScore: Int, file: String) throws {
        for (previous, next) in zip(bands, bands.dropFirst()) where next.maximum <= previous.maximum {
            throw InputError(file: file, message: "band '\(next.name)' must have a higher max than '\(previous.name)'")
        }
        if let last = bands.last, last.maximum < maximumScore {
            throw InputError(
                file: file, message: "the last band '\(last.name)' ends at \(last.maximum) but scores reach \(maximumScore)")
        }
        if Set(bands.map(\.name)).count != bands.count {
            throw InputError(file: file, message: "band names must be unique")
        }
    }

    /// `#RRGGBB` or `RRGGBB`.
    static func parseColor(_ text: String) -> UInt32? {
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6 else { return nil }
        return UInt32(hex, radix: 16)
    }

    /// Stretches the default bands over another score range, keeping their proportions.
    private static func rescaled(_ bands: [RiskBand], to maximum: Int) -> [RiskBand] {
        guard let top = bands.last?.maximum, top > 0 else { return bands }
        var previous = 0
        return bands.enumerated().map { index, band in
            var band = band
            let scaled = index == bands.count - 1 ? maximum : max(previous + 1, band.maximum * maximum / top)
            band.maximum = scaled
            previous = scaled
            return band
        }
    }
}
