extension Instruments {
    /// The Security in the Interparental Subsystem scale, child report (Davies, Forman, Rasi
    /// & Stevens 2002): 43 statements a child aged 10–17 rates 1 (not at all true of me) to
    /// 4 (very true of me); 35 of them are scored on seven scales with the item counts the
    /// report's ranges imply (Table 6.1): OER 7, BD 3, OA 7, OI 6, CFR 4, DFR 4, CSR 4.
    ///
    /// Higher means more insecurity on every scale except constructive family
    /// representations (CFR), where higher means more security. The item key comes from a
    /// key file.
    public static let sis = InstrumentStructure(
        id: "sis", name: "Security in the Interparental Subsystem scale (SIS)",
        citation: "Davies, Forman, Rasi & Stevens (2002) Child Dev 73(2):544–562, doi:10.1111/1467-8624.00423; Tierolf et al. (2014), Table 6.1",
        licence: "Research measure; the study's Dutch item key is not published and comes from a key file.",
        informant: .childSelfReport, minimumAge: 10, maximumAge: 17,
        responseScale: ResponseScale(minimum: 1, maximum: 4, options: [
            .init(code: 1, meaning: "not at all true of me"), .init(code: 4, meaning: "very true of me"),
        ]),
        itemCount: 43,
        slots: [
            ScaleSlot(id: "oer", name: "Overt emotional reactivity", expectedItemCount: 7),
            ScaleSlot(id: "bd", name: "Behavioural dysregulation", expectedItemCount: 3),
            ScaleSlot(id: "oa", name: "Overt avoidance", expectedItemCount: 7),
            ScaleSlot(id: "oi", name: "Overt involvement", expectedItemCount: 6),
            ScaleSlot(id: "cfr", name: "Constructive family representations", direction: .higherIsBetter, expectedItemCount: 4),
            ScaleSlot(id: "dfr", name: "Destructive family representations", expectedItemCount: 4),
            ScaleSlot(id: "csr", name: "Conflict spillover representations", expectedItemCount: 4),
        ])
}
