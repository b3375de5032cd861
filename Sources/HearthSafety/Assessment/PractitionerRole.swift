/// Who reads the assessment: the wording of what to do when too little is known follows the
/// meldcode's division of tasks (Veilig Thuis investigates; others consult or report).
public enum PractitionerRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Veilig Thuis (advice and reporting centre).
    case veiligThuis
    /// A local (neighbourhood) team.
    case localTeam
    /// Specialised help for domestic violence.
    case specialisedHelp
    /// Any other professional bound by the meldcode.
    case otherProfessional
}
