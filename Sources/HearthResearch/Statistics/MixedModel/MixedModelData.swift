import Foundation

/// A linear mixed model's data reduced to what its deviance needs, per person and in
/// total, and the penalized least-squares solution for one value of the relative
/// covariance factor θ (Bates, Mächler, Bolker & Walker 2015, "Fitting linear mixed-effects
/// models using lme4", J. Stat. Softw. 67(1), §3).
///
/// The random effects of person i are b_i = σ Λ_θ u_i with u_i ~ N(0, I); Λ_θ is q × q
/// lower triangular: [θ₀] for a random intercept, [[θ₀, 0], [θ₁, θ₂]] with a random
/// slope. For a given θ the joint system in (u, β) is solved by a block Cholesky
/// factorization whose person blocks are q × q, so one evaluation costs O(n).
struct MixedModelData: Sendable {
    let n: Int
    let p: Int
    /// 1 (random intercept) or 2 (intercept and slope).
    let q: Int
    /// Per person: ZᵢᵀZᵢ (q × q), ZᵢᵀXᵢ (q × p), Zᵢᵀyᵢ (q), and the rows of the person.
    var ztz: [[Double]] = []
    var ztx: [[Double]] = []
    var zty: [[Double]] = []
    var rows: [[Int]] = []
    /// XᵀX (p × p), Xᵀy, the outcome, the design (row-major n × p) and the random-effect
    /// covariates (n × q: 1 and the time).
    var xtx: [Double]
    var xty: [Double]
    let y: [Double]
    let x: [Double]
    let z: [Double]

    init(outcome: [Double], design: [Double], p: Int, groups: [Int], time: [Double]?) {
        n = outcome.count
        self.p = p
        q = time == nil ? 1 : 2
        y = outcome
        x = design
        var z = [Double](repeating: 1, count: n * q)
        if let time { for row in 0..<n { z[row * 2 + 1] = time[row] } }
        self.z = z
        let groupCount = (groups.max() ?? -1) + 1
        rows = Array(repeating: [], count: groupCount)
        for (row, group) in groups.enumerated() { rows[group].append(row) }
        xtx = Array(repeating: 0, count: p * p)
        xty = Array(repeating: 0, count: p)
        for row in 0..<n {
            for a in 0..<p {
                xty[a] += design[row * p + a] * outcome[row]
                for b in 0..<p { xtx[a * p + b] += design[row * p + a] * design[row * p + b] }
            }
        }
        for members in rows {
            var zz = [Double](repeating: 0, count: q * q), zx = [Double](repeating: 0, count: q * p), zy = [Double](repeating: 0, count: q)
            for row in members {
                for a in 0..<q {
                    let za = z[row * q + a]
                    zy[a] += za * outcome[row]
                    for b in 0..<q { zz[a * q + b] += za * z[row * q + b] }
                    for b in 0..<p { zx[a * p + b] += za * design[row * p + b] }
                }
            }
            ztz.append(zz)
            ztx.append(zx)
            zty.append(zy)
        }
    }

    /// The number of persons.
    var groupCount: Int { rows.count }

    /// Λ_θ, row-major q × q.
    func lambda(_ theta: [Double]) -> [Double] {
        q == 1 ? [theta[0]] : [theta[0], 0, theta[1], theta[2]]
    }

    /// The penalized least-squares solution at θ.
    struct Solution {
        /// The conditional estimate β̂(θ).
        var beta: [Double]
        /// The penalized residual sum of squares ‖y − Xβ̂ − ZΛû‖² + ‖û‖².
        var pwrss: Double
        /// log |L_θ|² = Σᵢ log |Λᵀ ZᵢᵀZᵢ Λ + I|.
        var logDetL: Double
        /// log |R_X|², R_X the Cholesky factor of the fixed effects' Schur complement.
        var logDetRX: Double
        /// (R_XᵀR_X)⁻¹: Var(β̂) / σ².
        var unscaledCovariance: [Double]
    }

    /// Solves at θ; `nil` when the fixed effects' Schur complement is not positive definite
    /// (collinear fixed effects).
    func solve(_ theta: [Double]) -> Solution? {
        let lam = lambda(theta)
        var schur = xtx, rhs = xty
        var logDetL = 0.0
        var factors: [[Double]] = [], cs: [[Double]] = [], cxs: [[Double]] = []
        for i in 0..<groupCount {
            // M = ΛᵀZᵢᵀZᵢΛ + I.
            var m = [Double](repeating: 0, count: q * q)
            for a in 0..<q {
                for b in 0..<q {
                    var sum = a == b ? 1.0 : 0
                    for c in 0..<q { for d in 0..<q { sum += lam[c * q + a] * ztz[i][c * q + d] * lam[d * q + b] } }
                    m[a * q + b] = sum
                }
            }
            // M ≥ I, so its factor always exists.
            guard let l = SmallMatrix.cholesky(m, q) else { return nil }
            for a in 0..<q { logDetL += 2 * log(l[a * q + a]) }
            // c = L⁻¹ΛᵀZᵢᵀy, C = L⁻¹ΛᵀZᵢᵀX.
            var lty = [Double](repeating: 0, count: q)
            for a in 0..<q { for c in 0..<q { lty[a] += lam[c * q + a] * zty[i][c] } }
            let c = SmallMatrix.solveLower(l, q, lty)
            var cx = [Double](repeating: 0, count: q * p)
            for column in 0..<p {
                var ltx = [Double](repeating: 0, count: q)
                for a in 0..<q { for d in 0..<q { ltx[a] += lam[d * q + a] * ztx[i][d * p + column] } }
                let solved = SmallMatrix.solveLower(l, q, ltx)
                for a in 0..<q { cx[a * p + column] = solved[a] }
            }
            for a in 0..<p {
                for a2 in 0..<q { rhs[a] -= cx[a2 * p + a] * c[a2] }
                for b in 0..<p { for a2 in 0..<q { schur[a * p + b] -= cx[a2 * p + a] * cx[a2 * p + b] } }
            }
            factors.append(l)
            cs.append(c)
            cxs.append(cx)
        }
        guard let rx = SmallMatrix.cholesky(schur, p) else { return nil }
        let beta = SmallMatrix.solveUpperTransposed(rx, p, SmallMatrix.solveLower(rx, p, rhs))
        var logDetRX = 0.0
        for a in 0..<p { logDetRX += 2 * log(rx[a * p + a]) }
        // û_i = L⁻ᵀ(c − Cβ̂); the residuals from a second pass, so pwrss keeps its precision.
        var pwrss = 0.0
        for i in 0..<groupCount {
            var target = cs[i]
            for a in 0..<q { for b in 0..<p { target[a] -= cxs[i][a * p + b] * beta[b] } }
            let u = SmallMatrix.solveUpperTransposed(factors[i], q, target)
            var b = [Double](repeating: 0, count: q)
            for a in 0..<q { for c in 0..<q { b[a] += lam[a * q + c] * u[c] } }
            for a in 0..<q { pwrss += u[a] * u[a] }
            for row in rows[i] {
                var fitted = 0.0
                for column in 0..<p { fitted += x[row * p + column] * beta[column] }
                for a in 0..<q { fitted += z[row * q + a] * b[a] }
                pwrss += (y[row] - fitted) * (y[row] - fitted)
            }
        }
        return Solution(beta: beta, pwrss: pwrss, logDetL: logDetL, logDetRX: logDetRX, unscaledCovariance: SmallMatrix.inverse(fromCholesky: rx, p))
    }

    /// The profiled deviance at θ (σ at its conditional estimate): −2 log-likelihood (ML)
    /// or the REML criterion (lme4's `devfun`).
    func profiledDeviance(_ theta: [Double], reml: Bool) -> Double {
        guard let s = solve(theta), s.pwrss > 0 else { return .infinity }
        let degrees = Double(reml ? n - p : n)
        return s.logDetL + (reml ? s.logDetRX : 0) + degrees * (1 + log(2 * Double.pi * s.pwrss / degrees))
    }

    /// The deviance at (θ, σ) without profiling (lmerTest's `devfun_vp`), for the Hessian.
    func deviance(theta: [Double], sigma: Double, reml: Bool) -> Double {
        guard let s = solve(theta) else { return .infinity }
        let sigma2 = sigma * sigma
        var deviance = s.logDetL + s.pwrss / sigma2 + Double(n) * log(2 * Double.pi * sigma2)
        if reml { deviance += s.logDetRX - Double(p) * log(2 * Double.pi * sigma2) }
        return deviance
    }
}
