/// The AUDIT-C totals at or above which drinking counts as risky, by sex.
public struct AUDITCRiskCutoffs: Hashable, Sendable, Codable {
    /// The cut-off for women.
    public var women: Int
    /// The cut-off for men.
    public var men: Int
    /// Where the values come from.
    public var source: String

    /// Creates cut-offs.
    public init(women: Int, men: Int, source: String) {
        self.women = women
        self.men = men
        self.source = source
    }

    /// Men ≥ 4, women ≥ 3: the study's cut-offs (Verwey-Jonker report, lines 2810–2813),
    /// the validated US values (Bush et al. 1998; Bradley et al. 2003). The default.
    public static let study = AUDITCRiskCutoffs(
        women: 3, men: 4, source: "Bush et al. 1998; Bradley et al. 2003; Tierolf et al. 2014 (the study's cut-offs)")

    /// Men ≥ 5, women ≥ 4: Dutch clinical practice for considering an alcohol use disorder.
    public static let dutchPractice = AUDITCRiskCutoffs(
        women: 4, men: 5, source: "Dutch practice (acutepsychiatrie.com, addendum 5: AUDIT-C)")
}
