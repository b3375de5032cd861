import HearthCore
import HearthScoring

/// A ``StudyCohort`` with every instrument scored: the input of cohort analyses and of
/// the report tables.
public struct ScoredCohort: Sendable {
    /// The imported data.
    public let cohort: StudyCohort
    /// The score tables, by instrument id.
    public let tables: [String: ScoreTable]

    /// Scores every instrument of `cohort`.
    ///
    /// - Throws: ``ResearchError/Code/scoring`` wrapping the first scoring error (e.g. an
    ///   out-of-range code in a matrix built by hand; importers reject those earlier).
    public init(_ cohort: StudyCohort, options: ScoringOptions = ScoringOptions()) throws(ResearchError) {
        var tables: [String: ScoreTable] = [:]
        for id in cohort.instrumentIDs {
            guard let definition = cohort.definitions[id], let matrix = cohort.matrices[id] else { continue }
            do {
                tables[id] = try ScoringPlan(definition).score(matrix, options: options)
            } catch {
                throw ResearchError(.scoring, instrument: id, message: error.description)
            }
        }
        self.cohort = cohort
        self.tables = tables
    }

    /// One row's value of a column: the scale's value when its status is complete,
    /// prorated or determined; for a sum, `nil` unless every part has a value.
    struct Observation {
        var respondent: Respondent
        var key: RecordKey
        var value: Double?
    }

    /// The rows of a column's instrument that pass `filter`, with their values.
    ///
    /// - Throws: ``ResearchError/Code/invalidMapping`` when the cohort lacks the instrument
    ///   or the instrument lacks a scale.
    func observations(_ column: ScoreVariable, where filter: CohortFilter) throws(ResearchError) -> [Observation] {
        guard let table = tables[column.instrument] else { throw Self.noData(column) }
        var parts: [[Double?]] = []
        for scale in column.scales {
            do { parts.append(try table.values(scaleID: scale)) } catch {
                let scales = cohort.definitions[column.instrument]?.scales.map(\.id).joined(separator: ", ") ?? ""
                throw ResearchError(
                    .invalidMapping, field: column.description, instrument: column.instrument,
                    message: "'\(scale)' is not a scale of the instrument (its scales: \(scales))")
            }
        }
        var result: [Observation] = []
        for (row, respondent) in table.respondents.enumerated() {
            let key = RecordKey(respondent)
            guard filter.admits(respondent, attributes: cohort.attributes[key]) else { continue }
            var sum: Double? = 0
            for part in parts {
                guard let value = part[row], let running = sum else { sum = nil; break }
                sum = running + value
            }
            result.append(Observation(respondent: respondent, key: key, value: sum))
        }
        return result
    }

    /// The error for a column of an instrument the cohort has no rows of.
    static func noData(_ column: ScoreVariable) -> ResearchError {
        ResearchError(.invalidMapping, field: column.description, instrument: column.instrument, message: "the cohort has no data for this instrument")
    }
}
