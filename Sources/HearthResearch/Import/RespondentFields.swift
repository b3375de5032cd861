/// Where an input keeps a respondent's metadata: the REDCap fields or FHIR linkIds of sex,
/// the partner's sex, and age in whole years. Any of them may be absent.
public struct RespondentFields: Hashable, Sendable, Codable {
    /// The field or linkId of the respondent's sex.
    public var sex: String?
    /// The field or linkId of the partner's sex.
    public var partnerSex: String?
    /// The field or linkId of the age in whole years.
    public var age: String?

    /// Creates metadata locations.
    public init(sex: String? = nil, partnerSex: String? = nil, age: String? = nil) {
        self.sex = sex
        self.partnerSex = partnerSex
        self.age = age
    }

    /// The names in use.
    var all: [String] { [sex, partnerSex, age].compactMap { $0 } }
}
