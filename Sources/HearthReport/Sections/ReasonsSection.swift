import HearthCore
import HearthSafety

extension ReportWriter {
    /// The rules that fired (level, reason, source) and what unknown facts could raise the level.
    mutating func reasonsSection() {
        let assessment = report.assessment
        var out = HTML()
        out.element("section", ["aria-labelledby": "reasons-h"]) { s in
            s.element("h2", ["id": "reasons-h"], text: text(.reasonsHeading))
            if assessment.firedRules.isEmpty {
                s.element("p", text: text(.none))
            } else {
                s.element("table") { table in
                    table.columnHeadings([text(.levelColumn), text(.reasonColumn), text(.sourceColumn)])
                    table.element("tbody") { body in
                        for reason in assessment.firedReasons {
                            body.element("tr") { row in
                                row.element("td", ["class": "lvl lvl-\(reason.level.rawValue)"], text: level(reason.level))
                                row.element("td") { cell in
                                    cell.add(reason.text)
                                    if let members = reason.appliesTo { cell.add(" (" + text(.forMembers, ["members": .list(members)]) + ")") }
                                }
                                row.element("td", ["class": "source"], text: reason.source)
                            }
                        }
                    }
                }
            }
            s.element("h3", text: text(.unknownHeading))
            let unknown = assessment.unknownFacts
            s.element("ul") { list in
                if unknown.isEmpty { list.element("li", text: text(.none)) }
                for item in unknown { list.element("li", text: item.text + " — " + text(.couldMake, ["level": .term(item.couldRaiseTo.rawValue)])) }
            }
        }
        html.raw(out.text)
    }
}
