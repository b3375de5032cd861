extension Instruments {
    /// The Trauma Symptom Inventory (Briere 1995): 100 items rated 0 (never) to 3 (often)
    /// over the past six months; ten clinical scales and three validity scales.
    ///
    /// The item→scale key and the raw→T tables belong to the publisher (PAR) and come from a
    /// key file. INC (inconsistent response) is a pair-difference scale; its pairs come from
    /// the key as well.
    public static let tsi = InstrumentStructure(
        id: "tsi", name: "Trauma Symptom Inventory (TSI)",
        citation: "Briere (1995) Trauma Symptom Inventory professional manual. Odessa, FL: PAR",
        licence: "Proprietary (PAR). Item keys, validity thresholds and norms come from a key file the licence holder supplies.",
        informant: .adultSelfReport, minimumAge: 18,
        responseScale: ResponseScale(minimum: 0, maximum: 3, options: [
            .init(code: 0, meaning: "never"), .init(code: 1, meaning: "rarely"),
            .init(code: 2, meaning: "sometimes"), .init(code: 3, meaning: "often"),
        ]),
        itemCount: 100,
        slots: [
            ScaleSlot(id: "aa", name: "Anxious arousal"),
            ScaleSlot(id: "d", name: "Depression"),
            ScaleSlot(id: "ai", name: "Anger/irritability"),
            ScaleSlot(id: "ie", name: "Intrusive experiences"),
            ScaleSlot(id: "da", name: "Defensive avoidance"),
            ScaleSlot(id: "dis", name: "Dissociation"),
            ScaleSlot(id: "sc", name: "Sexual concerns"),
            ScaleSlot(id: "dsb", name: "Dysfunctional sexual behavior"),
            ScaleSlot(id: "isr", name: "Impaired self-reference"),
            ScaleSlot(id: "trb", name: "Tension reduction behavior"),
            ScaleSlot(id: "rl", name: "Response level", role: .validity, direction: .neutral),
            ScaleSlot(id: "atr", name: "Atypical response", role: .validity, direction: .neutral),
            ScaleSlot(id: "inc", name: "Inconsistent response", role: .validity, direction: .neutral, aggregation: .pairDifferenceSum),
        ])
}
