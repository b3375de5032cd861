import HearthCore

/// Two profiles whose approaches must not be given side by side as they are: the source warns
/// against responding with understanding where clear limits are needed (Steketee &
/// Lünnemann 2020). When both apply, the approach of `profile` is shown only with `limit`.
public struct ApproachConflict: Hashable, Sendable, Codable {
    /// The profile whose approach is limited.
    public var profile: String
    /// The profile it conflicts with.
    public var with: String
    /// How its approach is limited when both apply.
    public var limit: LocalizedText

    /// Creates a conflict.
    public init(profile: String, with: String, limit: LocalizedText) {
        self.profile = profile
        self.with = with
        self.limit = limit
    }
}

/// One profile's approach in the family's ordered approach: the dominant profile's first.
public struct ProfileApproach: Hashable, Sendable, Codable {
    /// The profile.
    public var profile: String
    /// The profile's name.
    public var name: String
    /// Its approach.
    public var approach: String
    /// How the approach is limited by a profile listed before it, if they conflict.
    public var limit: String?
    /// What the family's reading of who controls whom adds (intimate terror only): whom the
    /// limits are for, and what the controlled partner needs.
    public var note: Message<ProfileMessage>?
    /// ``note`` in the result's language.
    public var noteText: String?

    /// The approach as one line: "name: approach", with its limit and note.
    public var text: String { "\(name): \(approach)" + (limit.map { " — \($0)" } ?? "") + (noteText.map { " — \($0)" } ?? "") }
}
