import Foundation
import HearthCore
import HearthSafety

extension ReportWriter {
    /// The incidents on record, dated, with who used violence against whom (pseudonyms) and
    /// whether children were present, and whether the history is confirmed complete.
    mutating func incidentsSection() {
        let input = report.input
        var out = HTML()
        out.element("section", ["aria-labelledby": "incidents-h"]) { s in
            s.element("h2", ["id": "incidents-h"], text: text(.incidentsHeading))
            if input.incidents.isEmpty {
                s.element("p", text: text(.noIncidents))
            } else {
                s.element("table") { table in
                    table.columnHeadings([ReportMessage.dateColumn, .kindColumn, .severityColumn, .byAgainstColumn, .childrenPresentColumn].map { text($0) })
                    table.element("tbody") { body in
                        for incident in input.incidents {
                            body.element("tr") { row in
                                row.element("td", ["class": "num"], text: date(incident.date))
                                row.element("td", text: word(incident.kind.rawValue))
                                row.element("td", text: word(incident.severity.rawValue))
                                row.element("td", text: (incident.by ?? "?") + " → " + (incident.against.isEmpty ? "?" : incident.against.joined(separator: ", ")))
                                row.element("td", text: word(incident.childrenPresent.rawValue))
                            }
                        }
                    }
                }
            }
            if let confirmed = input.historyConfirmedUntil {
                s.element("p", text: text(.historyConfirmedUntil, ["date": .text(date(confirmed))]))
            } else {
                s.element("p", text: text(.historyNotConfirmed))
            }
        }
        html.raw(out.text)
    }

    /// A vocabulary word of the safety messages (incident kinds, severities, answers).
    func word(_ key: String) -> String { SafetyMessage.term(key, in: language) ?? ReportMessage.term(key, in: language) ?? key }

    /// A date as the page's language writes it.
    func date(_ value: Date) -> String { language.day(value) }
}
