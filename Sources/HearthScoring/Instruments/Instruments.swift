/// Factories for Hearth's built-in instruments.
///
/// ACE, AUDIT-C and CTS2 are fully built in (their structure and scoring are published).
/// The other eight have their structure built in (``InstrumentStructure``) and take their
/// item keys from a key file the user supplies; see ``BuiltInInstrument``.
public enum Instruments {
    /// The version of Hearth's built-in definitions; part of every score's provenance.
    public static let definitionVersion = "hearth-1"
}
