extension Instruments {
    /// Gough's socialisation scale in the Dutch 45-item true/false version (Gough 1960;
    /// translated by Reclassering Nederland): total 0–45, higher means more socialised.
    ///
    /// Items are keyed true or false; the key of the Dutch version is not published and
    /// comes from a key file.
    public static let socialisation = InstrumentStructure(
        id: "socialisation", name: "Gough socialisation scale (Dutch 45-item version)",
        citation: "Gough (1960) J Consult Psychol 24(1):23–30, doi:10.1037/h0044749; Tierolf et al. (2014), Table 5.3",
        licence: "CPI-derived scale; the Dutch version's key is not published and comes from a key file.",
        informant: .adultSelfReport, minimumAge: 18,
        responseScale: .trueFalse, itemCount: 45,
        slots: [ScaleSlot(id: "total", name: "Socialisation (0–45)", direction: .higherIsBetter, expectedItemCount: 45)])
}
