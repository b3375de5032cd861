import HearthCore
import HearthNorms
import HearthProfiles

/// A child's emotional insecurity from the SIS (the child's own report) or the SIMS-PR (a
/// parent's report on a young child): a scale beyond the report's reference mean ± 1 SD on
/// its insecure side (Table 6.1; the norms' "excessive" band, minding each scale's direction:
/// higher is less secure on every scale but the SIS's constructive family representations).
struct ChildInsecurity: Sendable {
    /// The scales read, and whether a higher score is less secure.
    static let scales: [(instrument: String, scale: String, higherIsLessSecure: Bool)] = [
        ("simspr", "oer", true), ("simspr", "bd", true), ("simspr", "oa", true), ("simspr", "oi", true),
        ("sis", "oer", true), ("sis", "bd", true), ("sis", "oa", true), ("sis", "oi", true), ("sis", "cfr", false), ("sis", "dfr", true),
        ("sis", "csr", true),
    ]

    let comparator: NormComparator
    /// Each scale of ``scales`` with its link's position in the comparator (resolved once;
    /// the built-in norms link every scale, which a test holds).
    let links: [(instrument: String, scale: String, higherIsLessSecure: Bool, link: Int)]

    init(comparator: NormComparator) {
        self.comparator = comparator
        links = Self.scales.compactMap { scale in
            comparator.link(instrument: scale.instrument, scale: scale.scale).map { (scale.instrument, scale.scale, scale.higherIsLessSecure, $0) }
        }
    }

    /// Yes when a scale is beyond the band on its insecure side; no when some scale was
    /// compared and none is; unknown without a comparable score.
    func answer(_ child: FamilyMember) -> Answer {
        var compared = false
        for (instrument, scale, higherIsLessSecure, link) in links {
            guard let value = child.value(instrument, scale), let position = comparator.entryPosition(link: link, sex: child.sex, age: child.age) else { continue }
            let entry = comparator.normSet.entries[position]
            guard let mean = entry.mean, let sd = entry.sd, sd > 0 else { continue }
            compared = true
            // The upper side is the report's excess rule (mean + 1 SD); the lower side mirrors it.
            let insecure = higherIsLessSecure ? (try? entry.isExcessive(RawScore(value))) == true : value < mean - sd
            if insecure { return .yes }
        }
        return compared ? .no : .unknown
    }
}
