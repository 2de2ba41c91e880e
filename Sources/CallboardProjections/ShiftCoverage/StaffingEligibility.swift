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
enum StaffingEligibility {
    /// A SQL condition over a `shift_intervals` row `i`, its shift `s`, the coverage
    /// agent `a` and the queue `q` (with its `language`), in the coverage schema `schema`
    /// and the certifications schema `certifications`.
    static func condition(schema: String, certifications: String) -> String {
        """
        q.language = ANY(a.languages)
        AND (SELECT st.status FROM \(schema).agent_statuses st
              WHERE st.agent_id = i.agent_id AND st.effective_on <= s.local_start::date
              ORDER BY st.effective_on DESC, st.position DESC LIMIT 1) = 'live'
        AND NOT EXISTS (
            SELECT 1 FROM \(certifications).queue_programs qp
             WHERE qp.queue_id = i.queue_id
               AND NOT EXISTS (SELECT 1 FROM \(certifications).validity v
                                WHERE v.agent_id = i.agent_id AND v.program_id = qp.program_id
                                  AND v.valid_from <= i.interval_start AND i.interval_start < v.valid_until))
        """
    }
}
