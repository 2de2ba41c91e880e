/// Who counts toward a queue's staffed headcount in an interval: a scheduled agent who is
/// live on the day the shift starts (the status in force then, by effective date) and
/// lists the queue's language (exact code; any proficiency, since an agent lists only the
/// languages they serve buyers in).
///
/// This is the seam for certification (issue 5): once certifications are projected, the
/// rule adds "certified for the queue's program during the interval" here, and every
/// coverage figure follows.
enum StaffingEligibility {
    /// A SQL condition over a `shift_intervals` row `i`, its shift `s`, the coverage
    /// agent `a` and the queue `q` (with its `language`), in the coverage schema `schema`.
    static func condition(schema: String) -> String {
        """
        q.language = ANY(a.languages)
        AND (SELECT st.status FROM \(schema).agent_statuses st
              WHERE st.agent_id = i.agent_id AND st.effective_on <= s.local_start::date
              ORDER BY st.effective_on DESC, st.position DESC LIMIT 1) = 'live'
        """
    }
}
