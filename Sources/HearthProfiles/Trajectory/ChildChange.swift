import HearthCore
import HearthNorms

/// A child's change on a trauma or emotional-security scale between two waves, judged with
/// reliable and clinically significant change against the report's research (wave 1) and
/// reference statistics: did the child's well-being return to the general population's level?
public enum ChildChange {
    /// Judges the change of a child's score on a linked scale.
    ///
    /// Uses the research group's wave-1 SD, the report's reliability for the scale, and the
    /// cut-off between the research and reference groups (c, or a/b when one is missing).
    ///
    /// - Parameters:
    ///   - instrument: The Hearth instrument: `simspr` and `sis` take raw scores; `tscyc` and
    ///     `tscc` take T-scores (from a licensed table), because the report's trauma
    ///     statistics are on the T metric (Table 6.2).
    ///   - scale: The Hearth scale.
    ///   - higherIsWorse: `false` for SIS constructive family representations.
    /// - Throws: ``NormsError/Code/statisticUnavailable`` when the report lacks what is
    ///   needed for this scale or age; ``NormsError/Code/invalidValue`` for bad scores.
    public static func assess(
        instrument: String, scale: String, before: Double, after: Double, age: Int?, sex: Sex = .unknown,
        higherIsWorse: Bool = true, normSet: NormSet
    ) throws(NormsError) -> ReliableChange {
        let research = NormComparator(normSet: normSet, population: "research")
        let reference = NormComparator(normSet: normSet, population: "reference")
        guard let link = NormLink.builtIn.first(where: { $0.instrument == instrument && $0.scale == scale }),
            let dysfunctional = research.entry(for: link, sex: sex, age: age), let sd = dysfunctional.sd, let mean = dysfunctional.mean
        else {
            throw NormsError(.statisticUnavailable, entry: "\(instrument).\(scale)", message: "no research-group mean and SD for this scale and age")
        }
        guard let alpha = research.reliability(instrument: instrument, scale: scale)?.alpha else {
            throw NormsError(.statisticUnavailable, entry: "\(instrument).\(scale)", field: "alpha", message: "the report prints no reliability for this scale")
        }
        let functional = reference.entry(for: link, sex: sex, age: age).flatMap { entry in entry.mean.flatMap { mean in entry.sd.map { (mean, $0) } } }
        let cutoff = try ClinicalCutoff.best(dysfunctional: (mean, sd), functional: functional, higherIsWorse: higherIsWorse)
        return try ReliableChange(before: before, after: after, sd: sd, reliability: alpha, cutoff: cutoff.value, higherIsWorse: higherIsWorse)
    }
}
