import HearthCore

/// Reading one FHIR answer as a whole-number code.
enum FHIRAnswerValue {
    /// The answer's whole number: `valueInteger`; `valueBoolean` as 1/0; a whole
    /// `valueDecimal`; or a `valueCoding`'s ordinalValue/itemWeight extension, its code in
    /// `codes`, or its code read as a number. `nil` when the value has none of these
    /// (a string answer, a fractional decimal).
    static func number(_ answer: FHIRAnswer, codes: [String: UInt8]) -> Int? {
        if let integer = answer.valueInteger { return integer }
        if let boolean = answer.valueBoolean { return boolean ? 1 : 0 }
        if let decimal = answer.valueDecimal { return whole(decimal) }
        guard let coding = answer.valueCoding else { return nil }
        if let weight = coding.extensions?.first(where: { $0.url == FHIRExtensionURL.ordinalValue || $0.url == FHIRExtensionURL.itemWeight }) {
            return weight.valueDecimal.flatMap(whole) ?? weight.valueInteger
        }
        guard let code = coding.code else { return nil }
        if let mapped = codes[code] { return Int(mapped) }
        return Int(code)
    }

    private static func whole(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e9 else { return nil }
        return Int(value)
    }
}

/// The FHIR data-absent-reason codes and the kinds of missing they are.
enum FHIRAbsentReason {
    static let reasons: [String: MissingReason] = [
        "unknown": .dontKnow, "asked-unknown": .dontKnow, "temp-unknown": .dontKnow, "not-asked": .notAdministered,
        "asked-declined": .refused, "masked": .refused, "not-applicable": .notAdministered, "unsupported": .notAdministered,
        "as-text": .skipped, "error": .skipped, "not-a-number": .skipped, "negative-infinity": .skipped,
        "positive-infinity": .skipped, "not-performed": .notAdministered, "not-permitted": .notAdministered,
    ]

    /// The code Hearth writes for each kind (skipped items are left out of a response).
    static let codes: [MissingReason: String] = [
        .dontKnow: "asked-unknown", .refused: "asked-declined", .notAdministered: "not-asked",
    ]

    static func missingReason(_ code: String?) -> MissingReason? { code.flatMap { reasons[$0] } }
}
