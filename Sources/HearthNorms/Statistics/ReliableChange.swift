/// Change between two measurements of the same person that exceeds measurement error and
/// that brings them back to the functional population (Jacobson & Truax 1991, J Consult
/// Clin Psychol 59(1):12–19).
///
/// The source report asks exactly this question: did a family's well-being return to the
/// level of the general population?
public struct ReliableChange: Hashable, Sendable, Codable {
    /// The classification of a change.
    public enum Classification: String, Hashable, Sendable, Codable, CaseIterable {
        /// A reliable improvement that also crossed the cut-off into the functional range.
        case recovered
        /// A reliable improvement that did not cross the cut-off.
        case improved
        /// No reliable change (|RCI| < 1.96).
        case unchanged
        /// A reliable change for the worse.
        case deteriorated
    }

    /// The |RCI| above which a change is reliable (p < .05, two-sided).
    public static let criticalValue = 1.96

    /// The reliable change index: (after − before) / S_diff.
    public var index: Double
    /// S_diff = √2 · SD · √(1 − r).
    public var standardErrorOfDifference: Double
    /// Whether |RCI| exceeds ``criticalValue``.
    public var isReliable: Bool
    /// Whether the score crossed the cut-off from the dysfunctional to the functional side
    /// (`nil` when no cut-off was given).
    public var crossedCutoff: Bool?
    /// The classification.
    public var classification: Classification

    /// Classifies the change from `before` to `after`.
    ///
    /// - Parameters:
    ///   - sd: The SD of the scale in the (pre-treatment) population, e.g. the research
    ///     group's wave-1 SD.
    ///   - reliability: The scale's reliability (Cronbach's α), in 0..<1.
    ///   - cutoff: The clinical cut-off (see ``ClinicalCutoff``); without one, a reliable
    ///     improvement is `improved`.
    ///   - higherIsWorse: Whether higher scores mean more problems (true for every scale of
    ///     the report except constructive family representations and socialisation).
    /// - Throws: ``NormsError/Code/invalidValue`` for non-finite scores, an SD that is not
    ///   positive, or a reliability outside 0..<1.
    public init(before: Double, after: Double, sd: Double, reliability: Double, cutoff: Double? = nil, higherIsWorse: Bool = true) throws(NormsError) {
        guard before.isFinite, after.isFinite, (cutoff ?? 0).isFinite else {
            throw NormsError(.invalidValue, field: "score", message: "scores and cut-off must be finite")
        }
        guard sd.isFinite, sd > 0 else { throw NormsError(.invalidValue, field: "sd", message: "SD must be a positive number") }
        guard reliability.isFinite, reliability >= 0, reliability < 1 else {
            throw NormsError(.invalidValue, field: "reliability", message: "reliability must be in 0..<1")
        }
        standardErrorOfDifference = 2.0.squareRoot() * sd * (1 - reliability).squareRoot()
        index = (after - before) / standardErrorOfDifference
        isReliable = abs(index) > Self.criticalValue
        let improvement = higherIsWorse ? after < before : after > before
        if let cutoff {
            let wasDysfunctional = higherIsWorse ? before > cutoff : before < cutoff
            let isFunctional = higherIsWorse ? after <= cutoff : after >= cutoff
            crossedCutoff = wasDysfunctional && isFunctional
        } else {
            crossedCutoff = nil
        }
        if !isReliable {
            classification = .unchanged
        } else if !improvement {
            classification = .deteriorated
        } else {
            classification = crossedCutoff == true ? .recovered : .improved
        }
    }
}

/// The cut-offs of clinically significant change (Jacobson & Truax 1991).
public enum ClinicalCutoff {
    /// Which cut-off was used, and its value.
    public enum Choice: Hashable, Sendable, Codable {
        /// c: the point between the two populations weighted by their SDs (both known).
        case c(Double)
        /// a: two SDs beyond the dysfunctional mean, toward the functional side.
        case a(Double)
        /// b: two SDs from the functional mean, toward the dysfunctional side.
        case b(Double)

        /// The cut-off's value.
        public var value: Double {
            switch self {
            case .c(let value), .a(let value), .b(let value): value
            }
        }
    }

    /// c = (SD_f · M_d + SD_d · M_f) / (SD_f + SD_d).
    public static func c(dysfunctionalMean: Double, dysfunctionalSD: Double, functionalMean: Double, functionalSD: Double) -> Double {
        (functionalSD * dysfunctionalMean + dysfunctionalSD * functionalMean) / (functionalSD + dysfunctionalSD)
    }

    /// The best available cut-off: c when both populations have a mean and SD, else a (only
    /// the dysfunctional population known) or b (only the functional one).
    ///
    /// - Throws: ``NormsError/Code/statisticUnavailable`` when neither population has a
    ///   mean and an SD.
    public static func best(
        dysfunctional: (mean: Double, sd: Double)?, functional: (mean: Double, sd: Double)?, higherIsWorse: Bool = true
    ) throws(NormsError) -> Choice {
        let toward: Double = higherIsWorse ? -1 : 1  // the direction of the functional side
        switch (dysfunctional, functional) {
        case let (d?, f?) where d.sd + f.sd > 0:
            return .c(c(dysfunctionalMean: d.mean, dysfunctionalSD: d.sd, functionalMean: f.mean, functionalSD: f.sd))
        case let (d?, _):
            return .a(d.mean + toward * 2 * d.sd)
        case let (nil, f?):
            return .b(f.mean - toward * 2 * f.sd)
        case (nil, nil):
            throw NormsError(.statisticUnavailable, message: "a cut-off needs the mean and SD of at least one population")
        }
    }
}
