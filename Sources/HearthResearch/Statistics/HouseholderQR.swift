/// The QR decomposition X = QR of an n × p matrix (n ≥ p) by Householder reflections,
/// column by column, without pivoting: what least squares needs, solved without forming
/// XᵀX (whose condition number is the square of X's).
///
/// A column whose part orthogonal to the columns before it is shorter than `tolerance`
/// times its own length is linearly dependent on them (R's `lm` uses 1e-7 the same way in
/// LINPACK `dqrdc2`); decomposition stops there and reports the column.
struct HouseholderQR {
    /// R in the upper triangle (column-major, n × p), the reflection vectors below it.
    private(set) var factors: [Double]
    /// The reflections' scalings τ (Hᵢ = I − τᵢ vᵢvᵢᵀ with vᵢ's first entry 1).
    private var scalings: [Double]
    let rows: Int
    let columns: Int

    /// The first column that depends linearly on the ones before it, when there is one.
    struct Dependence: Error { var column: Int }

    /// Decomposes a column-major n × p matrix.
    init(columnMajor matrix: [Double], rows: Int, columns: Int, tolerance: Double = 1e-7) throws(Dependence) {
        factors = matrix
        scalings = []
        self.rows = rows
        self.columns = columns
        for column in 0..<columns {
            let start = column * rows
            let originalNorm = norm(start..<(start + rows))
            let tailNorm = norm((start + column)..<(start + rows))
            guard originalNorm > 0, tailNorm > tolerance * originalNorm else { throw Dependence(column: column) }
            reflect(column: column, tailNorm: tailNorm)
        }
    }

    private func norm(_ range: Range<Int>) -> Double {
        // Scaled, so that large values do not overflow.
        var scale = 0.0
        for index in range { scale = Swift.max(scale, abs(factors[index])) }
        guard scale > 0 else { return 0 }
        var sum = 0.0
        for index in range { let v = factors[index] / scale; sum += v * v }
        return scale * sum.squareRoot()
    }

    /// Builds the reflection that zeroes column `column` below the diagonal, and applies it
    /// to the columns after it.
    private mutating func reflect(column: Int, tailNorm: Double) {
        let diagonal = column * rows + column
        let alpha = factors[diagonal]
        // β has the opposite sign of α, so that α − β does not cancel.
        let beta = alpha >= 0 ? -tailNorm : tailNorm
        let tau = (beta - alpha) / beta
        let scale = 1 / (alpha - beta)
        for index in (diagonal + 1)..<(column * rows + rows) { factors[index] *= scale }
        factors[diagonal] = beta
        scalings.append(tau)
        for other in (column + 1)..<columns {
            let base = other * rows
            var dot = factors[base + column]
            for row in (column + 1)..<rows { dot += factors[column * rows + row] * factors[base + row] }
            dot *= tau
            factors[base + column] -= dot
            for row in (column + 1)..<rows { factors[base + row] -= dot * factors[column * rows + row] }
        }
    }

    /// Qᵀy.
    func applyTransposeQ(_ y: [Double]) -> [Double] {
        var result = y
        for column in 0..<columns {
            var dot = result[column]
            for row in (column + 1)..<rows { dot += factors[column * rows + row] * result[row] }
            dot *= scalings[column]
            result[column] -= dot
            for row in (column + 1)..<rows { result[row] -= dot * factors[column * rows + row] }
        }
        return result
    }

    /// R's entry at (row, column), row ≤ column.
    func r(_ row: Int, _ column: Int) -> Double { factors[column * rows + row] }

    /// The solution b of Rb = c (the first p entries of c).
    func solveR(_ c: [Double]) -> [Double] {
        var b = [Double](repeating: 0, count: columns)
        for row in stride(from: columns - 1, through: 0, by: -1) {
            var sum = c[row]
            for column in (row + 1)..<columns { sum -= r(row, column) * b[column] }
            b[row] = sum / r(row, row)
        }
        return b
    }

    /// (XᵀX)⁻¹ = R⁻¹R⁻ᵀ, row-major p × p.
    func inverseGram() -> [Double] {
        let p = columns
        // R⁻¹, upper triangular, row-major.
        var inverse = [Double](repeating: 0, count: p * p)
        for column in 0..<p {
            inverse[column * p + column] = 1 / r(column, column)
            for row in stride(from: column - 1, through: 0, by: -1) {
                var sum = 0.0
                for k in (row + 1)...column { sum += r(row, k) * inverse[k * p + column] }
                inverse[row * p + column] = -sum / r(row, row)
            }
        }
        var gram = [Double](repeating: 0, count: p * p)
        for i in 0..<p {
            for j in i..<p {
                var sum = 0.0
                for k in j..<p { sum += inverse[i * p + k] * inverse[j * p + k] }
                gram[i * p + j] = sum
                gram[j * p + i] = sum
            }
        }
        return gram
    }
}
