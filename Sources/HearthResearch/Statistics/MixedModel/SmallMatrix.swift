import Foundation

/// Dense symmetric and triangular helpers for the few-by-few matrices of a mixed model
/// (random effects per person: 1 or 2; fixed effects: a handful). Row-major storage.
enum SmallMatrix {
    /// The lower Cholesky factor L (LLᵀ = A) of a symmetric positive definite k × k
    /// matrix, or `nil` when A is not positive definite (a pivot ≤ 0).
    static func cholesky(_ a: [Double], _ k: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            var diagonal = a[j * k + j]
            for m in 0..<j { diagonal -= l[j * k + m] * l[j * k + m] }
            guard diagonal > 0 else { return nil }
            let root = diagonal.squareRoot()
            l[j * k + j] = root
            for i in (j + 1)..<k {
                var sum = a[i * k + j]
                for m in 0..<j { sum -= l[i * k + m] * l[j * k + m] }
                l[i * k + j] = sum / root
            }
        }
        return l
    }

    /// x with Lx = b (L lower triangular).
    static func solveLower(_ l: [Double], _ k: Int, _ b: [Double]) -> [Double] {
        var x = b
        for i in 0..<k {
            var sum = x[i]
            for m in 0..<i { sum -= l[i * k + m] * x[m] }
            x[i] = sum / l[i * k + i]
        }
        return x
    }

    /// x with Lᵀx = b (L lower triangular).
    static func solveUpperTransposed(_ l: [Double], _ k: Int, _ b: [Double]) -> [Double] {
        var x = b
        for i in stride(from: k - 1, through: 0, by: -1) {
            var sum = x[i]
            for m in (i + 1)..<k { sum -= l[m * k + i] * x[m] }
            x[i] = sum / l[i * k + i]
        }
        return x
    }

    /// (LLᵀ)⁻¹ from the Cholesky factor L.
    static func inverse(fromCholesky l: [Double], _ k: Int) -> [Double] {
        var result = [Double](repeating: 0, count: k * k)
        for column in 0..<k {
            var unit = [Double](repeating: 0, count: k)
            unit[column] = 1
            let x = solveUpperTransposed(l, k, solveLower(l, k, unit))
            for row in 0..<k { result[row * k + column] = x[row] }
        }
        return result
    }

    /// The eigenvalues and eigenvectors (columns, row-major) of a symmetric k × k matrix,
    /// by cyclic Jacobi rotations (exact to rounding for the few-by-few matrices here).
    static func symmetricEigen(_ a: [Double], _ k: Int) -> (values: [Double], vectors: [Double]) {
        var m = a
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k { v[i * k + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<k { for j in 0..<k where i != j { off += m[i * k + j] * m[i * k + j] } }
            if off < 1e-30 { break }
            for p in 0..<k {
                for q in (p + 1)..<k where m[p * k + q] != 0 {
                    let theta = (m[q * k + q] - m[p * k + p]) / (2 * m[p * k + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0..<k {
                        let mrp = m[r * k + p], mrq = m[r * k + q]
                        m[r * k + p] = c * mrp - s * mrq
                        m[r * k + q] = s * mrp + c * mrq
                    }
                    for r in 0..<k {
                        let mpr = m[p * k + r], mqr = m[q * k + r]
                        m[p * k + r] = c * mpr - s * mqr
                        m[q * k + r] = s * mpr + c * mqr
                    }
                    for r in 0..<k {
                        let vrp = v[r * k + p], vrq = v[r * k + q]
                        v[r * k + p] = c * vrp - s * vrq
                        v[r * k + q] = s * vrp + c * vrq
                    }
                }
            }
        }
        return ((0..<k).map { m[$0 * k + $0] }, v)
    }
}
