import HearthCore

extension Instruments {
    /// The published ACE categories, in the usual item order (Felitti et al. 1998; Dube et
    /// al. 2003): the category names, not the item texts.
    public static let aceCategories = [
        "emotional abuse", "physical abuse", "sexual abuse", "emotional neglect", "physical neglect",
        "parental separation or divorce", "mother treated violently", "household substance abuse",
        "household mental illness", "household member imprisoned",
    ]

    /// The items of the ACE questionnaire that the source report uses for "grew up with
    /// violence in the family": 1 (emotional abuse), 2 (physical abuse) and 7 (mother
    /// treated violently) (Verwey-Jonker report, lines 2603–2611).
    public static let aceFamilyViolenceItems = [1, 2, 7]

    /// The Adverse Childhood Experiences questionnaire, 10 yes/no items.
    ///
    /// - `total`: the number of categories answered yes, 0–10. Every item is required; a
    ///   partial count is never reported as the total (there is no published proration).
    /// - `family_violence`: 1 when item 1, 2 or 7 is yes; 0 when all three are no. One yes
    ///   determines it even if the others are missing.
    public static func ace() -> InstrumentDefinition {
        InstrumentDefinition(
            id: "ace", version: definitionVersion, name: "Adverse Childhood Experiences (ACE)",
            citation: "Felitti et al. (1998) Am J Prev Med 14(4):245–258; Dube et al. (2003) Pediatrics 111(3):564–572",
            key: KeyProvenance(origin: .builtIn, version: definitionVersion, source: "published 10-category ACE scoring: one point per category"),
            informant: .adultSelfReport, minimumAge: 18,
            responseScale: .yesNo,
            items: aceCategories.enumerated().map { ItemDefinition(id: "\($0.offset + 1)", label: $0.element) },
            scales: [
                ScaleDefinition(id: "total", name: "ACE score (0–10)", items: Array(1...10)),
                ScaleDefinition(
                    id: "family_violence", name: "Violence in the family of origin (items 1, 2 or 7)",
                    items: aceFamilyViolenceItems, aggregation: .any),
            ])
    }
}
