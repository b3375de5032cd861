import HearthCore

/// The eleven instruments Hearth knows, and how each is made scorable.
public enum BuiltInInstrument: String, Hashable, Sendable, Codable, CaseIterable {
    /// Revised Conflict Tactics Scales (negotiation, psychological, physical; self and partner).
    case cts2
    /// Adverse Childhood Experiences.
    case ace
    /// Trauma Symptom Inventory.
    case tsi
    /// AUDIT-C, self and partner.
    case auditc
    /// Gough socialisation scale (45 items).
    case socialisation
    /// Eysenck impulsivity scale (22 items).
    case impulsivity
    /// NOSI-K parenting stress.
    case nosik
    /// SIMS-PR emotional security (parent report, young children).
    case simspr
    /// SIS emotional security (child report, older children).
    case sis
    /// Trauma Symptom Checklist for Young Children.
    case tscyc
    /// Trauma Symptom Checklist for Children.
    case tscc

    /// Finds an instrument by identifier, ignoring case (`ACE` is `ace`).
    ///
    /// - Throws: ``ScoringError/Code/unknownInstrument`` naming the closest known
    ///   identifiers and listing them all.
    public init(identifier: String) throws(ScoringError) {
        guard let instrument = BuiltInInstrument(rawValue: identifier.lowercased()) else {
            let known = BuiltInInstrument.allCases.map(\.rawValue)
            let near = EditDistance.suggestions(for: identifier, among: known)
            let hint = near.isEmpty ? "" : "did you mean " + near.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "? "
            throw ScoringError(.unknownInstrument, instrument: identifier, message: "unknown instrument '\(identifier.prefix(64))'; \(hint)known instruments: " + known.joined(separator: ", "))
        }
        self = instrument
    }

    /// Whether scoring needs a key file from the user.
    public var requiresKeyFile: Bool { structure != nil }

    /// The structure a key file is checked against, for instruments that need one.
    public var structure: InstrumentStructure? {
        switch self {
        case .cts2, .ace, .auditc: nil
        case .tsi: Instruments.tsi
        case .socialisation: Instruments.socialisation
        case .impulsivity: Instruments.impulsivity
        case .nosik: Instruments.nosik
        case .simspr: Instruments.simspr
        case .sis: Instruments.sis
        case .tscyc: Instruments.tscyc
        case .tscc: Instruments.tscc
        }
    }

    /// The instrument's name.
    public var name: String {
        switch self {
        case .cts2: "Revised Conflict Tactics Scales (CTS2), 3 scales"
        case .ace: "Adverse Childhood Experiences (ACE)"
        case .auditc: "AUDIT-C (self and partner)"
        default: structure?.name ?? rawValue
        }
    }

    /// The works the instrument rests on (``Bibliography/builtIn``): its authors' publication or
    /// manual, and the report (Tierolf et al. 2014) where the study used it.
    public var citations: [Citation] {
        let study = Citation("tierolf2014")
        switch self {
        case .cts2: return [Citation("straus1996"), study]
        case .ace: return [Citation("felitti1998"), study]
        case .auditc: return [Citation("bush1998"), study]
        case .tsi: return [Citation("briere1995"), study]
        case .socialisation: return [Citation("gough1960"), study]
        case .impulsivity: return [Citation("eysenck1978"), study]
        case .nosik: return [Citation("njiNosi"), study]
        case .simspr: return [Citation("davies2002"), study]
        case .sis: return [Citation("daviesForman2002"), study]
        case .tscyc: return [Citation("briere2005"), Citation("tierolf2018"), study]
        case .tscc: return [Citation("briere1996"), study]
        }
    }

    /// The built-in definition, with default settings.
    ///
    /// - Throws: ``ScoringError/Code/keyRequired`` for an instrument whose key must come from
    ///   a key file, naming the scales the key must define.
    public func definition() throws(ScoringError) -> InstrumentDefinition {
        switch self {
        case .cts2: return try Instruments.cts2()
        case .ace: return Instruments.ace()
        case .auditc: return try Instruments.auditC()
        default:
            let slots = structure?.slots.filter(\.isRequired).map(\.id).joined(separator: ", ") ?? ""
            throw ScoringError(
                .keyRequired, instrument: rawValue,
                message: "scoring '\(rawValue)' needs a key file (licensed or unpublished key) defining scales: \(slots); see docs/key-files.md")
        }
    }

    /// The definition built from a user-supplied key.
    ///
    /// - Throws: ``ScoringError/Code/keyMismatch`` when the key does not fit the structure,
    ///   or when the instrument is fully built in and takes no key.
    public func definition(with key: ScoringKey) throws(ScoringError) -> InstrumentDefinition {
        guard let structure else {
            throw ScoringError(.keyMismatch, instrument: rawValue, message: "'\(rawValue)' is built in and takes no key file")
        }
        return try structure.definition(with: key)
    }
}
