import CallboardDomain

/// SQL over a row `e` of `events` that reads the award facts' events as
/// ``AwardFactsChanges`` decodes them, for the set-based rebuild of ``AwardFactsProjection``.
///
/// ``regular`` admits only payloads whose meaning is beyond doubt, field by field as the
/// Swift decoder reads them: schema version 1, ids in printable ASCII, instants whole-second
/// UTC `...Z` on real dates, days `YYYY-MM-DD` on real dates, counts and scores integers
/// within 32 bits (a QA score a plain decimal), enumerations among their raw values, a site's
/// time zone one PostgreSQL knows by name, and a disciplinary case opened once, in its agent's
/// quality stream. The events of the rule streams (queues, scorecards, awards) are kept whole
/// and never decoded, so every one of them is regular. Anything else is left to the batches.
enum AwardEventSQL {
    private static let p = "e.payload"

    /// True when the event is read exactly as `apply` reads it.
    static var regular: String {
        let cases = typeChecks.map { "WHEN '\($0.type)' THEN \($0.check)" }.joined(separator: "\n")
        return """
            CASE WHEN e.event_type IN (\(quoted(AwardFactsChanges.sourceTypes.sorted()))) THEN true
                 ELSE e.schema_version <= 1 AND jsonb_typeof(\(p)) = 'object' AND CASE e.event_type \(cases) ELSE false END
            END
            """
    }

    /// The event's place in the log (`transaction`, `position`: as the tables store them) and its
    /// run (`known_from`, `run_txid`, `run_position`: as ``BulkLoad`` takes them).
    static let recorded = """
        e.transaction_id::text::bigint AS transaction, e.position, e.recorded_at AS known_from,
        e.transaction_id AS run_txid, e.position AS run_position
        """

    /// `SQL` list of quoted literals.
    static func quoted(_ values: [String]) -> String {
        values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
    }

    /// The work figures' payload keys and the `work` table's columns, in its order.
    static let workFigures: [(json: String, column: String)] = [
        ("contactsHandled", "contacts"), ("handleSeconds", "handle_seconds"), ("firstContactResolutions", "resolutions"),
        ("scheduledSeconds", "scheduled_seconds"), ("adherentSeconds", "adherent_seconds"),
    ]

    private static var typeChecks: [(type: String, check: String)] {
        typealias S = PayloadSQL
        let agent = S.asciiString(p, "agentID")
        let statuses = AgentStatus.allCases.map(\.rawValue)
        let opened = DisciplinaryCaseOpened.eventType
        return [
            (AgentHired.eventType, all(agent, S.asciiString(p, "siteID"), S.string(p, "name"), S.localDate(p, "hiredOn"),
                                       S.arrayOf(p, "languages", element: all(
                                           "jsonb_typeof(x.v) = 'object'", S.string("x.v", "language"),
                                           S.oneOf("x.v", "proficiency", Proficiency.allCases.map(\.rawValue)))),
                                       S.arrayOf(p, "skills", element: all(
                                           "jsonb_typeof(x.v) = 'string'",
                                           "(x.v #>> '{}') IN (\(quoted(Channel.allCases.map(\.rawValue))))")))),
            (AgentTransferred.eventType, all(agent, S.asciiString(p, "fromSite"), S.asciiString(p, "toSite"),
                                             S.localDate(p, "effectiveOn"))),
            (AgentStatusChanged.eventType, all(agent, S.oneOf(p, "from", statuses), S.oneOf(p, "to", statuses),
                                               S.localDate(p, "effectiveOn"), S.string(p, "reason"))),
            (SiteOpened.eventType, all(S.asciiString(p, "siteID"), S.string(p, "name"), S.string(p, "country"),
                                       S.string(p, "timeZone"),
                                       "(\(p)->>'timeZone') IN (SELECT z.name FROM pg_timezone_names z)",
                                       S.int32(p, "seats"), S.int32(p, "maximumShiftMinutes"), S.localDate(p, "openedOn"),
                                       S.arrayOf(p, "languages", element: "jsonb_typeof(x.v) = 'string'"),
                                       S.arrayOf(p, "holidays", element: all(
                                           "jsonb_typeof(x.v) = 'object'", S.localDate("x.v", "date"),
                                           S.string("x.v", "name"))))),
            (AgentIntervalStatsReported.eventType, all(work, figures("figures"))),
            (AgentIntervalStatsCorrected.eventType, all(work, figures("previous"), figures("corrected"),
                                                        S.int32(p, "revision"))),
            (QAEvaluationRecorded.eventType, all(agent, S.string(p, "queueID"), S.string(p, "evaluator"),
                                                 S.instant(p, "evaluatedAt"),
                                                 "jsonb_typeof(\(p)->'score') = 'number'",
                                                 "(\(p)->>'score') ~ '^-?[0-9]{1,6}(\\.[0-9]{1,6})?$'")),
            (CSATSurveyRecorded.eventType, all(agent, S.string(p, "queueID"), S.string(p, "contactID"),
                                               S.int32(p, "score"), S.instant(p, "surveyedAt"))),
            (CommendationRecorded.eventType, all(agent, S.string(p, "accountID"), S.string(p, "note"),
                                                 S.instant(p, "commendedAt"))),
            (opened, all(agent, S.asciiString(p, "caseID"), S.localDate(p, "openedOn"), S.string(p, "reason"),
                         S.string(p, "openedBy"),
                         // In its agent's quality stream, and its first opening there: a second one is refused
                         // by the batches (the case's key), so it is theirs to quarantine.
                         "e.stream_id = 'agentquality-' || (\(p)->>'agentID')",
                         """
                         NOT EXISTS (SELECT FROM events o WHERE o.stream_id = e.stream_id
                                        AND o.stream_version < e.stream_version AND o.event_type = '\(opened)'
                                        AND o.payload->>'caseID' = \(p)->>'caseID')
                         """)),
            (DisciplinaryCaseClosed.eventType, all(agent, S.asciiString(p, "caseID"), S.localDate(p, "closedOn"),
                                                   S.string(p, "outcome"), S.string(p, "closedBy"))),
        ]
    }

    /// An agent interval report or correction's common fields.
    private static var work: String {
        all(PayloadSQL.asciiString(p, "agentID"), PayloadSQL.asciiString(p, "queueID"), PayloadSQL.instant(p, "start"),
            PayloadSQL.intervalLength(p, "length"))
    }

    /// An object of the five work figures, each an integer within 32 bits.
    private static func figures(_ key: String) -> String {
        let object = "\(p)->'\(key)'"
        return all(["jsonb_typeof(\(object)) = 'object'"] + workFigures.map { PayloadSQL.int32(object, $0.json) })
    }

    private static func all(_ conditions: String...) -> String { all(conditions) }
    private static func all(_ conditions: [String]) -> String { "(" + conditions.joined(separator: " AND ") + ")" }
}
