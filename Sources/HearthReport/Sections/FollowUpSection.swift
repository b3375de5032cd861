import Foundation
import HearthCore
import HearthSafety

extension ReportWriter {
    /// Triage, the reassessment and monitoring dates, and the judgement log.
    mutating func followUpSection() {
        let assessment = report.assessment
        let triage = assessment.triage, schedule = assessment.reassessment
        let monitoring = assessment.monitoringMessage(next: date(schedule.nextScheduled), until: date(schedule.monitoringUntil)).text(in: language)
        var out = HTML()
        out.element("section", ["aria-labelledby": "triage-h"]) { s in
            s.element("h2", ["id": "triage-h"], text: text(.triageHeading))
            // Under its heading the line is not labelled "Triage" again.
            let line = triage.lineMessage.text(in: language)
            s.element("p", text: line.prefix(1).uppercased() + line.dropFirst())
            s.element("ul") { list in
                for reason in triage.reasons { list.element("li", text: reason) }
                if !triage.childrenWithoutHelp.isEmpty { list.element("li", text: explain(.childrenWithoutHelp, ["children": .list(triage.childrenWithoutHelp)])) }
                if !triage.childrenWithInsecurity.isEmpty { list.element("li", text: explain(.childrenWithInsecurity, ["children": .list(triage.childrenWithInsecurity)])) }
                if !triage.childrenWithTrauma.isEmpty { list.element("li", text: explain(.childrenWithTrauma, ["children": .list(triage.childrenWithTrauma)])) }
            }
        }
        out.element("section", ["aria-labelledby": "reassessment-h"]) { s in
            s.element("h2", ["id": "reassessment-h"], text: text(.reassessmentHeading))
            s.element("p", text: assessment.reassessmentMessage(in: language, day: date).text(in: language))
            s.element("p", text: monitoring)
        }
        out.element("section", ["aria-labelledby": "judgements-h"]) { s in
            s.element("h2", ["id": "judgements-h"], text: text(.judgementsHeading))
            guard let judged = report.judged, !judged.judgements.isEmpty else {
                s.element("p", text: text(.noJudgements))
                return
            }
            s.element("ol") { list in
                for judgement in judged.judgements {
                    let values: KeyValuePairs<String, MessageArgument> = [
                        "professional": .text(judgement.assessor.rawValue), "level": .term(judgement.level.rawValue), "reason": .text(judgement.reason),
                    ]
                    let line = judgement.secondReviewer.map { reviewer in
                        explain(.judgementReviewed, [
                            "professional": .text(judgement.assessor.rawValue), "level": .term(judgement.level.rawValue), "reason": .text(judgement.reason),
                            "reviewer": .text(reviewer.rawValue),
                        ])
                    } ?? explain(.judgement, values)
                    list.element("li", text: date(judgement.at) + " — " + line)
                }
            }
        }
        html.raw(out.text)
    }
}
