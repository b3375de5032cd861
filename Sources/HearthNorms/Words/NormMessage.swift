import HearthCore

/// Every sentence HearthNorms shows people: why a score was not compared with a norm, and the
/// words for bands and statuses (``NormBand/label(in:)``, ``NormResult/Status/label(in:)``).
public enum NormMessage: String, MessageCatalog {
    /// No norm is linked to the scale.
    case noNormForScale
    /// The report's statistics are T-scores and no raw→T table is loaded.
    case tScoresNeedTable
    /// No entry of the population fits the respondent.
    case noNormForRespondent
    /// The entry has no SD or distribution.
    case entryWithoutSpread
    /// The raw score lies outside the T table.
    case outsideTable
    /// The score itself has no usable value.
    case scoreStatus
    /// No z or T: the entry prints no mean.
    case noMean
    /// No z or T: the entry prints no SD.
    case noSD
    /// No z or T: the SD is zero.
    case zeroSD
    /// No percentile: neither a distribution nor a z.
    case noPercentile

    /// The parameters.
    public var parameters: [MessageParameter] {
        switch self {
        case .noNormForScale: [.text("scale")]
        case .noNormForRespondent: [.text("population")]
        case .scoreStatus: [.term("status")]
        case .entryWithoutSpread, .tScoresNeedTable, .outsideTable, .noMean, .noSD, .zeroSD, .noPercentile: []
        }
    }

    /// The template in a language.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .dutch: dutch
        }
    }

    /// A vocabulary word in a language: bands, statuses, score statuses.
    public static func term(_ key: String, in language: Language) -> String? {
        switch language {
        case .english: englishTerms[key]
        case .dutch: dutchTerms[key]
        }
    }
}

extension NormBand {
    /// The band's name for people ("clinical", "klinisch").
    public func label(in language: Language) -> String { NormMessage.term("band." + rawValue, in: language) ?? rawValue }
}

extension NormResult.Status {
    /// The status's name for people ("no norm", "geen norm").
    public func label(in language: Language) -> String { NormMessage.term("status." + rawValue, in: language) ?? rawValue }
}
