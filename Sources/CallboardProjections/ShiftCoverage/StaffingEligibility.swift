/// Who counts toward a queue's staffed headcount in an interval: a scheduled agent who is
/// live on the day the shift starts (the status in force then, by effective date), lists
/// the queue's language (exact code; any proficiency, since an agent lists only the
/// languages they serve buyers in), and, when the queue requires a training program
/// (`RequiredProgram`), holds a valid certification on it at the interval's start.
///
/// Certification is applied here, at query time, from the `certifications` read model
/// (`queue_programs`, `validity`) rather than copied into `shift_coverage`: the two read
/// models are projected and rebuilt independently, and a report reads both in one
/// transaction (or replays both as of an instant), so the figures are consistent. A
/// certification that ends mid-season stops counting from the first interval starting at
/// or after its end; validity starts and ends at local midnight (or at a revocation's
/// instant), so on the half-hour grid of whole-hour and half-hour zones this is exact to
/// the interval.
///
/// The rule comes in the parts that depend on different things, so a query evaluates each
/// as rarely as it can (``ScheduledStaff``): the status once per shift, the programs once per
/// queue, and only the certification's validity once per interval.
enum StaffingEligibility {
    /// Whether the agent of the `shifts` row `s` (in the coverage schema `schema`) is live on
    /// the day the shift starts; NULL (not counted) when no status is in force then.
    static func live(schema: String) -> String {
        """
        (SELECT st.status FROM \(schema).agent_statuses st
          WHERE st.agent_id = s.agent_id AND st.effective_on <= s.local_start::date
          ORDER BY st.effective_on DESC, st.position DESC LIMIT 1) = 'live'
        """
    }

    /// A query of one row and column, `programs`: the programs the queue `queue` (a SQL
    /// expression) requires, as a text array (NULL when none), from the certifications schema
    /// `certifications`. Joined laterally to the queues, so it runs once per queue (as a scalar
    /// subquery it would be copied into every interval row that reads it).
    static func programs(of queue: String, certifications: String) -> String {
        "SELECT array_agg(qp.program_id) AS programs FROM \(certifications).queue_programs qp WHERE qp.queue_id = \(queue)"
    }

    /// Whether the agent of the interval row `i` holds a valid certification at the
    /// interval's start on every program of `i.programs` (true when there are none).
    static func certified(certifications: String) -> String {
        """
        NOT EXISTS (SELECT 1 FROM unnest(i.programs) AS p(program_id)
                     WHERE NOT EXISTS (SELECT 1 FROM \(certifications).validity v
                                        WHERE v.agent_id = i.agent_id AND v.program_id = p.program_id
                                          AND v.valid_from <= i.interval_start AND i.interval_start < v.valid_until))
        """
    }
}
