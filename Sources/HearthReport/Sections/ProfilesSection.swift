import HearthCore
import HearthProfiles
import HearthSafety

extension ReportWriter {
    /// The dominant profile, each profile's status, the family's one ordered approach, who
    /// controls whom and the primary aggressor.
    mutating func profilesSection() {
        let profiles = report.assessment.profiles
        var out = HTML()
        out.element("section", ["aria-labelledby": "profiles-h"]) { s in
            s.element("h2", ["id": "profiles-h"], text: text(.profilesHeading))
            s.element("p", text: explain(.dominantProfile, ["reason": .text(profiles.dominant.reason)]))
            s.element("ul") { list in
                for membership in profiles.memberships {
                    list.element("li", text: text(.membershipLine, ["profile": .text(membership.name), "status": .term(membership.status.rawValue)]))
                }
            }
            if !profiles.approaches.isEmpty {
                s.element("h3", text: text(.approachHeading))
                s.element("ol") { list in
                    for approach in profiles.approaches { list.element("li", text: approach.text) }
                }
            }
            s.element("h3", text: text(.controlHeading))
            s.element("ul") { list in
                for line in profiles.control.text { list.element("li", text: line) }
            }
            s.element("p", text: explain(.primaryAggressor, ["reason": .text(profiles.primaryAggressor.reason)]))
        }
        html.raw(out.text)
    }
}
