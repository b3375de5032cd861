extension NormLink {
    /// The links between Hearth's scales and the report's statistics, with the entry of each
    /// scale's reliability where the report prints one (used as the default for reliable
    /// change). Scales without a link have no built-in norm.
    public static let builtIn: [NormLink] = {
        var links: [NormLink] = [
            NormLink(instrument: "ace", scale: "total", reportInstrument: "ACE", reportScale: "aceScore", statistic: "countDistribution", tables: ["5.1"], reliabilityEntry: "N272"),
            NormLink(instrument: "nosik", scale: "total", reportInstrument: "NOSI-K", reportScale: "parentingStressTotal", tables: ["5.5"], reliabilityEntry: "N352"),
            NormLink(instrument: "socialisation", scale: "total", reportInstrument: "Gough-Socialization", reportScale: "socialisation", tables: ["5.3"], reliabilityEntry: "N335"),
            NormLink(instrument: "impulsivity", scale: "total", reportInstrument: "Eysenck-Impulsivity", reportScale: "impulsivity", tables: ["5.4"], reliabilityEntry: "N345"),
        ]
        let security = [("oer", "emotionalReactivity"), ("bd", "behavioralDysregulation"), ("oa", "avoidance"), ("oi", "involvement")]
        for (index, (scale, reportScale)) in security.enumerated() {
            links.append(NormLink(instrument: "simspr", scale: scale, reportInstrument: "SIMS-PR", reportScale: reportScale, tables: ["6.1"], reliabilityEntry: "N\(365 + index)"))
        }
        let older = security + [("cfr", "constructiveFamilyRepresentations"), ("dfr", "destructiveFamilyRepresentations"), ("csr", "conflictSpillover")]
        for (index, (scale, reportScale)) in older.enumerated() {
            links.append(NormLink(instrument: "sis", scale: scale, reportInstrument: "SIS", reportScale: reportScale, tables: ["6.1"], reliabilityEntry: "N\(369 + index)"))
        }
        for (scale, actor, reliability) in [("self_violence_frequency", "self", "N003"), ("partner_violence_frequency", "partner", "N003"), ("total_violence_frequency", "self+partner", "N003")] {
            links.append(NormLink(
                instrument: "cts2", scale: scale, reportInstrument: "CTS2", reportScale: "totalViolence", statistic: "meanIncidentsPastYear",
                tables: ["4.3", "4.4"], actor: actor, reliabilityEntry: reliability))
        }
        for actor in ["self", "partner"] {
            links.append(NormLink(instrument: "cts2", scale: "\(actor)_psychological_frequency", reportInstrument: "CTS2", reportScale: "psychologicalAggression",
                                  statistic: "chronicity", tables: ["4.1"], actor: actor, reliabilityEntry: "N002"))
            links.append(NormLink(instrument: "cts2", scale: "\(actor)_physical_frequency", reportInstrument: "CTS2", reportScale: "physicalAssault",
                                  statistic: "chronicity", tables: ["4.1"], actor: actor, reliabilityEntry: "N001"))
        }
        // Table 6.2 pools TSCYC and TSCC T-scores; they are comparable only after a licensed
        // raw→T table converts a raw score.
        let trauma: [(tscyc: String, tscc: String, report: String, tscycAlpha: String, tsccAlpha: String)] = [
            ("anx", "anx", "anxiety", "N404", "N409"), ("dep", "dep", "depression", "N405", "N410"), ("ang", "ang", "anger", "N408", "N414"),
            ("pts_tot", "pts", "posttraumaticStress", "N402", "N411"), ("dis", "dis", "dissociation", "N407", "N413"), ("sc", "sc", "sexualConcerns", "N406", "N412"),
        ]
        for scale in trauma {
            links.append(NormLink(instrument: "tscyc", scale: scale.tscyc, reportInstrument: "TSCYC+TSCC", reportScale: scale.report, tables: ["6.2"], metric: .tScore, reliabilityEntry: scale.tscycAlpha))
            links.append(NormLink(instrument: "tscc", scale: scale.tscc, reportInstrument: "TSCYC+TSCC", reportScale: scale.report, tables: ["6.2"], metric: .tScore, reliabilityEntry: scale.tsccAlpha))
        }
        let tsi = ["aa", "d", "ai", "ie", "da", "dis", "sc", "dsb", "isr", "trb"]
        for (index, scale) in tsi.enumerated() {
            links.append(NormLink(instrument: "tsi", scale: scale, reportInstrument: "TSI", reportScale: scale, statistic: "tScore", tables: [], metric: .tScore, reliabilityEntry: "N\(294 + index)"))
        }
        return links
    }()
}
