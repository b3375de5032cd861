import HearthCore
import HearthScoring

extension CohortAnalysis {
    /// Pearson's r between two columns, over the respondents and waves that have both
    /// (joined on id and wave: two scales of one person, or instruments of one person).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale;
    ///   ``ResearchError/Code/insufficientData`` below three pairs or for a constant variable.
    public func correlation(_ x: ScoreVariable, _ y: ScoreVariable, where filter: CohortFilter = CohortFilter()) throws(ResearchError) -> PearsonCorrelation {
        var yByKey: [RecordKey: Double] = [:]
        for observation in try scored.observations(y, where: filter) {
            if let value = observation.value { yByKey[observation.key] = value }
        }
        var xs: [Double] = []
        var ys: [Double] = []
        for observation in try scored.observations(x, where: filter) {
            guard let value = observation.value, let other = yByKey[observation.key] else { continue }
            xs.append(value)
            ys.append(other)
        }
        return try PearsonCorrelation.between(xs, ys)
    }

    /// Cronbach's alpha of a scale from the item answers of the rows that pass `filter`,
    /// with the scale's own keying (reverse keying and code values).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale, or
    ///   a scale alpha does not apply to (a cut-off, `any` or pair-difference scale);
    ///   ``ResearchError/Code/insufficientData`` as ``CronbachAlpha/estimate(rows:)``.
    public func reliability(instrument: String, scale scaleID: String, where filter: CohortFilter = CohortFilter()) throws(ResearchError) -> CronbachAlpha {
        guard let definition = scored.cohort.definitions[instrument], let matrix = scored.cohort.matrices[instrument] else {
            throw ResearchError(.invalidMapping, instrument: instrument, message: "the cohort has no data for this instrument")
        }
        guard let scale = definition.scales.first(where: { $0.id == scaleID }) else {
            throw ResearchError(.invalidMapping, field: scaleID, instrument: instrument, message: "no such scale")
        }
        guard !scale.isDerived, scale.aggregation == .sum || scale.aggregation == .mean else {
            throw ResearchError(.invalidMapping, field: scaleID, instrument: instrument, message: "alpha applies to sum and mean scales only")
        }
        let values = ItemValues(definition: definition, scale: scale)
        var rows: [[Double?]] = []
        for row in 0..<matrix.rowCount {
            let respondent = matrix.respondents[row]
            guard filter.admits(respondent, attributes: scored.cohort.attributes[RecordKey(respondent)]) else { continue }
            let codes: ArraySlice<UInt8>
            do { codes = try matrix.matrixCodes(row: row) } catch { throw ResearchError(.scoring, instrument: instrument, message: error.description) }
            rows.append(values.values(codes))
        }
        return try CronbachAlpha.estimate(rows: rows)
    }
}

/// The value each item of a scale contributes, as the scoring plan computes it: the code,
/// reflected when reverse-keyed, then through the scale's code values.
struct ItemValues {
    let minimum: Int
    let maximum: Int
    let positions: [Int]
    let reversed: [Bool]
    let codeValues: [Int]?

    init(definition: InstrumentDefinition, scale: ScaleDefinition) {
        minimum = Int(definition.responseScale.minimum)
        maximum = Int(definition.responseScale.maximum)
        positions = scale.items.map { $0 - 1 }
        let reverse = Set(scale.reverseKeyed)
        reversed = scale.items.map { reverse.contains($0) }
        codeValues = scale.codeValues
    }

    /// The item values of one row (`nil` for a missing or out-of-range answer).
    func values(_ codes: ArraySlice<UInt8>) -> [Double?] {
        positions.enumerated().map { index, position in
            let code = Int(codes[codes.startIndex + position])
            guard code >= minimum, code <= maximum else { return nil }
            let keyed = reversed[index] ? minimum + maximum - code : code
            return Double(codeValues.map { $0[keyed - minimum] } ?? keyed)
        }
    }
}
