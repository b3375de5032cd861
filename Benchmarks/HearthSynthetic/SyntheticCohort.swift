import Foundation
import HearthCore
import HearthScoring

/// A seeded, deterministic synthetic cohort of families reported for partner violence.
///
/// Each family has a latent violence level (skewed high, as in a reported cohort); each
/// child a latent trauma level that rises with it (the source report: more partner violence,
/// more child trauma), and answers are drawn so that questionnaire scores follow the
/// latents. About `missingRate` of all answers are skipped. Everything is a pure function of
/// the seed and an index, so any range of rows or families can be generated on its own —
/// cohorts of tens of millions are streamed chunk by chunk. Not clinical data: made-up
/// numbers with a plausible shape, for benchmarks and tests.
package struct SyntheticCohort: Sendable {
    /// One member of a synthetic family.
    package struct Member: Sendable {
        package var isParent: Bool
        package var sex: Sex
        package var age: Int
        /// The latent level (0...1) that drives this member's answers.
        package var level: Double
    }

    /// One synthetic family.
    package struct Family: Sendable {
        package var index: Int
        /// Latent partner violence, 0...1.
        package var violence: Double
        package var parents: [Member]
        package var children: [Member]
    }

    package var seed: UInt64
    package var missingRate: Double

    /// Creates a cohort.
    package init(seed: UInt64 = 2026, missingRate: Double = 0.05) {
        self.seed = seed
        self.missingRate = missingRate
    }

    /// Family `index`: one or two parents (91 % of responding parents mothers, as in the
    /// report), one to three children aged 3–17.
    package func family(_ index: Int) -> Family {
        var random = SplitMix64(seed: seed, stream: 1, index: UInt64(index))
        let violence = random.unit().squareRoot()  // mean ≈ 2/3: a reported cohort
        var parents = [Member(isParent: true, sex: random.unit() < 0.91 ? .female : .male, age: 25 + Int(random.next() % 25), level: violence)]
        if random.unit() < 0.3 {
            parents.append(Member(isParent: true, sex: parents[0].sex.opposite, age: 25 + Int(random.next() % 25), level: violence))
        }
        let childCount = 1 + Int(random.next() % 3)
        let children = (0..<childCount).map { _ in
            let trauma = min(1, 0.6 * violence + 0.4 * random.unit())
            return Member(isParent: false, sex: random.unit() < 0.5 ? .female : .male, age: 3 + Int(random.next() % 15), level: trauma)
        }
        return Family(index: index, violence: violence, parents: parents, children: children)
    }

    /// Rows `rows` of a single-instrument cohort: row *i* is one respondent whose latent
    /// level comes from family *i* (its violence, or its first child's trauma for child
    /// instruments).
    package func matrix(_ definition: InstrumentDefinition, rows: Range<Int>) throws(CoreError) -> ResponseMatrix {
        var matrix = try ResponseMatrix(itemCount: definition.items.count, reservingRows: rows.count)
        let answers = AnswerModel(definition, missingRate: missingRate)
        var codes = [UInt8](repeating: 0, count: definition.items.count)
        for row in rows {
            let family = family(row)
            let member = definition.informant == .adultSelfReport ? family.parents[0] : family.children[0]
            var random = SplitMix64(seed: seed, stream: answers.stream, index: UInt64(row))
            answers.fill(&codes, level: member.level, using: &random)
            try matrix.append(respondent(id: row, member: member, partner: family.parents.count > 1 ? family.parents[1] : nil), matrixCodes: codes)
        }
        return matrix
    }

    /// The matrices of a whole battery for families `families`: each member answers the
    /// instruments of their role and age (parents: CTS2, ACE, AUDIT-C, TSI, socialisation,
    /// impulsivity, and NOSI-K per child; children 3–9: TSCYC and SIMS-PR (parent report);
    /// 10–17: TSCC and SIS).
    package func battery(_ definitions: [BuiltInInstrument: InstrumentDefinition], families: Range<Int>) throws(CoreError) -> [BuiltInInstrument: ResponseMatrix] {
        var matrices: [BuiltInInstrument: ResponseMatrix] = [:]
        var models: [BuiltInInstrument: AnswerModel] = [:]
        for (instrument, definition) in definitions {
            matrices[instrument] = try ResponseMatrix(itemCount: definition.items.count, reservingRows: families.count * 2)
            models[instrument] = AnswerModel(definition, missingRate: missingRate)
        }
        var codes: [UInt8] = []
        func add(_ instrument: BuiltInInstrument, _ member: Member, id: Int, partner: Member?) throws(CoreError) {
            guard let model = models[instrument] else { return }
            var random = SplitMix64(seed: seed, stream: model.stream, index: UInt64(id))
            codes = [UInt8](repeating: 0, count: model.itemCount)
            model.fill(&codes, level: member.level, using: &random)
            try matrices[instrument]?.append(respondent(id: id, member: member, partner: partner), matrixCodes: codes)
        }
        for index in families {
            let family = family(index)
            for (position, parent) in family.parents.enumerated() {
                let partner = family.parents.count > 1 ? family.parents[1 - position] : nil
                for instrument in [BuiltInInstrument.cts2, .ace, .auditc, .tsi, .socialisation, .impulsivity] {
                    try add(instrument, parent, id: index * 8 + position, partner: partner)
                }
            }
            for (position, child) in family.children.enumerated() {
                let id = index * 8 + 2 + position
                try add(.nosik, child, id: id, partner: nil)
                for instrument in child.age < 10 ? [BuiltInInstrument.tscyc, .simspr] : [.tscc, .sis] {
                    try add(instrument, child, id: id, partner: nil)
                }
            }
        }
        return matrices
    }

    private func respondent(id: Int, member: Member, partner: Member?) throws(CoreError) -> Respondent {
        Respondent(
            id: try RespondentID("S\(id)"), sex: member.sex, partnerSex: partner?.sex ?? .unknown,
            age: try Age(years: member.age), wave: .baseline)
    }
}

/// Draws one instrument's answers from a latent level with precomputed cumulative
/// thresholds (16 levels), so generation costs one random number per item.
struct AnswerModel: Sendable {
    static let levels = 16
    let itemCount: Int
    let minimum: UInt8
    let stream: UInt64
    /// `thresholds[(level * items + item) * codes + k]`: P(code offset ≤ k) as a 64-bit fraction.
    let thresholds: [UInt64]
    let codeCount: Int
    let missingThreshold: UInt64

    init(_ definition: InstrumentDefinition, missingRate: Double) {
        itemCount = definition.items.count
        minimum = definition.responseScale.minimum
        codeCount = definition.responseScale.codeCount
        stream = UInt64(definition.id.utf8.reduce(7) { ($0 &* 31) &+ Int($1) }.magnitude)
        missingThreshold = UInt64(min(1, max(0, missingRate)) * 65_536)
        var thresholds: [UInt64] = []
        let isCTS2 = definition.id == "cts2"
        for level in 0..<Self.levels {
            let latent = (Double(level) + 0.5) / Double(Self.levels)
            for item in 0..<itemCount {
                let weights = Self.weights(codes: codeCount, latent: latent, cts2Behaviour: isCTS2 ? item % 26 + 1 : nil, partner: item >= 26)
                let total = weights.reduce(0, +)
                var cumulative = 0.0
                for weight in weights {
                    cumulative += weight / total
                    thresholds.append(cumulative >= 1 ? UInt64.max : UInt64(cumulative * 0x1p64))
                }
            }
        }
        self.thresholds = thresholds
    }

    /// Relative weights of each code: higher codes grow likelier with the latent. CTS2 codes
    /// (1 never, 2 before, 3… frequencies) follow the behaviour's severity and actor.
    static func weights(codes: Int, latent: Double, cts2Behaviour: Int?, partner: Bool) -> [Double] {
        if let behaviour = cts2Behaviour, codes == 8 {
            let negotiation = behaviour <= 6
            let severe = (11...14).contains(behaviour) || behaviour >= 20
            let happened = negotiation ? 0.9 : min(0.95, latent * (severe ? 0.45 : 0.85) * (partner ? 1.0 : 0.55))
            let frequency = negotiation ? 0.5 : latent
            var weights = [(1 - happened) * 0.8, (1 - happened) * 0.2]
            let tail = (0..<6).map { pow(0.35 + 0.5 * frequency, Double($0)) }
            let tailTotal = tail.reduce(0, +)
            weights += tail.map { happened * $0 / tailTotal }
            return weights
        }
        // A discretised power law: mass moves up the scale as the latent rises.
        return (0..<codes).map { pow(0.25 + 0.6 * latent, Double($0)) }
    }

    func fill(_ codes: inout [UInt8], level latent: Double, using random: inout SplitMix64) {
        let level = min(Self.levels - 1, max(0, Int(latent * Double(Self.levels))))
        thresholds.withUnsafeBufferPointer { thresholds in
            for item in 0..<itemCount {
                let draw = random.next()
                if draw & 0xFFFF < missingThreshold {
                    codes[item] = MissingReason.skipped.matrixCode
                    continue
                }
                let base = (level * itemCount + item) * codeCount
                var offset = 0
                while offset < codeCount - 1, draw > thresholds[base + offset] { offset += 1 }
                codes[item] = minimum + UInt8(offset)
            }
        }
    }
}
