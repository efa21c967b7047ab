/// Computes an asset's value (重要度) from its C/I/A ratings and the personal data it holds.
///
/// The value is the highest of confidentiality, integrity and availability, the rule of the IPA
/// SME guideline's risk analysis sheet; an asset with personal data is worth at least 2, and one
/// with sensitive (要配慮) or my-number (特定) personal data is worth 3, the top of the scale.
public enum AssetValuer {
    /// The value, or `nil` when no rating is given and no personal data imposes one.
    public static func value(
        confidentiality: Int?, integrity: Int?, availability: Int?, personalData: PersonalDataKind?, scale: Int = 3
    ) -> Int? {
        let ratings = [confidentiality, integrity, availability].compactMap { $0 }
        let floor: Int? =
            switch personalData {
            case nil, .none?: nil
            case .personal?: min(2, scale)
            case .sensitive?, .myNumber?: scale
            }
        switch (ratings.max(), floor) {
        case (nil, nil): return nil
        case (let best?, nil): return best
        case (nil, let floor?): return floor
        case (let best?, let floor?): return max(best, floor)
        }
    }
}
