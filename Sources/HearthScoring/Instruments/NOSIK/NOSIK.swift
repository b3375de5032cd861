extension Instruments {
    /// The short form of the Nijmeegse Ouderlijke Stress Index (NOSI-K; De Brock et al.,
    /// after Abidin's Parenting Stress Index): 25 items rated 1 (strongly disagree) to 6
    /// (strongly agree), one total score 25–150, completed by a parent for each child.
    ///
    /// The keying of the items (which, if any, are reversed) is not published; it comes from
    /// a key file.
    public static let nosik = InstrumentStructure(
        id: "nosik", name: "Nijmeegse Ouderlijke Stress Index, short form (NOSI-K)",
        citation: "De Brock, Vermulst, Gerris, Veerman & Abidin (2004) NOSI-K manual; Tierolf et al. (2014), Table 5.5",
        licence: "Proprietary. The item key comes from a key file the licence holder supplies.",
        informant: .parentAboutChild,
        responseScale: ResponseScale(minimum: 1, maximum: 6, options: [
            .init(code: 1, meaning: "strongly disagree"), .init(code: 6, meaning: "strongly agree"),
        ]),
        itemCount: 25,
        slots: [ScaleSlot(id: "total", name: "Parenting stress (25–150)", expectedItemCount: 25)])
}
