import HearthCore

extension Instruments {
    /// The Revised Conflict Tactics Scales as used in the study: negotiation, psychological
    /// aggression and physical assault, 26 behaviours asked for self and partner (Straus,
    /// Hamby, Boney-McCoy & Sugarman 1996).
    ///
    /// Per actor (`self`, `partner`) and type (`negotiation`, `psychological`, `physical`):
    /// - `<actor>_<type>_prevalence`: 1 when any behaviour happened in the past year;
    /// - `<actor>_<type>_ever_prevalence`: 1 when any behaviour ever happened (including
    ///   "not in the past year, but before");
    /// - `<actor>_<type>_frequency`: annual frequency, the sum of category midpoints;
    /// - for psychological and physical also `_minor_` and `_severe_` prevalence and frequency;
    /// - `<actor>_violence_frequency`: psychological + physical (0–500 per actor);
    /// and `total_violence_frequency` for both actors (0–1000), as in the report's Table 4.9.
    ///
    /// Prevalence is 1 as soon as one answered behaviour occurred, whatever is missing;
    /// 0 needs every behaviour answered. Frequencies follow `frequencyMissingData`: every
    /// item required by default, as no published CTS2 proration rule exists.
    ///
    /// - Throws: ``ScoringError/Code/invalidSetting`` for an inconsistent coding.
    public static func cts2(
        coding: CTS2Coding = .study, frequencyMissingData: MissingDataRule = .requireAll
    ) throws(ScoringError) -> InstrumentDefinition {
        try coding.validate()
        var items: [ItemDefinition] = []
        for actor in CTS2Layout.actors {
            for behaviour in 1...CTS2Layout.behaviourCount {
                items.append(ItemDefinition(id: "\(actor)_\(behaviour)", label: "\(actor): \(CTS2Layout.label(behaviour: behaviour))"))
            }
        }
        var scales: [ScaleDefinition] = []
        for (actorIndex, actor) in CTS2Layout.actors.enumerated() {
            func positions(_ behaviours: ClosedRange<Int>) -> [Int] { CTS2Layout.positions(behaviours, actorIndex: actorIndex) }
            func prevalence(_ id: String, _ name: String, _ behaviours: ClosedRange<Int>, ever: Bool = false, direction: ScaleDefinition.Direction) -> ScaleDefinition {
                ScaleDefinition(
                    id: "\(actor)_\(id)", name: "\(name), \(actor)", direction: direction, items: positions(behaviours),
                    codeValues: ever ? coding.ever : coding.pastYear, aggregation: .any)
            }
            func frequency(_ id: String, _ name: String, _ behaviours: ClosedRange<Int>, direction: ScaleDefinition.Direction) -> ScaleDefinition {
                ScaleDefinition(
                    id: "\(actor)_\(id)", name: "\(name), \(actor)", direction: direction, items: positions(behaviours),
                    codeValues: coding.annualCounts, missingData: frequencyMissingData)
            }
            scales += [
                prevalence("negotiation_prevalence", "Negotiation, past-year prevalence", CTS2Layout.negotiation, direction: .neutral),
                prevalence("negotiation_ever_prevalence", "Negotiation, ever", CTS2Layout.negotiation, ever: true, direction: .neutral),
                frequency("negotiation_frequency", "Negotiation, annual frequency", CTS2Layout.negotiation, direction: .neutral),
            ]
            for (type, name, all, minor, severe) in [
                ("psychological", "Psychological aggression", CTS2Layout.psychological, CTS2Layout.psychologicalMinor, CTS2Layout.psychologicalSevere),
                ("physical", "Physical assault", CTS2Layout.physical, CTS2Layout.physicalMinor, CTS2Layout.physicalSevere),
            ] {
                scales += [
                    prevalence("\(type)_prevalence", "\(name), past-year prevalence", all, direction: .higherIsWorse),
                    prevalence("\(type)_ever_prevalence", "\(name), ever", all, ever: true, direction: .higherIsWorse),
                    frequency("\(type)_frequency", "\(name), annual frequency", all, direction: .higherIsWorse),
                    prevalence("\(type)_minor_prevalence", "\(name) (minor), past-year prevalence", minor, direction: .higherIsWorse),
                    frequency("\(type)_minor_frequency", "\(name) (minor), annual frequency", minor, direction: .higherIsWorse),
                    prevalence("\(type)_severe_prevalence", "\(name) (severe), past-year prevalence", severe, direction: .higherIsWorse),
                    frequency("\(type)_severe_frequency", "\(name) (severe), annual frequency", severe, direction: .higherIsWorse),
                ]
            }
            scales.append(frequency("violence_frequency", "Violence (psychological + physical), annual frequency", CTS2Layout.violence, direction: .higherIsWorse))
        }
        scales.append(ScaleDefinition(
            id: "total_violence_frequency", name: "Total violence, both actors, annual frequency",
            items: CTS2Layout.positions(CTS2Layout.violence, actorIndex: 0) + CTS2Layout.positions(CTS2Layout.violence, actorIndex: 1),
            codeValues: coding.annualCounts, missingData: frequencyMissingData))

        return InstrumentDefinition(
            id: "cts2", version: definitionVersion, name: "Revised Conflict Tactics Scales (CTS2), 3 scales",
            citation: "Straus, Hamby, Boney-McCoy & Sugarman (1996) J Fam Issues 17(3):283–316, doi:10.1177/019251396017003001",
            key: KeyProvenance(origin: .builtIn, version: definitionVersion, source: "published CTS2 scale structure and midpoint scoring; coding: \(coding.source)"),
            informant: .adultSelfReport,
            responseScale: coding.responseScale, items: items, scales: scales)
    }
}
