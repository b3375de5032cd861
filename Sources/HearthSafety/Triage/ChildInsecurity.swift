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
    /// The linked scales per instrument, read from a child by position (no names looked up
    /// per child), each with its place in ``links``.
    private let lookups: [(scales: ScaleLookup, links: [Int])]

    init(comparator: NormComparator) {
        self.comparator = comparator
        let links: [(instrument: String, scale: String, higherIsLessSecure: Bool, link: Int)] = Self.scales.compactMap { scale in
            comparator.link(instrument: scale.instrument, scale: scale.scale).map { (scale.instrument, scale.scale, scale.higherIsLessSecure, $0) }
        }
        self.links = links
        var instruments: [String] = []
        for link in links where !instruments.contains(link.instrument) { instruments.append(link.instrument) }
        lookups = instruments.map { instrument in
            let places = links.indices.filter { links[$0].instrument == instrument }
            return (ScaleLookup(instrument, places.map { links[$0].scale }), places)
        }
    }

    /// Yes when a scale is beyond the band on its insecure side; no when some scale was
    /// compared and none is; unknown without a comparable score.
    func answer(_ child: FamilyMember) -> Answer {
        var compared = false, insecure = false
        for (scales, places) in lookups where !insecure {
            scales.read(child) { index, value in
                let link = links[places[index]]
                guard !insecure, let value, let position = comparator.entryPosition(link: link.link, sex: child.sex, age: child.age) else { return }
                let entry = comparator.normSet.entries[position]
                guard let mean = entry.mean, let sd = entry.sd, sd > 0 else { return }
                compared = true
                // The upper side is the report's excess rule (mean + 1 SD); the lower side mirrors it.
                insecure = link.higherIsLessSecure ? (try? entry.isExcessive(RawScore(value))) == true : value < mean - sd
            }
        }
        return insecure ? .yes : (compared ? .no : .unknown)
    }
}
