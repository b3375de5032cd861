/// Who answers a questionnaire.
public enum Informant: String, Hashable, Sendable, Codable, CaseIterable {
    /// An adult answering about themselves (and, for some instruments, their partner).
    case adultSelfReport
    /// A parent or carer answering about one child.
    case parentAboutChild
    /// A child or adolescent answering about themselves.
    case childSelfReport
}
