/// The metadata of one row of answers: who, and when.
///
/// Only what scoring and norms need is kept: a pseudonymous identifier, sex (for
/// sex-specific cut-offs and norm strata), the partner's sex when known (partner-report
/// items such as AUDIT-C about the partner), age and wave.
public struct Respondent: Hashable, Sendable, Codable {
    /// The respondent's pseudonym.
    public var id: RespondentID
    /// The respondent's sex.
    public var sex: Sex
    /// The sex of the partner the respondent reports on, when recorded.
    public var partnerSex: Sex
    /// The respondent's age, when known.
    public var age: Age?
    /// The measurement occasion, when known.
    public var wave: Wave?

    /// Creates respondent metadata.
    public init(id: RespondentID, sex: Sex = .unknown, partnerSex: Sex = .unknown, age: Age? = nil, wave: Wave? = nil) {
        self.id = id
        self.sex = sex
        self.partnerSex = partnerSex
        self.age = age
        self.wave = wave
    }
}
