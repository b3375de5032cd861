import Foundation
import HearthCore

/// A named collection of norm entries: the built-in set of the source report, or a set a
/// user loads (licensed T tables, a local reference sample).
public struct NormSet: Hashable, Sendable {
    /// The set's name.
    public var name: String
    /// The entries, in file order.
    public private(set) var entries: [NormEntry]
    /// Raw→T tables (licensed; loaded from files).
    public private(set) var tTables: [RawToTTable]

    /// Creates a set, checking it.
    ///
    /// - Throws: ``NormsError/Code/invalidNormSet`` for duplicate ids, negative or
    ///   non-finite counts, means or SDs, percentages outside 0–100, alphas above 1, and
    ///   T tables with gaps, decreasing T-scores or overlapping norm groups.
    public init(name: String, entries: [NormEntry], tTables: [RawToTTable] = []) throws(NormsError) {
        var ids = Set<String>()
        for entry in entries {
            guard ids.insert(entry.id).inserted else {
                throw NormsError(.invalidNormSet, entry: entry.id, field: "id", message: "duplicate entry id")
            }
            try Self.check(entry)
        }
        for (index, table) in tTables.enumerated() {
            try table.validate()
            if let other = tTables[..<index].first(where: { $0.overlaps(table) }) {
                throw NormsError(
                    .invalidNormSet, entry: "\(table.instrument).\(table.scale)", field: "tTables",
                    message: "norm groups overlap (\(other.sex?.rawValue ?? "any sex") \(other.minimumAge ?? 0)–\(other.maximumAge ?? 120))")
            }
        }
        self.name = name
        self.entries = entries
        self.tTables = tTables
    }

    /// Adds another set's entries and tables (e.g. a licensed T-table file to the built-in set).
    ///
    /// - Throws: the errors of ``init(name:entries:tTables:)`` for the combined set.
    public func merging(_ other: NormSet) throws(NormsError) -> NormSet {
        try NormSet(name: "\(name)+\(other.name)", entries: entries + other.entries, tTables: tTables + other.tTables)
    }

    /// The T table for a scale and a respondent's norm group, if any.
    public func tTable(instrument: String, scale: String, sex: Sex, age: Int?) -> RawToTTable? {
        tTablePosition(instrument: instrument, scale: scale, sex: sex, age: age).map { tTables[$0] }
    }

    /// The position in ``tTables`` of the T table ``tTable(instrument:scale:sex:age:)`` gives.
    func tTablePosition(instrument: String, scale: String, sex: Sex, age: Int?) -> Int? {
        tTables.firstIndex { $0.instrument == instrument && $0.scale == scale && $0.applies(sex: sex, age: age) }
    }

    /// The largest norm file read, in bytes.
    public static let maximumFileSize = 16 << 20

    /// The object form of a norm file: `{"name": …, "entries": […], "tTables": […]}`.
    struct File: Codable {
        var name: String?
        var entries: [NormEntry]?
        var tTables: [RawToTTable]?
    }

    /// Decodes a norm file: a JSON array of entries (the built-in set's format), or an
    /// object with optional `name`, `entries` and `tTables`.
    ///
    /// - Throws: ``NormsError/Code/malformedFile`` naming the JSON path, or the errors of
    ///   ``init(name:entries:tTables:)``.
    public static func decode(_ data: Data, name: String) throws(NormsError) -> NormSet {
        guard data.count <= maximumFileSize else {
            throw NormsError(.malformedFile, message: "norm file is larger than \(maximumFileSize) bytes")
        }
        let file: File
        let decoder = StrictJSONDecoder(maximumBytes: maximumFileSize)
        do {
            if data.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) == UInt8(ascii: "[") {
                file = File(name: nil, entries: try decoder.decode([NormEntry].self, from: data, expecting: .normFile), tTables: nil)
            } else {
                file = try decoder.decode(File.self, from: data, expecting: .normFile)
            }
        } catch {
            throw NormsError(.malformedFile, field: error.field, message: "norm file: " + error.positionedMessage)
        }
        guard !(file.entries ?? []).isEmpty || !(file.tTables ?? []).isEmpty else {
            throw NormsError(.malformedFile, message: "norm file: holds no 'entries' and no 'tTables'")
        }
        return try NormSet(name: file.name ?? name, entries: file.entries ?? [], tTables: file.tTables ?? [])
    }

    /// Reads and decodes a norm file.
    ///
    /// - Throws: ``NormsError/Code/unreadableFile`` when it cannot be read, or as ``decode(_:name:)``.
    public static func load(contentsOf url: URL) throws(NormsError) -> NormSet {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw NormsError(.unreadableFile, message: "cannot read the norm file '\(url.path)' (missing, or not readable)")
        }
        return try decode(data, name: url.deletingPathExtension().lastPathComponent)
    }

    /// The populations the entries describe (`reference`, `research`, and any a norm file
    /// adds), sorted.
    public var populations: [String] { Set(entries.map(\.population)).sorted() }

    /// The entry with an identifier.
    public func entry(id: String) -> NormEntry? { entries.first { $0.id == id } }

    /// The entries matching every given criterion (`nil` matches anything; a stratum field
    /// given as a criterion must be present and equal).
    public func entries(
        instrument: String? = nil, scale: String? = nil, statistic: String? = nil, population: String? = nil,
        sex: Sex? = nil, wave: Int? = nil, actor: String? = nil
    ) -> [NormEntry] {
        entries.filter { entry in
            (instrument == nil || entry.instrument == instrument) && (scale == nil || entry.scale == scale)
                && (statistic == nil || entry.statistic == statistic) && (population == nil || entry.population == population)
                && (sex == nil || entry.stratum.sex == sex) && (wave == nil || entry.stratum.wave == wave)
                && (actor == nil || entry.stratum.actor == actor)
        }
    }

    private static func check(_ entry: NormEntry) throws(NormsError) {
        func fail(_ field: String, _ message: String) -> NormsError {
            NormsError(.invalidNormSet, entry: entry.id, field: field, message: message)
        }
        if let n = entry.n, n < 0 { throw fail("n", "negative count") }
        if let mean = entry.mean, !mean.isFinite { throw fail("mean", "not a finite number") }
        if let sd = entry.sd, !(sd.isFinite && sd >= 0) { throw fail("sd", "not a finite, non-negative number") }
        if let percent = entry.percent, !(0...100).contains(percent) { throw fail("percent", "outside 0–100") }
        if let alpha = entry.alpha, !(alpha.isFinite && alpha <= 1) { throw fail("alpha", "above 1 or not finite") }
    }
}
