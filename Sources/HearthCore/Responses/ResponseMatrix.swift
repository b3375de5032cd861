/// One instrument's answers for many respondents, stored row-major in one contiguous
/// buffer of `UInt8` codes.
///
/// The matrix is the unit of batch scoring: a scoring plan walks its rows with per-item
/// lookup tables and never touches a dictionary or a string per item. Each row has a
/// ``Respondent`` with its metadata. Missing answers are stored as the reserved codes of
/// ``MissingReason`` (`0xFC...0xFF`), so an ordinary code can never be mistaken for missing
/// and the kind of missing is kept.
///
/// The matrix is a value: copying it is cheap until one copy is changed, and a caller's
/// matrix is never altered by scoring.
public struct ResponseMatrix: Hashable, Sendable, Codable {
    /// The largest number of items (columns) a matrix may have.
    public static let maximumItemCount = 4096

    /// The number of items in every row.
    public let itemCount: Int
    /// The codes, row after row; `codes[row * itemCount + item]`.
    public private(set) var codes: [UInt8]
    /// The metadata of each row, in row order.
    public private(set) var respondents: [Respondent]
    /// Each row's packed covariates, derived from ``respondents`` (what the scoring kernel reads).
    package private(set) var covariates: [RowCovariates]

    /// Creates an empty matrix for an instrument with `itemCount` items.
    ///
    /// - Parameter reservingRows: The number of rows to reserve storage for.
    /// - Throws: ``CoreError/Code/invalidDimensions`` when `itemCount` is outside
    ///   1...``maximumItemCount``.
    public init(itemCount: Int, reservingRows: Int = 0) throws(CoreError) {
        guard (1...Self.maximumItemCount).contains(itemCount) else {
            throw CoreError(
                .invalidDimensions,
                message: "item count \(itemCount) is outside 1...\(Self.maximumItemCount)")
        }
        self.itemCount = itemCount
        codes = []
        respondents = []
        covariates = []
        if reservingRows > 0 {
            codes.reserveCapacity(reservingRows.multipliedReportingOverflow(by: itemCount).partialValue)
            respondents.reserveCapacity(reservingRows)
            covariates.reserveCapacity(reservingRows)
        }
    }

    /// The number of rows (respondents).
    @inlinable public var rowCount: Int { respondents.count }

    /// Appends one respondent's answers.
    ///
    /// - Throws: ``CoreError/Code/itemCountMismatch`` when `answers` does not hold exactly
    ///   ``itemCount`` answers, ``CoreError/Code/reservedCode`` when an answer code lies
    ///   in the reserved missing range. The matrix is unchanged when it throws.
    public mutating func append(_ respondent: Respondent, answers: [ItemAnswer]) throws(CoreError) {
        try checkCount(answers.count)
        for (item, answer) in answers.enumerated() {
            if case .code(let code) = answer, code >= MissingReason.firstReservedCode {
                throw reservedCodeError(code: code, item: item)
            }
        }
        codes.append(contentsOf: answers.lazy.map(\.matrixCode))
        respondents.append(respondent)
        covariates.append(RowCovariates(respondent))
    }

    /// Appends one respondent's answers given as matrix codes, where the reserved codes
    /// `0xFC...0xFF` stand for the kinds of ``MissingReason``.
    ///
    /// - Throws: ``CoreError/Code/itemCountMismatch`` when `matrixCodes` does not hold
    ///   exactly ``itemCount`` codes. The matrix is unchanged when it throws.
    public mutating func append(_ respondent: Respondent, matrixCodes: some Collection<UInt8>) throws(CoreError) {
        try checkCount(matrixCodes.count)
        codes.append(contentsOf: matrixCodes)
        respondents.append(respondent)
        covariates.append(RowCovariates(respondent))
    }

    /// Appends one respondent's matrix codes from memory: the generic append without a
    /// generic copy, and without retaining an array (streaming readers call it once per row).
    ///
    /// - Throws: ``CoreError/Code/itemCountMismatch`` when `matrixCodes` does not hold
    ///   exactly ``itemCount`` codes. The matrix is unchanged when it throws.
    public mutating func append(_ respondent: Respondent, matrixCodes: UnsafeBufferPointer<UInt8>) throws(CoreError) {
        try checkCount(matrixCodes.count)
        codes.append(contentsOf: matrixCodes)
        respondents.append(respondent)
        covariates.append(RowCovariates(respondent))
    }

    /// Appends many respondents at once, their matrix codes row after row in `matrixCodes`:
    /// one copy for a whole chunk of rows (a streaming reader fills `matrixCodes` in place).
    ///
    /// - Throws: ``CoreError/Code/itemCountMismatch`` when `matrixCodes` does not hold
    ///   exactly ``itemCount`` codes per respondent. The matrix is unchanged when it throws.
    public mutating func append(contentsOf respondents: [Respondent], matrixCodes: UnsafeBufferPointer<UInt8>) throws(CoreError) {
        let (expected, overflow) = respondents.count.multipliedReportingOverflow(by: itemCount)
        guard !overflow, matrixCodes.count == expected else {
            throw CoreError(
                .itemCountMismatch, row: rowCount,
                message: "expected \(itemCount) answers for each of \(respondents.count) respondents, got \(matrixCodes.count)")
        }
        codes.append(contentsOf: matrixCodes)
        self.respondents.append(contentsOf: respondents)
        covariates.append(contentsOf: respondents.lazy.map(RowCovariates.init))
    }

    /// Removes every row; with `keepingCapacity`, the storage stays for the next rows (a
    /// streaming reader refills one matrix chunk after chunk).
    public mutating func removeAll(keepingCapacity: Bool = false) {
        codes.removeAll(keepingCapacity: keepingCapacity)
        respondents.removeAll(keepingCapacity: keepingCapacity)
        covariates.removeAll(keepingCapacity: keepingCapacity)
    }

    /// The answer of one row to one item.
    ///
    /// - Throws: ``CoreError/Code/indexOutOfRange`` when `row` or `item` is outside the matrix.
    public func answer(row: Int, item: Int) throws(CoreError) -> ItemAnswer {
        guard (0..<rowCount).contains(row), (0..<itemCount).contains(item) else {
            throw CoreError(.indexOutOfRange, row: row, item: item, message: "no such cell in the matrix")
        }
        return ItemAnswer(matrixCode: codes[row * itemCount + item])
    }

    /// The answers of one row, as matrix codes.
    ///
    /// - Throws: ``CoreError/Code/indexOutOfRange`` when `row` is outside the matrix.
    public func matrixCodes(row: Int) throws(CoreError) -> ArraySlice<UInt8> {
        guard (0..<rowCount).contains(row) else {
            throw CoreError(.indexOutOfRange, row: row, message: "no such row in the matrix")
        }
        return codes[(row * itemCount)..<((row + 1) * itemCount)]
    }

    /// Calls `body` with a pointer to the row-major codes, for kernels.
    @inlinable
    public func withUnsafeCodes<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try codes.withUnsafeBufferPointer(body)
    }

    private enum CodingKeys: String, CodingKey { case itemCount, codes, respondents }

    /// Decodes a matrix and checks that its codes fill whole rows.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let itemCount = try container.decode(Int.self, forKey: .itemCount)
        let codes = try container.decode([UInt8].self, forKey: .codes)
        let respondents = try container.decode([Respondent].self, forKey: .respondents)
        do { self = try ResponseMatrix(itemCount: itemCount) } catch { throw error }
        guard codes.count == respondents.count * itemCount else {
            throw CoreError(
                .itemCountMismatch,
                message: "\(codes.count) codes do not fill \(respondents.count) rows of \(itemCount) items")
        }
        self.codes = codes
        self.respondents = respondents
        covariates = respondents.map(RowCovariates.init)
    }

    private func checkCount(_ count: Int) throws(CoreError) {
        guard count == itemCount else {
            throw CoreError(
                .itemCountMismatch, row: rowCount,
                message: "expected \(itemCount) answers, got \(count)")
        }
    }

    private func reservedCodeError(code: UInt8, item: Int) -> CoreError {
        CoreError(
            .reservedCode, row: rowCount, item: item,
            message: "a code is reserved for missing answers (codes must be below \(MissingReason.firstReservedCode))")
    }
}
