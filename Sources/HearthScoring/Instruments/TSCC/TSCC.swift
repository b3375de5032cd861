extension Instruments {
    /// The Trauma Symptom Checklist for Children (Briere 1996): 54 items rated 0 (never) to
    /// 3 (almost all of the time); six clinical scales (two with subscales) and two validity
    /// scales, underresponse (UND) and hyperresponse (HYP). Ages 8–16, with normative
    /// adjustments for 17-year-olds.
    ///
    /// Keys, validity thresholds and norms belong to the publisher (PAR) and come from a key
    /// file. UND and HYP count answers of 0 and 3 on particular items: give them `codeValues`
    /// `[1, 0, 0, 0]` and `[0, 0, 0, 1]`.
    public static let tscc = InstrumentStructure(
        id: "tscc", name: "Trauma Symptom Checklist for Children (TSCC)",
        citation: "Briere (1996) Trauma Symptom Checklist for Children professional manual. Odessa, FL: PAR",
        licence: "Proprietary (PAR). Item keys, validity thresholds and norms come from a key file the licence holder supplies.",
        informant: .childSelfReport, minimumAge: 8, maximumAge: 17,
        responseScale: ResponseScale(minimum: 0, maximum: 3, options: [
            .init(code: 0, meaning: "never"), .init(code: 1, meaning: "sometimes"),
            .init(code: 2, meaning: "lots of times"), .init(code: 3, meaning: "almost all of the time"),
        ]),
        itemCount: 54,
        slots: [
            ScaleSlot(id: "anx", name: "Anxiety"),
            ScaleSlot(id: "dep", name: "Depression"),
            ScaleSlot(id: "ang", name: "Anger"),
            ScaleSlot(id: "pts", name: "Posttraumatic stress"),
            ScaleSlot(id: "dis", name: "Dissociation"),
            ScaleSlot(id: "dis_o", name: "Dissociation, overt", isRequired: false),
            ScaleSlot(id: "dis_f", name: "Dissociation, fantasy", isRequired: false),
            ScaleSlot(id: "sc", name: "Sexual concerns"),
            ScaleSlot(id: "sc_p", name: "Sexual concerns, preoccupation", isRequired: false),
            ScaleSlot(id: "sc_d", name: "Sexual concerns, distress", isRequired: false),
            ScaleSlot(id: "und", name: "Underresponse", role: .validity, direction: .neutral),
            ScaleSlot(id: "hyp", name: "Hyperresponse", role: .validity, direction: .neutral),
        ])
}
