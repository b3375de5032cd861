/// Dutch names of the scales that have a built-in norm link, in the report's own terms
/// (Tierolf et al. 2014; the instruments' Dutch versions). English names come from the
/// instrument definitions.
enum ScaleNames {
    static let dutch: [String: String] = [
        "ace.total": "traumatische jeugdervaringen (ACE-score)",
        "nosik.total": "opvoedingsstress (totaal)",
        "socialisation.total": "socialisatie",
        "impulsivity.total": "impulsiviteit",
        "simspr.oer": "openlijke emotionele reactiviteit", "simspr.bd": "gedragsdisregulatie", "simspr.oa": "openlijke vermijding",
        "simspr.oi": "openlijke bemoeienis",
        "sis.oer": "openlijke emotionele reactiviteit", "sis.bd": "gedragsdisregulatie", "sis.oa": "openlijke vermijding", "sis.oi": "openlijke bemoeienis",
        "sis.cfr": "constructieve familierepresentatie", "sis.dfr": "destructieve familierepresentatie", "sis.csr": "conflict-spillover",
        "cts2.self_violence_frequency": "eigen geweld, incidenten in het afgelopen jaar",
        "cts2.partner_violence_frequency": "geweld door de partner, incidenten in het afgelopen jaar",
        "cts2.total_violence_frequency": "geweldsincidenten van beide partners in het afgelopen jaar",
        "cts2.self_psychological_frequency": "chroniciteit psychisch geweld (zelf gedaan)",
        "cts2.self_physical_frequency": "chroniciteit fysiek geweld (zelf gedaan)",
        "cts2.partner_psychological_frequency": "chroniciteit psychisch geweld (door de partner)",
        "cts2.partner_physical_frequency": "chroniciteit fysiek geweld (door de partner)",
        "tscyc.anx": "angst", "tscyc.dep": "depressie", "tscyc.ang": "woede", "tscyc.pts_tot": "posttraumatische stress (totaal)",
        "tscyc.dis": "dissociatie", "tscyc.sc": "seksuele zorgen",
        "tscc.anx": "angst", "tscc.dep": "depressie", "tscc.ang": "woede", "tscc.pts": "posttraumatische stress", "tscc.dis": "dissociatie",
        "tscc.sc": "seksuele zorgen",
        "tsi.aa": "angstige opwinding", "tsi.d": "depressie", "tsi.ai": "woede en prikkelbaarheid", "tsi.ie": "opdringerige ervaringen",
        "tsi.da": "defensieve vermijding", "tsi.dis": "dissociatie", "tsi.sc": "seksuele problemen", "tsi.dsb": "disfunctioneel seksueel gedrag",
        "tsi.isr": "verstoord zelfbeeld", "tsi.trb": "spanningsverminderend gedrag",
    ]
}
