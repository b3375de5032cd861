import HearthCore
import HearthSafety

extension ReportWriter {
    /// The level: the possible level first when it is higher (never the calm reading first),
    /// the state, the response and what to establish by when.
    mutating func levelSection() {
        let assessment = report.assessment
        var out = HTML()
        out.element("section", ["class": "level level-\(assessment.possibleLevel.rawValue)", "aria-labelledby": "level-h"]) { s in
            s.element("h2", ["id": "level-h"], text: text(.levelHeading))
            s.element("p", ["class": "levels"]) { p in
                if assessment.possibleLevel > assessment.level {
                    p.element("strong", ["class": "possible"], text: text(.levelPossible, ["level": .term(assessment.possibleLevel.rawValue)]))
                    p.raw(" · ")
                }
                // Nothing known names no level: "not assessable" says it.
                if assessment.assessable != .notAssessable {
                    p.element("strong", text: text(.levelKnown, ["level": .term(assessment.level.rawValue)]))
                    p.raw(" · ")
                }
                p.add(text(.assessableState, ["state": .term(assessment.assessableTerm)]))
            }
            if let judged = report.judged, judged.effectiveLevel != assessment.level {
                let count = judged.judgements.count
                s.element("p", text: count == 1
                    ? explain(.levelInForceOne, ["level": .term(judged.effectiveLevel.rawValue)])
                    : explain(.levelInForce, ["level": .term(judged.effectiveLevel.rawValue), "count": .integer(count)]))
            }
            for note in assessment.disagreementMessages(in: language) { s.element("p", ["class": "note"], text: note.text(in: language)) }
            s.element("h3", text: text(.responseHeading))
            s.element("p", text: assessment.response)
            if let establish = assessment.establishFirst {
                s.element("h3", text: text(.establishHeading, ["within": .term(establish.within.rawValue)]))
                s.element("ul") { list in
                    for fact in establish.facts { list.element("li", text: fact) }
                }
            }
        }
        html.raw(out.text)
    }
}
