import HearthCore
import HearthNorms
import HearthProfiles

extension ReportWriter {
    /// The CTS2 total violence frequency across the measured waves, against the general
    /// population's mean, with the course in words.
    mutating func trajectorySection() {
        guard let trajectory = report.assessment.profiles.trajectory else { return }
        let measured = trajectory.waves.compactMap { wave in
            wave.totalViolenceFrequency.map { value in
                (label: wave.monthsSinceReport.map { text(.waveMonthsLabel, ["wave": .integer(wave.wave), "months": .integer($0)]) }
                    ?? text(.waveLabel, ["wave": .integer(wave.wave)]), value: value)
            }
        }
        let mean = Self.populationMean(report.comparator).map { (label: text(.populationMean, ["value": .number($0)]), value: $0) }
        charts += 1
        let description = text(.trajectoryDescription, ["points": .list(measured.map { "\($0.label): \(MessageArgument.format($0.value))" })])
        let chart = TrajectoryChart(points: measured, mean: mean, axis: text(.trajectoryAxis), id: "chart\(charts)", description: description)
        let course = report.assessment.courseMessage(trajectory, day: date).text(in: language)
        var out = HTML()
        out.element("section", ["aria-labelledby": "trajectory-h"]) { s in
            s.element("h2", ["id": "trajectory-h"], text: text(.trajectoryHeading))
            if !measured.isEmpty {
                s.element("figure") { figure in
                    figure.raw(chart.svg)
                    figure.element("figcaption", text: description + (mean.map { "; " + $0.label } ?? ""))
                }
            }
            if report.assessment.lastIncident == nil { s.element("p", text: course) } else { s.element("p", ["class": "warning"], text: course) }
            s.element("ul") { list in
                for reason in trajectory.reasons { list.element("li", text: reason) }
            }
        }
        html.raw(out.text)
    }

    /// The reference group's mean number of incidents in the past year, both partners
    /// (Tierolf et al. 2014: 8), from the norms in use.
    static func populationMean(_ comparator: NormComparator) -> Double? {
        comparator.normSet.entries.first { entry in
            entry.instrument == "CTS2" && entry.statistic == "meanIncidentsPastYear" && entry.population == comparator.population
                && entry.stratum.actor == "self+partner" && entry.stratum.sex == nil && entry.mean != nil
        }?.mean
    }
}
