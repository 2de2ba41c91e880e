import Foundation

/// Erlang A's steady state for one head count: the pieces every Erlang A figure is
/// built from, computed once.
///
/// Notation of Mandelbaum & Zeltyn (M/M/N+M): arrival rate λ, service rate μ = 1/AHT,
/// abandonment rate θ = 1/mean patience; x = Nμ/θ, y = λ/θ; E = Erlang B(N, λ/μ);
/// S = A(x, y) from ``ScaledIncompleteGamma``. Then
///
///     P(wait > 0)          = S E / (1 + (S - 1) E)
///     P(abandon | wait)    = 1 - (N / A)(1 - 1/S)
///     P(wait > t | wait)   = e^{y(1-u) - Nμt} A(x, yu) / S,                 u = e^{-θt}
///     P(answered, wait > t | wait) = x/(x+1) e^{y(1-u)} u^{x+1} A(x+1, yu) / S
///
/// The last two follow from the offered wait of a caller finding j others queued being a
/// sum of exponentials with rates Nμ + iθ (i = 0...j), whose e^{-θ V} is Beta(x, j+1).
struct AbandonmentQueueState {
    let agents: Int
    let x: Double
    let y: Double
    let theta: Double
    let logS: Double
    let probabilityOfWaiting: Double
    let abandonmentGivenWaiting: Double

    /// Requires agents >= 1 and traffic > 0.
    init(model: ErlangA, agents: Int, reciprocalBlocking: Double) {
        let theta = 1 / model.meanPatience
        let mu = 1 / model.averageHandleTime
        let n = Double(agents)
        self.agents = agents
        self.theta = theta
        x = n * mu / theta
        y = model.arrivalRate / theta
        logS = ScaledIncompleteGamma.logValue(shape: x, at: y)
        // S E / (1 + (S - 1) E) = 1 / (1 + (1/E - 1) / S); 1/E may be +infinity (then 0).
        probabilityOfWaiting = 1 / (1 + (reciprocalBlocking - 1) * exp(-logS))
        // 1 - 1/S as -expm1(-log S): exact when S is close to 1 (many agents).
        let served = n / model.trafficIntensity * -expm1(-logS)
        abandonmentGivenWaiting = min(1, max(0, 1 - served))
    }

    var probabilityOfAbandonment: Double { probabilityOfWaiting * abandonmentGivenWaiting }

    /// P(wait > t) over all callers, wait = time until answered or until hanging up.
    func probabilityWaitExceeds(_ t: Double) -> Double {
        guard t > 0 else { return probabilityOfWaiting }
        let u = exp(-theta * t)
        let yu = y * u
        let growth = -y * expm1(-theta * t)
        let conditional = exp(growth - x * theta * t + ScaledIncompleteGamma.logValue(shape: x, at: yu) - logS)
        return min(1, probabilityOfWaiting * exp(-theta * t) * conditional)
    }

    /// P(not answered within t) over all callers: abandoned at any time, or answered after t.
    func probabilityNotAnsweredWithin(_ t: Double) -> Double {
        guard t > 0 else { return probabilityOfWaiting }
        let u = exp(-theta * t)
        let growth = -y * expm1(-theta * t)
        let logAnsweredLate = log(x / (x + 1)) + growth - (x + 1) * theta * t
            + ScaledIncompleteGamma.logValue(shape: x + 1, at: y * u) - logS
        return min(1, probabilityOfWaiting * (abandonmentGivenWaiting + exp(logAnsweredLate)))
    }

    /// Mean wait of answered callers, in seconds.
    ///
    /// E[wait; answered | caller finds j queued] = (1/θ) x/(x+j+1) Σ_{i=1}^{j+1} 1/(x+i),
    /// weighted by the stationary queue q_j ∝ y^j / ((x+1)...(x+j)). The positive series is
    /// summed with the same weights' total (rescaled as it goes, so it cannot overflow).
    func averageWaitOfAnswered() -> Double {
        let answered = 1 - probabilityOfAbandonment
        guard answered > 0 else { return .infinity }
        guard probabilityOfWaiting > 0 else { return 0 }
        var weight = 1.0
        var harmonic = 1 / (x + 1)
        var total = 1.0
        var weighted = x / (x + 1) * harmonic
        let peak = y - x
        var j = 1.0
        while j < Double(ScaledIncompleteGamma.iterationLimit) {
            weight *= y / (x + j)
            harmonic += 1 / (x + j + 1)
            let term = weight * x / (x + j + 1) * harmonic
            total += weight
            weighted += term
            if weight > 1e200 {
                weight *= 1e-200
                total *= 1e-200
                weighted *= 1e-200
            }
            if j > peak, weight <= total * 1e-17, term <= weighted * 1e-17 { break }
            j += 1
        }
        return probabilityOfWaiting * (weighted / total) / theta / answered
    }
}
