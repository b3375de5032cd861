import HearthScoring

/// Which child instruments apply at which age.
///
/// The source report's bands conflict at 10: emotional security "3 t/m 10" and "11 t/m 17"
/// (Tierolf et al. 2014) but also "3 tot 10" and "10 tot 18" (Tierolf et al. 2014); TSCYC "tot 10 jaar"
/// (Tierolf et al. 2014) and TSCC for 10–18. Hearth's default gives a 10-year-old the child-report
/// instruments (SIS, TSCC), matching "10 tot 18" and the report's Table 6.1 age bands;
/// the boundary is a setting.
public struct AgeRouting: Hashable, Sendable {
    /// The first age that gets the child-report instruments.
    public var childReportFromAge: Int

    /// Creates a routing; `childReportFromAge` defaults to 10.
    public init(childReportFromAge: Int = 10) { self.childReportFromAge = childReportFromAge }

    /// The instruments for a child: parent-reported below the boundary (SIMS-PR, TSCYC),
    /// self-reported from it (SIS, TSCC), NOSI-K (parenting stress about the child) always;
    /// empty below 3 or above 17, where the studies used none.
    public func instruments(forChildAged age: Int) -> [BuiltInInstrument] {
        guard (3...17).contains(age) else { return [] }
        return age < childReportFromAge ? [.simspr, .tscyc, .nosik] : [.sis, .tscc, .nosik]
    }
}
