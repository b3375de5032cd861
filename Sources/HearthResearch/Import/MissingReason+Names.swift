import HearthCore

extension MissingReason {
    /// The kinds of missing by the names mapping files use.
    static let byName: [String: MissingReason] = [
        "skipped": .skipped, "dontKnow": .dontKnow, "refused": .refused, "notAdministered": .notAdministered,
    ]

    /// The name mapping files use for this kind.
    var name: String {
        switch self {
        case .skipped: "skipped"
        case .dontKnow: "dontKnow"
        case .refused: "refused"
        case .notAdministered: "notAdministered"
        }
    }
}
