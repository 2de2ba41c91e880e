import CallboardDomain

/// A validity ending as the `validity` table stores it (`ending`, `lapses_on`,
/// `ending_revision`, `ending_reason`) and back.
struct StoredEnding {
    let kind: String
    let revision: Int?
    let reason: String?

    init(_ ending: ValidityEnding) {
        switch ending {
        case .expires: (kind, revision, reason) = ("expires", nil, nil)
        case let .recertificationRequired(number, _): (kind, revision, reason) = ("recertify", number, nil)
        case let .revoked(_, why): (kind, revision, reason) = ("revoked", nil, why)
        }
    }

    /// The ending stored as `kind` with the first day it no longer holds.
    static func ending(_ kind: String, lapsesOn: LocalDate, revision: Int?, reason: String?) throws -> ValidityEnding {
        switch kind {
        case "expires": return .expires(on: lapsesOn)
        case "recertify": return .recertificationRequired(revision: revision ?? 0, by: lapsesOn.adding(days: -1))
        case "revoked": return .revoked(on: lapsesOn, reason: reason ?? "")
        default: throw StoredValue.Unreadable(kind: "certification ending", text: kind)
        }
    }
}

/// A training cycle's outcome as the `records` table stores it (`outcome`, `outcome_on`) and back.
enum StoredOutcome {
    static func kind(_ outcome: TrainingCycle.Outcome?) -> String {
        switch outcome {
        case nil: ""
        case .certified: "certified"
        case .failed: "failed"
        }
    }

    static func day(_ outcome: TrainingCycle.Outcome?) -> String {
        switch outcome {
        case nil: ""
        case let .certified(day), let .failed(day): day.description
        }
    }

    static func outcome(_ kind: String?, on day: LocalDate?) throws -> TrainingCycle.Outcome? {
        guard let kind, let day else { return nil }
        switch kind {
        case "certified": return .certified(on: day)
        case "failed": return .failed(on: day)
        default: throw StoredValue.Unreadable(kind: "training outcome", text: kind)
        }
    }
}
