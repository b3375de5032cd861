import HearthCore

/// A column's course over the waves as a linear mixed model (``LinearMixedModel``): every
/// measured wave of every person, complete or not, with a random intercept per person
/// (and optionally a random slope on time), fixed effects for the wave (a factor or a
/// line), a group, and their interaction — where the report's paired tests had to drop
/// the people missing a wave (Tierolf et al. 2014, §7: "complete data of few teenagers").
public struct CohortMixedModel: Hashable, Sendable, Codable {
    /// How the wave enters the fixed effects.
    public enum WaveCoding: String, Hashable, Sendable, Codable {
        /// One term per wave after the first (`wave=2`, `wave=3`): no shape assumed.
        case factor
        /// One slope on time (`time`): a straight line.
        case linear
    }

    /// The column.
    public var column: ScoreVariable
    /// The waves used, in order.
    public var waves: [Int]
    /// The wave coding.
    public var waveCoding: WaveCoding
    /// The time of each wave (of the `time` term and the random slope): by default the wave
    /// index minus the first wave's (0, 1, 2), so the intercept is the first wave.
    public var waveTimes: [String: Double]
    /// The group factor and its reference level, if any.
    public var group: FactorPredictor?
    /// Whether wave × group interaction terms are in.
    public var interaction: Bool
    /// Whether persons have their own slope on time.
    public var randomSlope: Bool
    /// Rows left out: no value, or no group level.
    public var excluded: Int
    /// Persons with a single measured wave (in the fit: they inform the fixed effects).
    public var personsWithOneWave: Int
    /// The fit; `nil` with ``unavailable`` saying why.
    public var fit: LinearMixedModel?
    /// Why there is no fit.
    public var unavailable: String?
    /// Which respondents the model looked at.
    public var filter: CohortFilter = CohortFilter()
}

extension CohortAnalysis {
    /// Fits a mixed model of `column` over `waves` (default: every wave in the data).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale, a
    ///   wave time missing for a wave, or a reference level no row has. Too few people,
    ///   collinear terms or a constant outcome are not errors: the result says why it has no fit.
    public func mixedModel(
        _ column: ScoreVariable, waves: [Int]? = nil, waveCoding: CohortMixedModel.WaveCoding = .factor, waveTimes: [Int: Double]? = nil,
        group: FactorPredictor? = nil, interaction: Bool = true, randomSlope: Bool = false, method: LinearMixedModel.Method = .reml,
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> CohortMixedModel {
        let all = try scored.observations(column, where: filter).filter { observation in
            guard let wave = observation.key.wave else { return false }
            return waves?.contains(wave) ?? true
        }
        // Sorted and once each: the first wave is the reference level and time 0.
        let usedWaves = Array(Set(waves ?? all.compactMap(\.key.wave))).sorted()
        let times = try times(usedWaves, waveTimes)
        let rows = all.filter { observation in
            observation.value != nil && (group.map { level($0.key, of: observation.respondent) != GroupingKey.missingLevel } ?? true)
        }
        var coded = group
        var fixed: [(term: String, values: [Double])] = []
        let waveTerms: [(term: String, values: [Double])]
        switch waveCoding {
        case .linear:
            waveTerms = [("time", rows.map { times[$0.key.wave ?? 0] ?? 0 })]
        case .factor:
            waveTerms = usedWaves.dropFirst().map { wave in ("wave=\(wave)", rows.map { $0.key.wave == wave ? 1 : 0 }) }
        }
        fixed += waveTerms
        if let group {
            let levels = rows.map { level(group.key, of: $0.respondent) }
            let order = ordered(Set(levels))
            let reference = group.reference ?? order.first ?? ""
            guard group.reference == nil || order.contains(reference) || rows.isEmpty else {
                throw ResearchError(.invalidMapping, field: group.key.description, message: "no row has the reference level '\(reference)'")
            }
            coded = FactorPredictor(key: group.key, reference: reference)
            let groupTerms = order.filter { $0 != reference }.map { level in ("\(group.key)=\(level)", levels.map { $0 == level ? 1.0 : 0 }) }
            fixed += groupTerms
            if interaction {
                for wave in waveTerms {
                    for term in groupTerms { fixed.append(("\(wave.term):\(term.0)", zip(wave.values, term.1).map { $0 * $1 })) }
                }
            }
        }
        var persons: [RespondentID: Int] = [:]
        let groups = rows.map { observation in
            if let index = persons[observation.respondent.id] { return index }
            persons[observation.respondent.id] = persons.count
            return persons.count - 1
        }
        let perPerson = Dictionary(grouping: groups, by: { $0 })
        var result = CohortMixedModel(
            column: column, waves: usedWaves, waveCoding: waveCoding, waveTimes: Dictionary(uniqueKeysWithValues: times.map { (String($0.key), $0.value) }),
            group: coded, interaction: group != nil && interaction, randomSlope: randomSlope, excluded: all.count - rows.count,
            personsWithOneWave: perPerson.values.count(where: { $0.count == 1 }), fit: nil, unavailable: nil, filter: filter)
        do {
            result.fit = try LinearMixedModel.fit(
                outcome: rows.compactMap(\.value), fixed: fixed, groups: groups,
                slopeTime: randomSlope ? rows.map { times[$0.key.wave ?? 0] ?? 0 } : nil, method: method)
        } catch where error.code == .insufficientData {
            var reason = error.field.map { "\($0): \(error.message)" } ?? error.message
            if error.field?.contains(":") == true { reason += " — a group seen at one wave only cannot change over the waves; set \"interaction\": false" }
            if error.field == "slopeTime" { reason = error.message }
            result.unavailable = reason
        }
        return result
    }

    /// The time of each wave: given, or the wave minus the first wave.
    private func times(_ waves: [Int], _ given: [Int: Double]?) throws(ResearchError) -> [Int: Double] {
        guard let given else { return Dictionary(uniqueKeysWithValues: waves.map { ($0, Double($0 - (waves.first ?? 0))) }) }
        for wave in waves where given[wave] == nil {
            throw ResearchError(.invalidMapping, field: "waveTimes", message: "no time for wave \(wave)")
        }
        return given.filter { waves.contains($0.key) }
    }
}
