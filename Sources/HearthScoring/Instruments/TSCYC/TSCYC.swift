extension Instruments {
    /// The Trauma Symptom Checklist for Young Children (Briere 2005; Dutch version Tierolf,
    /// Schuengel & Lamers-Winkelman 2018): 90 items a caretaker rates 1 (not at all) to 4
    /// (very often) for a child aged 3–12; nine clinical scales (PTS-TOT overlaps PTS-I,
    /// PTS-AV and PTS-AR) and two validity scales, response level (RL) and atypical response
    /// (ATR).
    ///
    /// A row describes the child: its age and sex select validity thresholds and norms.
    /// Keys and norms belong to the publisher (PAR; Dutch norms by the Dutch publisher) and
    /// come from a key file.
    public static let tscyc = InstrumentStructure(
        id: "tscyc", name: "Trauma Symptom Checklist for Young Children (TSCYC)",
        citation: "Briere (2005) TSCYC professional manual. Odessa, FL: PAR; Tierolf, Schuengel & Lamers-Winkelman (2018) J Aggression Maltreatment & Trauma 27(1):1–14, doi:10.1080/10926771.2017.1303012",
        licence: "Proprietary (PAR). Item keys, validity thresholds and norms come from a key file the licence holder supplies.",
        informant: .parentAboutChild, minimumAge: 3, maximumAge: 12,
        responseScale: ResponseScale(minimum: 1, maximum: 4, options: [
            .init(code: 1, meaning: "not at all"), .init(code: 2, meaning: "sometimes"),
            .init(code: 3, meaning: "often"), .init(code: 4, meaning: "very often"),
        ]),
        itemCount: 90,
        slots: [
            ScaleSlot(id: "anx", name: "Anxiety"),
            ScaleSlot(id: "dep", name: "Depression"),
            ScaleSlot(id: "ang", name: "Anger/aggression"),
            ScaleSlot(id: "pts_i", name: "Posttraumatic stress, intrusion"),
            ScaleSlot(id: "pts_av", name: "Posttraumatic stress, avoidance"),
            ScaleSlot(id: "pts_ar", name: "Posttraumatic stress, arousal"),
            ScaleSlot(id: "pts_tot", name: "Posttraumatic stress, total"),
            ScaleSlot(id: "sc", name: "Sexual concerns"),
            ScaleSlot(id: "dis", name: "Dissociation"),
            ScaleSlot(id: "rl", name: "Response level", role: .validity, direction: .neutral),
            ScaleSlot(id: "atr", name: "Atypical response", role: .validity, direction: .neutral),
        ])
}
