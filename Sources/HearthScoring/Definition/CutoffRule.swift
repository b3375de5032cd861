import HearthCore

/// A binary scale derived from another scale: 1 when the source score is at or above a
/// sex-specific cut-off, else 0.
///
/// Used for AUDIT-C risk, where the study used men ≥ 4 and women ≥ 3 (Bush et al. 1998;
/// Bradley et al. 2003) and Dutch guidance uses other values; the cut-offs are settings.
public struct CutoffRule: Hashable, Sendable, Codable {
    /// Whose sex selects the cut-off.
    public enum Covariate: String, Hashable, Sendable, Codable, CaseIterable {
        /// The respondent's own sex.
        case respondentSex
        /// The sex of the partner being reported on.
        case partnerSex
    }

    /// The id of the scale whose score is compared.
    public var source: String
    /// The cut-off for women (score ≥ cut-off gives 1), when defined.
    public var female: Double?
    /// The cut-off for men, when defined.
    public var male: Double?
    /// The cut-off when sex is unknown; `nil` leaves the result `missingCovariate`.
    public var unknownSex: Double?
    /// Whose sex selects the cut-off.
    public var covariate: Covariate
    /// For ``Covariate/partnerSex``: when the partner's sex is not recorded, take the
    /// opposite of the respondent's. This is the convention of the source study, whose
    /// couples were all of mixed sex; switch it off for other samples.
    public var assumeOppositeSexPartner: Bool

    /// Creates a cut-off rule.
    public init(
        source: String, female: Double?, male: Double?, unknownSex: Double? = nil,
        covariate: Covariate = .respondentSex, assumeOppositeSexPartner: Bool = false
    ) {
        self.source = source
        self.female = female
        self.male = male
        self.unknownSex = unknownSex
        self.covariate = covariate
        self.assumeOppositeSexPartner = assumeOppositeSexPartner
    }

    /// The sex that selects the cut-off for a respondent.
    @inlinable public func selectingSex(for respondent: Respondent) -> Sex {
        switch covariate {
        case .respondentSex:
            return respondent.sex
        case .partnerSex:
            if respondent.partnerSex != .unknown || !assumeOppositeSexPartner { return respondent.partnerSex }
            return respondent.sex.opposite
        }
    }

    /// The cut-off that applies to `sex`, or `nil` when none is defined.
    @inlinable public func threshold(for sex: Sex) -> Double? {
        switch sex {
        case .female: female
        case .male: male
        case .unknown: unknownSex
        }
    }
}
