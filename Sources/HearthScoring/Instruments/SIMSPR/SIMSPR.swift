extension Instruments {
    /// The Security in the Marital Subsystem – Parent Report (Davies et al.): 28 items a
    /// parent rates 1 (not at all) to 5 (a lot) about a child aged 3–10; four scales with
    /// the item counts implied by the report's ranges (Table 6.1): overt emotional reactivity
    /// 10, behavioural dysregulation 5, overt avoidance 4, overt involvement 9.
    ///
    /// Which items belong to which scale is not published in a source Hearth could check; it
    /// comes from a key file. Higher scores mean more emotional insecurity.
    public static let simspr = InstrumentStructure(
        id: "simspr", name: "Security in the Marital Subsystem – Parent Report (SIMS-PR)",
        citation: "Davies, Harold, Goeke-Morey & Cummings (2002) Monogr Soc Res Child Dev 67(3); Tierolf et al. (2014), Table 6.1",
        licence: "Research measure; the item key is not published in a source Hearth could check and comes from a key file.",
        informant: .parentAboutChild, minimumAge: 3, maximumAge: 10,
        responseScale: ResponseScale(minimum: 1, maximum: 5, options: [
            .init(code: 1, meaning: "not at all"), .init(code: 5, meaning: "a lot"),
        ]),
        itemCount: 28,
        slots: [
            ScaleSlot(id: "oer", name: "Overt emotional reactivity", expectedItemCount: 10),
            ScaleSlot(id: "bd", name: "Behavioural dysregulation", expectedItemCount: 5),
            ScaleSlot(id: "oa", name: "Overt avoidance", expectedItemCount: 4),
            ScaleSlot(id: "oi", name: "Overt involvement", expectedItemCount: 9),
        ])
}
