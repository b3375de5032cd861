import HearthCore

/// What the kernel needs to finish one item-based scale for one row, flattened from a
/// ``ScaleDefinition`` so that the row loop reads no optionals, strings or dictionaries.
struct KernelScale: Sendable {
    /// The scale's position among the definition's scales (its output column).
    var output: Int
    /// How item values combine.
    var aggregation: ScaleAggregation
    /// The number of items.
    var itemCount: Int
    /// The number of missing items the missing-data rule allows.
    var allowedMissing: Int
    /// The 0-based gating item of a skip rule, or -1.
    var gateItem: Int
    /// The code of the gating item that implies zero.
    var gateCode: UInt8
}

/// A derived cut-off scale, flattened: thresholds indexed by ``RowCovariates`` sex code
/// (NaN where no cut-off is defined), and how the selecting sex is found.
struct KernelCutoff: Sendable {
    var output: Int
    var source: Int
    /// The cut-off by sex code (female, male, unknown, and unknown again for the fourth
    /// lane), NaN where none applies: indexed, not switched on, per row.
    var thresholds: SIMD4<Double>
    var usesPartnerSex: Bool
    var assumeOppositeSexPartner: Bool

    init(output: Int, source: Int, rule: CutoffRule) {
        self.output = output
        self.source = source
        thresholds = SIMD4(rule.female ?? .nan, rule.male ?? .nan, rule.unknownSex ?? .nan, rule.unknownSex ?? .nan)
        usesPartnerSex = rule.covariate == .partnerSex
        assumeOppositeSexPartner = rule.assumeOppositeSexPartner
    }

    /// The cut-off for a row (NaN when none applies), mirroring ``CutoffRule/selectingSex(for:)``.
    @inline(__always) func threshold(_ row: RowCovariates) -> Double {
        guard usesPartnerSex else { return thresholds[Int(row.sex & 3)] }
        var sex = row.partnerSex
        if sex == RowCovariates.unknown, assumeOppositeSexPartner {
            sex = row.sex == RowCovariates.unknown ? RowCovariates.unknown : 1 - row.sex
        }
        return thresholds[Int(sex & 3)]
    }
}

/// A validity rule flattened into a threshold per (sex code, age in years or unknown),
/// so that the row loop neither copies the rule nor searches its strata. The thresholds
/// of all rules live in one array of the kernel (no reference counting per row).
struct KernelValidity: Sendable {
    var scale: Int
    var atLeast: Bool
    /// Where this rule's `3 × ageSlots` thresholds start in the kernel's threshold array.
    var offset: Int

    /// 0...120 years, then one slot for unknown: `RowCovariates.unknownAge + 1` (a test keeps
    /// them in step). A literal, so the row loop reads a constant, not a lazy global.
    static let ageSlots = 122
    /// ``RowCovariates/unknownAge`` as a constant of this module (its getter is not inlined
    /// across the module boundary).
    static let unknownAge = ageSlots - 1

    /// Every stratum's sex and age in years (`nil`: unknown), in ``stratum(_:)`` order.
    static var strata: [(sex: Sex, years: Int?)] {
        [Sex.female, .male, .unknown].flatMap { sex in (0..<ageSlots).map { slot in (sex, slot < ageSlots - 1 ? slot : nil) } }
    }

    /// The thresholds of a rule, `[sex * ageSlots + age]`, NaN where none applies.
    static func thresholds(of rule: ValidityRule) -> [Double] {
        strata.map { rule.threshold(sex: $0.sex, years: $0.years) ?? .nan }
    }

    @inline(__always) func threshold(_ row: RowCovariates, in thresholds: UnsafeBufferPointer<Double>) -> Double {
        thresholds[offset &+ Int(Self.stratum(row))]
    }

    /// Where a row's threshold sits among a rule's `3 × ageSlots` thresholds.
    @inline(__always) static func stratum(_ row: RowCovariates) -> Int32 {
        Int32(truncatingIfNeeded: Int(row.sex) &* ageSlots &+ Int(row.age))
    }
}

/// A pair-difference (inconsistency) scale, flattened.
struct KernelPairScale: Sendable {
    var output: Int
    /// For each pair: the two 0-based items and the offsets of their lookup tables.
    var pairs: [(first: Int, second: Int, firstTable: Int, secondTable: Int)]
    var allowedMissingPairs: Int
}

/// The accumulator layout shared by every lookup table: one 64-bit add per item sums
/// the value (bits 0–31), counts an answered item (bits 32–47) and counts an
/// out-of-range code (bits 48–63). A missing code adds nothing. With at most 4,096
/// items of value at most 65,535 no field can overflow into the next.
enum PackedEntry {
    static let answered: UInt64 = 1 << 32
    static let invalid: UInt64 = 1 << 48

    @inline(__always) static func value(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: accumulator & 0xFFFF_FFFF) }
    @inline(__always) static func answeredCount(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: (accumulator >> 32) & 0xFFFF) }
    @inline(__always) static func invalidCount(_ accumulator: UInt64) -> Int { Int(truncatingIfNeeded: accumulator >> 48) }
}
