/// The covariates scoring reads per row (sex, partner's sex, age), packed in three bytes.
///
/// ``ResponseMatrix`` keeps one per row beside its ``Respondent``s so that the scoring
/// kernel streams three bytes per row instead of reading a whole `Respondent` (72 bytes,
/// with a reference-counted identifier) for cut-offs, validity strata and age ranges.
package struct RowCovariates: Hashable, Sendable {
    // Constants as inlinable computed properties: the kernel reads them per row, and a
    // `static let` of another module would be a lazily initialised global.

    /// The sex code of a female respondent.
    @inlinable package static var female: UInt8 { 0 }
    /// The sex code of a male respondent.
    @inlinable package static var male: UInt8 { 1 }
    /// The sex code of an unknown sex.
    @inlinable package static var unknown: UInt8 { 2 }
    /// The age code of an unknown age: one past ``Age/maximumYears`` (a test keeps them in step).
    @inlinable package static var unknownAge: UInt8 { 121 }

    /// The respondent's sex code.
    package var sex: UInt8
    /// The partner's sex code.
    package var partnerSex: UInt8
    /// Age in whole years (0...``Age/maximumYears``), or ``unknownAge``.
    package var age: UInt8

    /// Packs a respondent's covariates.
    package init(_ respondent: Respondent) {
        sex = Self.code(respondent.sex)
        partnerSex = Self.code(respondent.partnerSex)
        // `Age` guarantees 0...120 years, so the code never reaches `unknownAge` by clamping.
        age = respondent.age.map { UInt8(clamping: $0.years) } ?? Self.unknownAge
    }

    private static func code(_ sex: Sex) -> UInt8 {
        switch sex {
        case .female: female
        case .male: male
        case .unknown: unknown
        }
    }
}
