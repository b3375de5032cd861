import Foundation
import HearthCore
import HearthNorms
import HearthResearch
import HearthScoring

/// `hearth score`'s work on a stream, in three threads joined by bounded queues: one reads
/// and checks records into chunks of rows, the calling thread scores each chunk and
/// formats its CSV, one writes. Memory is set by the chunk and the queues, not the file.
/// Output is staged (``StagedOutput``) and delivered only after the whole input was read
/// and scored: bad input leaves nothing written.
struct ScoreStream {
    let plan: ScoringPlan
    let definition: InstrumentDefinition
    let options: ScoringOptions
    let norms: NormComparator?
    /// Rows per chunk: 8,192 rows of a 90-item instrument are 737 KB of codes.
    var chunkRows = 8192
    /// Output bytes collected before they go to the writer.
    var flushBytes = 1 << 20
    /// Chunks (and output buffers) in flight between two threads.
    var queueDepth = 2
    /// What the scores are written as.
    var format: ScoreOutputFormat = .csv

    /// What a run read.
    struct Summary: Sendable {
        /// Header names that were not read.
        var ignoredColumns: [String]
        /// The rows scored.
        var rows = 0
    }


    /// Reads every record of `reader`, scores it and writes the scores to `output` (not committed).
    func run(_ reader: some RecordSource, source: String, to output: any StagedOutput) throws(ToolError) -> Summary {
        try run(ReadingJob(reader: reader, definition: definition, source: source, chunkRows: chunkRows), to: output)
    }

    /// Scores the rows of `matrix` (an import's, read whole) and writes them to `output` (not committed).
    func run(_ matrix: ResponseMatrix, hasWave: Bool, ignoredColumns: [String], to output: any StagedOutput) throws(ToolError) -> Summary {
        try run(MatrixJob(matrix: matrix, hasWave: hasWave, ignoredColumns: ignoredColumns, chunkRows: chunkRows), to: output)
    }

    private func run(_ reading: some BatchProducer, to output: any StagedOutput) throws(ToolError) -> Summary {
        // Full queues make a side wait; emptied chunks and buffers go back to be refilled, so
        // the same few are used from the first chunk to the last.
        let batches = BoundedQueue<ScoreStreamBatch>(capacity: queueDepth)
        let buffers = BoundedQueue<CSVStreamWriter>(capacity: queueDepth)
        let spareMatrices = BoundedQueue<ResponseMatrix>(capacity: queueDepth + 3)
        let spareBuffers = BoundedQueue<CSVStreamWriter>(capacity: queueDepth + 3)
        let readerThread = WorkerThread(name: "hearth-read") { reading.run(into: batches, reusing: spareMatrices) }
        let writing = WritingJob(output: output)
        let writerThread = WorkerThread(name: "hearth-write") { writing.run(from: buffers, returningTo: spareBuffers) }
        var failure: ToolError?
        var summary = Summary(ignoredColumns: [])
        do throws(ToolError) {
            summary = try score(batches, buffers, spareMatrices, spareBuffers)
        } catch {
            failure = error
        }
        // Stop both sides (a no-op when they ended by themselves), then wait for them.
        batches.close()
        buffers.close()
        readerThread.wait()
        writerThread.wait()
        // A failed write stops the scoring too (its queue closes): the write's reason is the one to give.
        if let failure = writing.failure { throw .data(failure) }
        if let failure { throw failure }
        return summary
    }

    /// The scoring thread: scores each chunk as it arrives and passes its CSV on.
    private func score(
        _ batches: BoundedQueue<ScoreStreamBatch>, _ buffers: BoundedQueue<CSVStreamWriter>, _ spareMatrices: BoundedQueue<ResponseMatrix>,
        _ spareBuffers: BoundedQueue<CSVStreamWriter>
    ) throws(ToolError) -> Summary {
        var rows: ScoreWriter?
        var ignored: [String] = []
        var scored = 0
        var writer = CSVStreamWriter(capacity: flushBytes + (1 << 16))
        var storage: ScoreTable?
        func handOn() throws(ToolError) {
            guard buffers.push(writer) else { throw .data("cannot write the scores") }
            writer = spareBuffers.popIfAvailable() ?? CSVStreamWriter(capacity: flushBytes + (1 << 16))
        }
        while let batch = batches.pop() {
            switch batch {
            case .failure(let error):
                throw error
            case .header(let hasWave, let ignoredColumns):
                let header = try ScoreWriter(format, definition: definition, includeWave: hasWave, norms: norms)
                header.writeHeader(into: &writer)
                rows = header
                ignored = ignoredColumns
            case .rows(let matrix):
                // Taken out while it writes: a second reference would make every chunk copy
                // the writer's buffers before changing them.
                guard let current = rows.take() else { continue }
                let table: ScoreTable
                do { table = try plan.score(matrix, options: options, reusing: &storage) } catch { throw .data(error.description) }
                rows = try current.written(table, respondents: matrix.respondents, into: &writer)
                scored += matrix.rowCount
                _ = spareMatrices.push(matrix)
                if writer.count >= flushBytes { try handOn() }
            }
        }
        if writer.count > 0 { try handOn() }
        return Summary(ignoredColumns: ignored, rows: scored)
    }
}

/// What the reading thread runs: it pushes the header, then chunks of rows, then closes
/// `batches` (a failure is the last batch).
private protocol BatchProducer: AnyObject, Sendable {
    func run(into batches: BoundedQueue<ScoreStreamBatch>, reusing spares: BoundedQueue<ResponseMatrix>)
}

/// Rows already read (an import through a mapping), handed on in chunks.
private final class MatrixJob: BatchProducer, @unchecked Sendable {
    private let matrix: ResponseMatrix
    private let hasWave: Bool
    private let ignoredColumns: [String]
    private let chunkRows: Int

    init(matrix: ResponseMatrix, hasWave: Bool, ignoredColumns: [String], chunkRows: Int) {
        self.matrix = matrix
        self.hasWave = hasWave
        self.ignoredColumns = ignoredColumns
        self.chunkRows = chunkRows
    }

    func run(into batches: BoundedQueue<ScoreStreamBatch>, reusing spares: BoundedQueue<ResponseMatrix>) {
        defer { batches.close() }
        guard batches.push(.header(hasWave: hasWave, ignoredColumns: ignoredColumns)) else { return }
        var start = 0
        while start < matrix.rowCount {
            let end = min(start + chunkRows, matrix.rowCount)
            do throws(CoreError) {
                var chunk: ResponseMatrix
                if let spare = spares.popIfAvailable() { chunk = spare } else { chunk = try ResponseMatrix(itemCount: matrix.itemCount, reservingRows: chunkRows) }
                chunk.removeAll(keepingCapacity: true)
                for row in start..<end { try chunk.append(matrix.respondents[row], matrixCodes: matrix.matrixCodes(row: row)) }
                guard batches.push(.rows(chunk)) else { return }
            } catch {
                _ = batches.push(.failure(.data(error.description)))
                return
            }
            start = end
        }
    }
}

/// The reading thread's work: records into chunks of checked rows. Owned by that thread
/// until it has finished (``WorkerThread/wait()``).
private final class ReadingJob<Reader: RecordSource>: BatchProducer, @unchecked Sendable {
    private var reader: Reader
    private let definition: InstrumentDefinition
    private let source: String
    private let chunkRows: Int

    init(reader: Reader, definition: InstrumentDefinition, source: String, chunkRows: Int) {
        self.reader = reader
        self.definition = definition
        self.source = source
        self.chunkRows = chunkRows
    }

    /// Reads until the end, an error (passed on as the last batch) or a closed queue.
    func run(into batches: BoundedQueue<ScoreStreamBatch>, reusing spares: BoundedQueue<ResponseMatrix>) {
        do throws(ToolError) {
            try read(into: batches, reusing: spares)
        } catch {
            _ = batches.push(.failure(error))
        }
        batches.close()
    }

    private func read(into batches: BoundedQueue<ScoreStreamBatch>, reusing spares: BoundedQueue<ResponseMatrix>) throws(ToolError) {
        let header: [String]
        do { header = try reader.readHeader() } catch { throw .data(error.description) }
        let cohort = try CohortCSVReader(definition: definition, source: source, header: header, recordName: reader.recordName)
        guard batches.push(.header(hasWave: cohort.hasWave, ignoredColumns: cohort.ignoredColumns)) else { return }
        let keys: KeyLedger
        do { keys = try KeyLedger() } catch { throw keysUnavailable(error) }
        do throws(ToolError) {
            // The reader is lent to the loop: per record, no exclusive access to this object's property.
            try readRecords(from: &reader, cohort, keys: keys, into: batches, reusing: spares)
        } catch {
            // A repeated id on an earlier line is the first problem of the file.
            throw (try repeatedKey(keys, before: error.line ?? .max, hasWave: cohort.hasWave)) ?? error
        }
        if let repeated = try repeatedKey(keys, before: .max, hasWave: cohort.hasWave) { throw repeated }
    }

    /// Reads records into chunks of rows, recording every key.
    private func readRecords(
        from reader: inout Reader, _ cohort: CohortCSVReader, keys: KeyLedger, into batches: BoundedQueue<ScoreStreamBatch>,
        reusing spares: BoundedQueue<ResponseMatrix>
    ) throws(ToolError) {
        var record = CSVRecord()
        // A chunk's codes are written in place, row after row, and its rows added to the
        // matrix at once: appending row by row cost a copy and a count check per row.
        let itemCount = definition.items.count
        let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkRows * itemCount)
        defer { codes.deallocate() }
        var respondents: [Respondent] = []
        respondents.reserveCapacity(chunkRows)
        var more = true
        while more {
            var matrix: ResponseMatrix
            if let spare = spares.popIfAvailable() {
                matrix = spare
                matrix.removeAll(keepingCapacity: true)
            } else {
                do { matrix = try ResponseMatrix(itemCount: definition.items.count, reservingRows: chunkRows) } catch { throw .data(error.description) }
            }
            respondents.removeAll(keepingCapacity: true)
            while respondents.count < chunkRows {
                do { more = try reader.read(into: &record) } catch { throw ToolError.data(error.description, line: error.line) }
                guard more else { break }
                let respondent = try cohort.respondent(record)
                let wave = UInt16(truncatingIfNeeded: respondent.wave?.index ?? 0)
                do { try keys.add(id: respondent.id.rawValue, wave: wave, line: record.line) } catch { throw keysUnavailable(error) }
                let row = respondents.count * itemCount
                try cohort.codes(record, into: UnsafeMutableBufferPointer(rebasing: codes[row..<(row + itemCount)]))
                respondents.append(respondent)
            }
            do throws(CoreError) {
                try matrix.append(contentsOf: respondents, matrixCodes: UnsafeBufferPointer(rebasing: codes[..<(respondents.count * itemCount)]))
            } catch { throw .data(error.description) }
            if matrix.rowCount > 0, !batches.push(.rows(matrix)) { return }
        }
    }

    /// The error for the earliest repeated id (and wave) before line `limit`, if any.
    private func repeatedKey(_ keys: KeyLedger, before limit: Int, hasWave: Bool) throws(ToolError) -> ToolError? {
        let line: Int?
        do { line = try keys.firstRepeat(before: limit) } catch { throw keysUnavailable(error) }
        return line.map { .data("\(source): \(reader.recordName) \($0), column 'id': the same id appears twice\(hasWave ? " in one wave" : "")", line: $0) }
    }

    /// The ids are kept in temporary files past 8 MiB: when they cannot be, the reason.
    private func keysUnavailable(_ error: any Error) -> ToolError {
        .data("cannot keep the ids read from \(source) to check for repeats: " + KeyLedger.reason(error))
    }
}

/// The writing thread's work: buffers to the staged output, in order. `failure` is read
/// only after the thread has finished.
private final class WritingJob: @unchecked Sendable {
    private let output: any StagedOutput
    /// Why writing stopped, if it did.
    private(set) var failure: String?

    init(output: any StagedOutput) { self.output = output }

    func run(from buffers: BoundedQueue<CSVStreamWriter>, returningTo spares: BoundedQueue<CSVStreamWriter>) {
        while var buffer = buffers.pop() {
            do { try buffer.withUnsafeBytes { try output.write($0) } } catch {
                failure = (error as? OutputError).map { $0.description.hasPrefix("cannot") ? $0.description : "cannot write the scores (\($0))" } ?? "cannot write the scores"
                buffers.close()
                return
            }
            buffer.removeAll()
            _ = spares.push(buffer)
        }
    }
}

/// What the reading thread hands to the scoring thread.
enum ScoreStreamBatch: Sendable {
    /// The checked header (first): whether rows have a wave, and the columns not read.
    case header(hasWave: Bool, ignoredColumns: [String])
    /// A chunk of checked rows.
    case rows(ResponseMatrix)
    /// The error that stopped reading (last).
    case failure(ToolError)
}

/// What `hearth score` writes: CSV (the default) or an SPSS system file (`.sav`).
enum ScoreOutputFormat: Hashable, Sendable {
    case csv
    /// An SPSS file; `inputID` is an SPSS input's id variable, whose type and width the
    /// output's `id` keeps (so that the scores merge back into the study file by id).
    case sav(inputID: SPSSVariable?)

    /// Whether the output is an SPSS file.
    var isSPSS: Bool { if case .sav = self { true } else { false } }
}

/// The writer of the chosen format.
enum ScoreWriter {
    case csv(ScoreCSV)
    case sav(ScoreSAV)

    init(_ format: ScoreOutputFormat, definition: InstrumentDefinition, includeWave: Bool, norms: NormComparator?) throws(ToolError) {
        switch format {
        case .csv: self = .csv(ScoreCSV(definition: definition, includeWave: includeWave, norms: norms))
        case .sav(let inputID): self = .sav(try ScoreSAV(definition: definition, includeWave: includeWave, norms: norms, inputID: inputID))
        }
    }

    func writeHeader(into writer: inout CSVStreamWriter) {
        switch self {
        case .csv(let csv): csv.writeHeader(into: &writer)
        case .sav(let sav): sav.writeHeader(into: &writer)
        }
    }

    /// Writes a chunk and returns the writer. Taken by value: a payload bound from a writer
    /// that still held it would be a second reference, and each chunk would copy its buffers.
    consuming func written(_ table: ScoreTable, respondents: [Respondent], into writer: inout CSVStreamWriter) throws(ToolError) -> ScoreWriter {
        switch consume self {
        case .csv(var csv):
            try csv.write(table, respondents: respondents, into: &writer)
            return .csv(csv)
        case .sav(var sav):
            try sav.write(table, respondents: respondents, into: &writer)
            return .sav(sav)
        }
    }
}
