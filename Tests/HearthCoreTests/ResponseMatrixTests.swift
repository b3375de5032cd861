import Foundation
import Testing

@testable import HearthCore

@Suite("Response matrix and answers")
struct ResponseMatrixTests {
    func respondent(_ id: String) throws -> Respondent { Respondent(id: try RespondentID(id)) }

    @Test(arguments: MissingReason.allCases)
    func missingKindsRoundTripThroughMatrixCodes(_ reason: MissingReason) {
        let code = reason.matrixCode
        #expect(code >= MissingReason.firstReservedCode)
        #expect(MissingReason(matrixCode: code) == reason)
        #expect(ItemAnswer(matrixCode: code) == .missing(reason))
        #expect(ItemAnswer.missing(reason).code == nil)
    }

    @Test func reservedCodesAreDistinct() {
        #expect(Set(MissingReason.allCases.map(\.matrixCode)) == [0xFC, 0xFD, 0xFE, 0xFF])
        #expect(MissingReason(matrixCode: 0xFB) == nil)
        #expect(ItemAnswer(matrixCode: 0) == .code(0))
    }

    @Test func appendsRowsContiguously() throws {
        var matrix = try ResponseMatrix(itemCount: 3, reservingRows: 2)
        try matrix.append(respondent("a"), answers: [.code(1), .missing(.refused), .code(3)])
        try matrix.append(respondent("b"), matrixCodes: [4, 5, 0xFF])
        #expect(matrix.rowCount == 2)
        #expect(matrix.codes == [1, 0xFD, 3, 4, 5, 0xFF])
        #expect(try matrix.answer(row: 0, item: 1) == .missing(.refused))
        #expect(try matrix.answer(row: 1, item: 2) == .missing(.skipped))
        #expect(Array(try matrix.matrixCodes(row: 1)) == [4, 5, 0xFF])
        let total = matrix.withUnsafeCodes { buffer in buffer.reduce(0) { $0 + Int($1) } }
        #expect(total == 1 + 0xFD + 3 + 4 + 5 + 0xFF)
    }

    @Test func rejectsWrongItemCountWithoutChangingTheMatrix() throws {
        var matrix = try ResponseMatrix(itemCount: 3)
        try matrix.append(respondent("a"), answers: [.code(1), .code(1), .code(1)])
        let before = matrix
        #expect(throws: CoreError.self) { try matrix.append(respondent("b"), answers: [.code(1)]) }
        #expect(throws: CoreError.self) { try matrix.append(respondent("b"), matrixCodes: [1, 2, 3, 4]) }
        #expect(matrix == before)
        let other = try respondent("b")
        let error = caught { () throws(CoreError) in try matrix.append(other, answers: [.code(1)]) }
        #expect(error?.code == .itemCountMismatch)
        #expect(error?.row == 1)
    }

    @Test func rejectsCodesInTheReservedRange() throws {
        var matrix = try ResponseMatrix(itemCount: 2)
        let first = try respondent("a")
        let error = caught { () throws(CoreError) in try matrix.append(first, answers: [.code(2), .code(0xFC)]) }
        #expect(error?.code == .reservedCode)
        #expect(error?.item == 1)
        #expect(matrix.rowCount == 0)
    }

    @Test func rejectsImpossibleDimensionsAndIndices() throws {
        #expect(throws: CoreError.self) { try ResponseMatrix(itemCount: 0) }
        #expect(throws: CoreError.self) { try ResponseMatrix(itemCount: ResponseMatrix.maximumItemCount + 1) }
        let matrix = try ResponseMatrix(itemCount: 2)
        #expect(throws: CoreError.self) { try matrix.answer(row: 0, item: 0) }
        #expect(throws: CoreError.self) { try matrix.matrixCodes(row: -1) }
    }

    /// The packed covariates the scoring kernel reads stay in step with the respondents
    /// however rows arrive, and a rejected row adds neither.
    @Test func keepsPackedCovariatesInStepWithRespondents() throws {
        var matrix = try ResponseMatrix(itemCount: 2, reservingRows: 4)
        let mother = Respondent(id: try RespondentID("m"), sex: .female, partnerSex: .male, age: try Age(years: 34))
        let child = Respondent(id: try RespondentID("c"), sex: .male, age: try Age(years: Age.maximumYears))
        try matrix.append(mother, answers: [.code(1), .missing(.skipped)])
        try matrix.append(try respondent("u"), matrixCodes: [2, 3])
        try matrix.append(child, answers: [.code(0), .code(0)])
        #expect(throws: CoreError.self) { try matrix.append(mother, answers: [.code(1)]) }
        #expect(matrix.covariates.count == matrix.rowCount)
        #expect(matrix.covariates.map(\.sex) == [RowCovariates.female, RowCovariates.unknown, RowCovariates.male])
        #expect(matrix.covariates.map(\.partnerSex) == [RowCovariates.male, RowCovariates.unknown, RowCovariates.unknown])
        #expect(matrix.covariates.map(\.age) == [34, RowCovariates.unknownAge, UInt8(Age.maximumYears)])
        #expect(Int(RowCovariates.unknownAge) == Age.maximumYears + 1)
        let decoded = try JSONDecoder().decode(ResponseMatrix.self, from: try JSONEncoder().encode(matrix))
        #expect(decoded.covariates == matrix.covariates)
    }

    @Test func roundTripsThroughJSONAndRejectsRaggedData() throws {
        var matrix = try ResponseMatrix(itemCount: 2)
        try matrix.append(respondent("a"), answers: [.code(1), .missing(.dontKnow)])
        let data = try JSONEncoder().encode(matrix)
        #expect(try JSONDecoder().decode(ResponseMatrix.self, from: data) == matrix)
        let ragged = #"{"itemCount": 2, "codes": [1, 2, 3], "respondents": [{"id": "a", "sex": "female", "partnerSex": "unknown"}]}"#
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ResponseMatrix.self, from: Data(ragged.utf8)) }
    }
}

/// The error a typed-throwing closure raised, or `nil` when it returned.
func caught<Failure: Error>(_ body: () throws(Failure) -> Void) -> Failure? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
