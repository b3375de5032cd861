import HearthCore

/// Where a score falls against a norm.
public enum NormBand: String, Hashable, Sendable, Codable, CaseIterable {
    /// Within the normal range.
    case normal
    /// Subclinical but problematic (TSCYC T 65–69).
    case borderline
    /// In the clinical range (T at or above the instrument's clinical cut-off).
    case clinical
    /// Above the reference mean + 1 SD: the source report's "excessive" (Tierolf et al. 2014).
    case excessive
}

/// The T-score cut-offs of an instrument's clinical ranges; both limits inclusive.
public struct ClinicalBandRule: Hashable, Sendable, Codable {
    /// The Hearth instrument.
    public var instrument: String
    /// The first T-score of the borderline range, when the instrument has one.
    public var borderlineFrom: Double?
    /// The first T-score of the clinical range.
    public var clinicalFrom: Double
    /// Where the cut-offs come from.
    public var source: String

    /// Creates a rule.
    public init(instrument: String, borderlineFrom: Double? = nil, clinicalFrom: Double, source: String) {
        self.instrument = instrument
        self.borderlineFrom = borderlineFrom
        self.clinicalFrom = clinicalFrom
        self.source = source
    }

    /// The band of a T-score.
    public func band(for t: TScore) -> NormBand { Self.band(for: t.value, borderlineFrom: borderlineFrom, clinicalFrom: clinicalFrom) }

    /// The band of a T-score between the given limits (both inclusive), without a rule value:
    /// what columnar comparisons store per cell.
    static func band(for t: Double, borderlineFrom: Double?, clinicalFrom: Double) -> NormBand {
        if t >= clinicalFrom { return .clinical }
        if let borderlineFrom, t >= borderlineFrom { return .borderline }
        return .normal
    }

    /// TSCYC: T 65–69 borderline, T ≥ 70 clinical; TSCC and TSI: T ≥ 65 clinical.
    public static let builtIn: [ClinicalBandRule] = [
        ClinicalBandRule(instrument: "tscyc", borderlineFrom: 65, clinicalFrom: 70, source: "Briere 2005 (TSCYC manual): 65–69 subclinical, ≥ 70 clinical"),
        ClinicalBandRule(instrument: "tscc", clinicalFrom: 65, source: "Briere 1996 (TSCC manual): T ≥ 65 clinical"),
        ClinicalBandRule(instrument: "tsi", clinicalFrom: 65, source: "Briere 1995 (TSI manual): T ≥ 65 clinical (Briere-family convention)"),
    ]
}

/// The source report's count of scales in the clinical range: "trauma" is at least one
/// clinical scale (TSI 0–10, TSCYC/TSCC 0–6; Tierolf et al. 2014, the trauma tables).
public struct ClinicalCount: Hashable, Sendable, Codable {
    /// Scales in the clinical range.
    public var clinical: Int
    /// Scales whose band is known.
    public var assessed: Int
    /// Scales counted.
    public var total: Int

    /// Counts bands; `nil` marks a scale whose band is unknown.
    public init(bands: [NormBand?]) {
        clinical = bands.filter { $0 == .clinical }.count
        assessed = bands.compactMap { $0 }.count
        total = bands.count
    }

    /// Whether at least one scale is clinical: `true` as soon as one is, `false` only when
    /// every scale was assessed, `nil` (unknown) otherwise.
    public var anyClinical: Bool? {
        if clinical > 0 { return true }
        return assessed == total ? false : nil
    }
}
