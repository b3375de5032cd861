import Foundation

/// The built-in norm set: every reference and research statistic of the source report.
enum BuiltInNorms {
    /// The decoded set, or the decoding error (tests prove it decodes).
    static let decoded: Result<NormSet, NormsError> = Result { () throws(NormsError) in
        try NormSet.decode(Data(json.utf8), name: "verwey-jonker-2014")
    }
}

extension NormSet {
    /// The source report's statistics: research group (families reported for partner
    /// violence, waves 1–3) and reference group (general Dutch population sample; for
    /// socialisation and impulsivity the 2007 Reclassering sample), 465 entries, each with
    /// the table and lines it was printed on. No value that is not in the report.
    ///
    /// - Throws: ``NormsError/Code/malformedFile`` only if the embedded data were damaged.
    public static func builtIn() throws(NormsError) -> NormSet {
        try BuiltInNorms.decoded.get()
    }
}
