import HearthCore
import HearthNorms
import HearthProfiles
import HearthSafety

extension ReportWriter {
    /// Each member: the level per person, and every scale with a reference norm against it —
    /// a chart with z, T, percentile and band where z can be read, else the reason.
    mutating func membersSection() {
        let persons = report.assessment.persons
        var members = ""
        for member in report.input.family.members {
            members += memberHTML(member, person: persons.first { $0.member == member.id })
        }
        var out = HTML()
        out.element("section", ["aria-labelledby": "members-h"]) { s in
            s.element("h2", ["id": "members-h"], text: text(.membersHeading))
            s.raw(members)
        }
        html.raw(out.text)
    }

    private mutating func memberHTML(_ member: FamilyMember, person: PersonSafety?) -> String {
        let role = MessageArgument.term(member.role.rawValue)
        let heading = member.age.map { $0 == 1 ? text(.memberAgedOne, ["member": .text(member.id), "role": role]) : text(.memberWithAge, ["member": .text(member.id), "role": role, "age": .integer($0)]) }
            ?? text(.memberWithoutAge, ["member": .text(member.id), "role": role])
        let (rows, others) = ScoreRow.rows(member, comparator: report.comparator, language: language)
        let table = rows.isEmpty ? "" : scoreTable(rows)
        var out = HTML()
        out.element("section", ["class": "member", "aria-label": heading]) { s in
            s.element("h3", text: heading)
            // The member's level as the explanation words it (never calm alone).
            if let person { s.element("p", text: text(.memberLevel, ["level": .text(report.assessment.personLevelMessage(person).text(in: language))])) }
            if rows.isEmpty && others == 0 {
                s.element("p", text: text(.noQuestionnaires))
            } else if rows.isEmpty {
                s.element("p", text: text(.noScales))
            } else {
                s.raw(table)
            }
            if others > 0 { s.element("p", ["class": "note"], text: text(.otherScales, ["count": .integer(others)])) }
        }
        return out.text
    }

    private mutating func scoreTable(_ rows: [ScoreRow]) -> String {
        var body = ""
        for row in rows { body += scoreRow(row) }
        var out = HTML()
        out.element("table", ["class": "scores"]) { table in
            table.columnHeadings([text(.scaleColumn), text(.scoreColumn), text(.normColumn)])
            table.element("tbody") { $0.raw(body) }
        }
        return out.text
    }

    private mutating func scoreRow(_ row: ScoreRow) -> String {
        charts += 1
        let reading = normText(row)
        let figure: String? = row.readable ? row.result.z.map { chart(z: $0.value, row: row, id: "chart\(charts)", reading: reading).svg } : nil
        var out = HTML()
        out.element("tr") { tr in
            tr.element("th", ["scope": "row"], text: row.name)
            tr.element("td", ["class": "num"], text: row.score ?? "—")
            tr.element("td") { cell in
                guard let figure else {
                    cell.add(reading)
                    return
                }
                cell.element("figure") { element in
                    element.raw(figure)
                    element.element("figcaption", text: reading)
                }
            }
        }
        return out.text
    }

    /// The comparison in words: z, T, percentile and band, or why there is none.
    private func normText(_ row: ScoreRow) -> String {
        let result = row.result
        if let alpha = row.lowReliability {
            // APA writes ".14" in English; Dutch writes "0,14".
            let value = String(format: "%.2f", alpha)
            return text(.lowReliability, ["alpha": .text(language == .dutch ? decimal(value) : value.replacingOccurrences(of: "0.", with: "."))])
        }
        guard row.score != nil else { return text(.noScore, ["reason": .text(result.reason(in: language) ?? result.status.label(in: language))]) }
        guard result.status == .compared else {
            return text(.notCompared, ["reason": .text(result.reason(in: language) ?? result.status.label(in: language))])
        }
        func one(_ value: Double?) -> String { value.map { decimal(String(format: "%.1f", $0)) } ?? "—" }
        // A percentile rounds to 100.0 only above 99.95: say so rather than "100".
        func rank(_ value: Double) -> String { value >= 99.95 ? "> " + decimal("99.9") : (value < 0.05 ? "< " + decimal("0.1") : one(value)) }
        var parts: [String] = []
        if let z = result.z?.value {
            if let percentile = result.percentile?.value {
                parts.append(text(.compared, ["z": .text(decimal(String(format: "%.2f", z))), "t": .text(one(result.t?.value)), "percentile": .text(rank(percentile))]))
            } else {
                parts.append(text(.comparedWithoutPercentile, ["z": .text(decimal(String(format: "%.2f", z))), "t": .text(one(result.t?.value))]))
            }
        } else if let percentile = result.percentile?.value {
            parts.append(text(.comparedWithoutZ, ["percentile": .text(rank(percentile))]))
        }
        if let band = result.band { parts.append(text(.bandLine, ["band": .term("band." + band.rawValue)])) }
        if let reason = result.reason(in: language) { parts.append(reason) }
        // The norm's own source, where a reader can look it up.
        if let citation = result.normID.flatMap(report.comparator.normSet.entry(id:))?.citation {
            parts.append(text(.normSource, ["source": .text(Bibliography.builtIn.text(citation, in: language))]))
        }
        return parts.joined(separator: "; ")
    }

    private func chart(z: Double, row: ScoreRow, id: String, reading: String) -> ScoreChart {
        // T-scored instruments carry their clinical bands; raw norms the report's mean + 1 SD.
        let rule = report.comparator.bandRule(instrument: row.instrument)
        let clinical = rule.map { ($0.clinicalFrom - 50) / 10 }
        let borderline = rule?.borderlineFrom.map { ($0 - 50) / 10 }
        return ScoreChart(
            z: z, borderlineFrom: borderline, elevatedFrom: clinical ?? 1, elevatedName: clinical == nil ? text(.chartAboveOneSD) : text(.chartClinical),
            borderlineName: borderline == nil ? nil : text(.chartBorderline), meanName: text(.chartMean), id: id,
            description: text(.chartDescription, ["scale": .text(row.name), "score": .text(row.score ?? "—"), "position": .text(reading)]))
    }
}
