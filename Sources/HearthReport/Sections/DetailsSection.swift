import HearthCore
import HearthNorms
import HearthSafety
import HearthScoring

extension ReportWriter {
    /// For specialists: the rule set, its disclaimer, the identifiers of the rules, and the
    /// full reference of every work cited on the page.
    mutating func detailsSection() {
        let assessment = report.assessment
        // The works of the rules, the profiles and the questionnaires on the page.
        let instruments = report.input.family.members.flatMap { member in
            member.reports.map(\.instrumentID) + member.scores.keys.compactMap { $0.split(separator: ".").first.map(String.init) }
        }.compactMap(BuiltInInstrument.init(rawValue:))
        let cited = Set(
            assessment.firedRules.flatMap(\.citations).map(\.source) + assessment.profiles.memberships.flatMap(\.citations).map(\.source)
                + instruments.flatMap(\.citations).map(\.source))
        let works = Bibliography.builtIn.sources.filter { cited.contains($0.id) }
        var out = HTML()
        out.element("section", ["class": "details", "aria-labelledby": "details-h"]) { s in
            s.element("h2", ["id": "details-h"], text: text(.detailsHeading))
            s.element("p", text: explain(.ruleSetLine, ["ruleSet": .text(assessment.ruleSet), "disclaimer": .text(assessment.disclaimer)]))
            s.element("p", text: explain(.firedIDs, ["rules": .list(assessment.firedRules.map(\.rule))]))
            if !assessment.missingInformation.isEmpty {
                s.element("p", text: explain(.unknownIDs, ["rules": .list(assessment.missingInformation.map(\.rule))]))
            }
            s.element("h3", text: text(.sourcesHeading))
            s.element("ul", ["class": "sources"]) { list in
                for work in works { list.element("li", text: work.reference(in: language)) }
            }
        }
        html.raw(out.text)
    }
}
