/// How a CTS2 answer code translates into counts: the annual frequency (category
/// midpoint), whether the act happened in the past year, and whether it ever happened.
///
/// The study's form codes 1 ("never happened") to 8 ("more than 20 times in the past
/// year"); the report never prints the table in between. ``study`` is the only ordinal
/// arrangement consistent with its printed ranges (up to 25 a year per item), placing
/// "not in the past year, but before" at 2. That placement is inferred, so the coding is
/// a parameter: pass another for other versions of the form.
public struct CTS2Coding: Hashable, Sendable, Codable {
    /// The codes the form uses.
    public var responseScale: ResponseScale
    /// Incidents per year counted for each code (index 0 = the lowest code).
    public var annualCounts: [Int]
    /// 1 when the code means the act happened in the past year, else 0.
    public var pastYear: [Int]
    /// 1 when the code means the act ever happened, else 0.
    public var ever: [Int]
    /// Where the coding comes from.
    public var source: String

    /// Creates a coding.
    public init(responseScale: ResponseScale, annualCounts: [Int], pastYear: [Int], ever: [Int], source: String) {
        self.responseScale = responseScale
        self.annualCounts = annualCounts
        self.pastYear = pastYear
        self.ever = ever
        self.source = source
    }

    /// The study's 1–8 coding: 1 never, 2 not in the past year but before, 3 once, 4 twice,
    /// 5 3–5 times, 6 6–10 times, 7 11–20 times, 8 more than 20 times; midpoints
    /// 0, 0, 1, 2, 4, 8, 15, 25 (Straus et al. 1996 midpoints). The default.
    public static let study = CTS2Coding(
        responseScale: ResponseScale(minimum: 1, maximum: 8, options: [
            .init(code: 1, meaning: "never"), .init(code: 2, meaning: "not in the past year, but before"),
            .init(code: 3, meaning: "once"), .init(code: 4, meaning: "twice"), .init(code: 5, meaning: "3–5 times"),
            .init(code: 6, meaning: "6–10 times"), .init(code: 7, meaning: "11–20 times"),
            .init(code: 8, meaning: "more than 20 times"),
        ]),
        annualCounts: [0, 0, 1, 2, 4, 8, 15, 25], pastYear: [0, 0, 1, 1, 1, 1, 1, 1], ever: [0, 1, 1, 1, 1, 1, 1, 1],
        source: "the study's form, codes 1–8 (Tierolf et al. 2014); order of codes 2–7 inferred; midpoints Straus et al. 1996")

    /// The original CTS2 form's coding: 0 never, 1 once, 2 twice, 3 3–5 times, 4 6–10 times,
    /// 5 11–20 times, 6 more than 20 times, 7 not in the past year but before.
    public static let original = CTS2Coding(
        responseScale: ResponseScale(minimum: 0, maximum: 7, options: [
            .init(code: 0, meaning: "never"), .init(code: 1, meaning: "once"), .init(code: 2, meaning: "twice"),
            .init(code: 3, meaning: "3–5 times"), .init(code: 4, meaning: "6–10 times"),
            .init(code: 5, meaning: "11–20 times"), .init(code: 6, meaning: "more than 20 times"),
            .init(code: 7, meaning: "not in the past year, but before"),
        ]),
        annualCounts: [0, 1, 2, 4, 8, 15, 25, 0], pastYear: [0, 1, 1, 1, 1, 1, 1, 0], ever: [0, 1, 1, 1, 1, 1, 1, 1],
        source: "Straus et al. 1996 form (1–6 past-year categories, 7 not in past year, 0 never)")

    /// Checks that every table has one entry per code, counts are 0...65535 and flags 0 or 1.
    func validate() throws(ScoringError) {
        let count = responseScale.codeCount
        guard responseScale.minimum <= responseScale.maximum,
            annualCounts.count == count, pastYear.count == count, ever.count == count
        else {
            throw ScoringError(.invalidSetting, instrument: "cts2", field: "coding", message: "each table needs one entry per code (\(count))")
        }
        guard annualCounts.allSatisfy({ (0...65_535).contains($0) }),
            (pastYear + ever).allSatisfy({ $0 == 0 || $0 == 1 })
        else {
            throw ScoringError(.invalidSetting, instrument: "cts2", field: "coding", message: "counts must be 0...65535 and flags 0 or 1")
        }
    }
}
