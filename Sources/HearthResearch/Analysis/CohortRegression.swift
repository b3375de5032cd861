/// A categorical predictor of a regression, dummy coded: one 0/1 term per level except the
/// reference level, named `key=level`.
public struct FactorPredictor: Hashable, Sendable, Codable {
    /// The grouping key whose levels are the categories.
    public var key: GroupingKey
    /// The reference level (default: the first level in the analysis's column order,
    /// `research` before `reference`, then natural order).
    public var reference: String?

    /// Creates a factor.
    public init(key: GroupingKey, reference: String? = nil) {
        self.key = key
        self.reference = reference
    }
}

/// A regression of one column on others and on factors, over the people (at a wave) with
/// every value: the report's "trauma symptoms explained by violence, childhood trauma,
/// impulsivity and antisocial behaviour" (Tierolf et al. 2014, §5).
public struct CohortRegression: Hashable, Sendable, Codable {
    /// The outcome column.
    public var outcome: ScoreVariable
    /// The numeric predictors.
    public var predictors: [ScoreVariable]
    /// The factors and the reference level each was coded against.
    public var factors: [FactorPredictor]
    /// The wave (`nil`: all rows).
    public var wave: Int?
    /// The rows left out for a missing value or a missing factor level (listwise deletion).
    public var excluded: Int
    /// The fit; `nil` with ``unavailable`` saying why.
    public var fit: LinearRegression?
    /// Why there is no fit.
    public var unavailable: String?
    /// Which respondents the analysis looked at (beside its wave).
    public var filter: CohortFilter = CohortFilter()
    /// A caution about the fit (persons with rows at several waves when all waves are pooled).
    public var warning: String?
}

extension CohortAnalysis {
    /// Fits `outcome` on `predictors` and dummy-coded `factors` over the rows that pass
    /// `filter` at `wave`, leaving out rows that lack any value (listwise).
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` for an unknown instrument or scale, or a
    ///   reference level no row has. Too few rows, collinearity or a constant outcome are not
    ///   errors: the result says why it has no fit.
    public func regression(
        _ outcome: ScoreVariable, on predictors: [ScoreVariable], factors: [FactorPredictor] = [], wave: Int? = nil,
        where filter: CohortFilter = CohortFilter()
    ) throws(ResearchError) -> CohortRegression {
        let rowFilter = restricted(filter, toWave: wave)
        let (outcomeValues, respondents) = try valuesByKey(outcome, where: rowFilter)
        var predictorValues: [[RecordKey: Double]] = []
        for predictor in predictors { predictorValues.append(try valuesByKey(predictor, where: rowFilter).values) }
        let keys = respondents.keys.sorted()
        let complete = keys.filter { key in
            outcomeValues[key] != nil && predictorValues.allSatisfy { $0[key] != nil }
                && factors.allSatisfy { factor in respondents[key].map { level(factor.key, of: $0) } != GroupingKey.missingLevel }
        }
        var coded: [FactorPredictor] = []
        var terms: [(term: String, values: [Double])] = zip(predictors, predictorValues).map { predictor, values in
            (predictor.description, complete.compactMap { values[$0] })
        }
        for factor in factors {
            let levels = complete.compactMap { respondents[$0].map { level(factor.key, of: $0) } }
            let order = ordered(Set(levels))
            let reference = factor.reference ?? order.first ?? ""
            guard factor.reference == nil || order.contains(reference) || complete.isEmpty else {
                throw ResearchError(.invalidMapping, field: factor.key.description, message: "no row has the reference level '\(reference)'")
            }
            coded.append(FactorPredictor(key: factor.key, reference: reference))
            for level in order where level != reference {
                terms.append(("\(factor.key)=\(level)", levels.map { $0 == level ? 1 : 0 }))
            }
        }
        var result = CohortRegression(
            outcome: outcome, predictors: predictors, factors: coded, wave: wave, excluded: keys.count - complete.count, fit: nil, unavailable: nil,
            filter: filter, warning: wave == nil ? Self.pooledWarning(complete) : nil)
        if complete.isEmpty, !outcomeValues.isEmpty, predictorValues.contains(where: { predictor in !predictor.isEmpty && predictor.keys.allSatisfy { outcomeValues[$0] == nil } }) {
            result.unavailable = "the outcome and a predictor are never measured for the same person at the same wave (a child's and a parent's instruments are on different people: columns are joined per person and wave; Tables 5.7 and 7.9–7.11 link family members)"
            return result
        }
        do {
            result.fit = try LinearRegression.fit(outcome: complete.compactMap { outcomeValues[$0] }, predictors: terms)
        } catch where error.code == .insufficientData {
            result.unavailable = error.field.map { "\($0): \(error.message)" } ?? error.message
        }
        return result
    }
}
