import HearthCore

/// A parent's scores read the way the rules read them, in three-valued logic, as two bit
/// sets over the readings below: a reading's bit is in `possiblyYes` unless it is no, and
/// in `possiblyNo` unless it is yes (unknown is in both).
///
/// In this form the rules' Kleene ORs, over a parent's readings and over parents, are an
/// OR of `possiblyYes` and an AND of `possiblyNo` (``FamilyFacts`` keeps both), and the
/// readings themselves are vector compares: no branch per score, which on real data (any
/// score may be missing) was the largest cost of building a family's facts.
struct ParentReadings: Hashable, Sendable {
    var possiblyYes: UInt16
    var possiblyNo: UInt16

    /// Bit positions: the first ten are ``ParentScores/Field``'s CTS2 prevalences, read
    /// strictly (1 yes, 0 no, anything else unknown), then:
    static let ownDrinkingFlag: UInt16 = 1 << 10  // AUDIT-C self risk as a flag (1 yes, any other value no)
    static let partnerDrinking: UInt16 = 1 << 11  // AUDIT-C partner risk, strictly
    static let childhoodViolence: UInt16 = 1 << 12  // ACE family violence, strictly
    static let partnerDrinkingFlag: UInt16 = 1 << 13  // AUDIT-C partner risk as a flag
    static let unilateralSevere: UInt16 = 1 << 14  // severe violence by one partner only

    // The readings each rule reduces with Kleene OR (bits of the CTS2 fields).
    static let psychological: UInt16 = 0b11  // self, partner
    static let physical: UInt16 = 0b1100
    static let anyViolence: UInt16 = psychological | physical
    static let selfSevere: UInt16 = 0b0101_0000  // psychological and physical severe
    static let partnerSevere: UInt16 = 0b1010_0000
    static let severePhysical: UInt16 = selfSeverePhysical | partnerSeverePhysical
    static let physicalEver: UInt16 = 0b11_0000_0000
    static let drinkingFlags = ownDrinkingFlag | partnerDrinkingFlag
    // Single CTS2 readings (``ParentScores/Field`` positions), for describing them.
    static let selfPsychological: UInt16 = 0b1
    static let partnerPsychological: UInt16 = 0b10
    static let selfPhysical: UInt16 = 0b100
    static let partnerPhysical: UInt16 = 0b1000
    static let selfSeverePhysical: UInt16 = 0b0100_0000
    static let partnerSeverePhysical: UInt16 = 0b1000_0000

    /// The Kleene OR of the readings in `mask`: yes when one is yes, no when all are no.
    func answer(_ mask: UInt16) -> Answer {
        let yes = possiblyYes & ~possiblyNo, no = possiblyNo & ~possiblyYes
        if yes & mask != 0 { return .yes }
        return no & mask == mask ? .no : .unknown
    }

    /// The readings of one parent's scores (NaN is no score).
    @inline(__always)
    init(_ scores: ParentScores) {
        let values = scores.values
        // Strict: possibly yes unless 0, possibly no unless 1 (NaN compares unequal to both).
        let notZero = Self.bits(values .!= 0), notOne = Self.bits(values .!= 1)
        // As a flag: yes for 1 and unknown for none, so possibly yes for 1 or NaN.
        let flagYes = Self.bits((values .== 1) .| (values .!= values))
        let own = Self.bit(.ownDrinkingRisk), partner = Self.bit(.partnerDrinkingRisk)
        // The thirteen fields keep their bits; the own-risk bit is read as a flag, and the
        // partner risk is read both ways (its flag reading goes to bit 13).
        let lanes: UInt16 = 0x1FFF
        var yes = (notZero & lanes & ~own) | (flagYes & own) | (flagYes & partner != 0 ? Self.partnerDrinkingFlag : 0)
        var no = (notOne & lanes) | (notOne & partner != 0 ? Self.partnerDrinkingFlag : 0)
        // Severe violence by one partner only: unknown if either side's severe violence is,
        // else yes when they differ.
        let selfYes = yes & Self.selfSevere != 0, selfNo = no & Self.selfSevere == Self.selfSevere
        let partnerYes = yes & Self.partnerSevere != 0, partnerNo = no & Self.partnerSevere == Self.partnerSevere
        let known = selfYes != selfNo && partnerYes != partnerNo
        let differ = selfYes != partnerYes
        yes |= !known || differ ? Self.unilateralSevere : 0
        no |= !known || !differ ? Self.unilateralSevere : 0
        possiblyYes = yes
        possiblyNo = no
    }

    /// A field's bit (its position in ``ParentScores/Field``).
    @inline(__always) private static func bit(_ field: ParentScores.Field) -> UInt16 { UInt16(1) << field.rawValue }

    /// The lanes of a mask as bits, lane 0 lowest.
    @inline(__always)
    private static func bits(_ mask: SIMDMask<SIMD16<Int64>>) -> UInt16 {
        let weights = SIMD16<Int64>(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
        return UInt16(truncatingIfNeeded: SIMD16<Int64>.zero.replacing(with: weights, where: mask).wrappedSum())
    }
}
