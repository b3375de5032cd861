extension Instruments {
    /// The Eysenck impulsivity scale in the study's 22-item yes/no version (Eysenck &
    /// Eysenck 1978): total 0–22, higher means more impulsive.
    ///
    /// Each item is keyed yes or no; that key (which items are reversed) belongs to the
    /// version the study used, which is not published, and comes from a key file.
    public static let impulsivity = InstrumentStructure(
        id: "impulsivity", name: "Eysenck impulsivity scale (22 items)",
        citation: "Eysenck & Eysenck (1978) Psychol Rep 43:1247–1255; Tierolf et al. (2014), Table 5.4",
        licence: "Research measure; the 22-item version's key is not published and comes from a key file.",
        informant: .adultSelfReport, minimumAge: 18,
        responseScale: .yesNo, itemCount: 22,
        slots: [ScaleSlot(id: "total", name: "Impulsivity (0–22)", expectedItemCount: 22)])
}
