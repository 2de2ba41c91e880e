/// Singapore's holidays that follow the lunar, Islamic or Hindu calendars, dated year by year
/// for 2020-2035.
///
/// Exists because these dates have no simple rule: they are proclaimed each year after moon
/// sighting or from the lunar calendar. Years up to the first projected one are as announced;
/// later ones are projections and may move by a day when announced: replace them then.
extension HolidayTable {
    /// Chinese New Year (Singapore), 2020-2035.
    static let singaporeChineseNewYear = HolidayTable([
        2020: ["2020-01-25", "2020-01-26"], 2021: ["2021-02-12", "2021-02-13"], 2022: ["2022-02-01", "2022-02-02"], 2023: ["2023-01-22", "2023-01-23"],
        2024: ["2024-02-10", "2024-02-11"], 2025: ["2025-01-29", "2025-01-30"], 2026: ["2026-02-17", "2026-02-18"], 2027: ["2027-02-06", "2027-02-07"],
        2028: ["2028-01-26", "2028-01-27"], 2029: ["2029-02-13", "2029-02-14"], 2030: ["2030-02-03", "2030-02-04"], 2031: ["2031-01-23", "2031-01-24"],
        2032: ["2032-02-11", "2032-02-12"], 2033: ["2033-01-31", "2033-02-01"], 2034: ["2034-02-19", "2034-02-20"], 2035: ["2035-02-08", "2035-02-09"],
    ], source: "Singapore, Chinese New Year: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Eid al-Fitr (Singapore), 2020-2035.
    static let singaporeHariRayaPuasa = HolidayTable([
        2020: ["2020-05-24"], 2021: ["2021-05-13"], 2022: ["2022-05-03"], 2023: ["2023-04-22"],
        2024: ["2024-04-10"], 2025: ["2025-03-31"], 2026: ["2026-03-21"], 2027: ["2027-03-10"],
        2028: ["2028-02-27"], 2029: ["2029-02-15"], 2030: ["2030-02-04"], 2031: ["2031-01-25"],
        2032: ["2032-01-14"], 2033: ["2033-01-03", "2033-12-23"], 2034: ["2034-12-12"], 2035: ["2035-12-01"],
    ], source: "Singapore, Eid al-Fitr: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Eid al-Adha (Singapore), 2020-2035.
    static let singaporeHariRayaHaji = HolidayTable([
        2020: ["2020-07-31"], 2021: ["2021-07-20"], 2022: ["2022-07-10"], 2023: ["2023-06-29"],
        2024: ["2024-06-17"], 2025: ["2025-06-07"], 2026: ["2026-05-27"], 2027: ["2027-05-17"],
        2028: ["2028-05-05"], 2029: ["2029-04-25"], 2030: ["2030-04-14"], 2031: ["2031-04-03"],
        2032: ["2032-03-22"], 2033: ["2033-03-12"], 2034: ["2034-03-01"], 2035: ["2035-02-19"],
    ], source: "Singapore, Eid al-Adha: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Vesak Day (Singapore), 2020-2035.
    static let singaporeVesak = HolidayTable([
        2020: ["2020-05-07"], 2021: ["2021-05-26"], 2022: ["2022-05-15"], 2023: ["2023-06-02"],
        2024: ["2024-05-22"], 2025: ["2025-05-12"], 2026: ["2026-05-31"], 2027: ["2027-05-20"],
        2028: ["2028-05-09"], 2029: ["2029-05-27"], 2030: ["2030-05-16"], 2031: ["2031-06-04"],
        2032: ["2032-05-23"], 2033: ["2033-05-13"], 2034: ["2034-06-01"], 2035: ["2035-05-22"],
    ], source: "Singapore, Vesak Day: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Diwali (Singapore), 2020-2035.
    static let singaporeDeepavali = HolidayTable([
        2020: ["2020-11-14"], 2021: ["2021-11-04"], 2022: ["2022-10-24"], 2023: ["2023-11-12"],
        2024: ["2024-10-31"], 2025: ["2025-10-20"], 2026: ["2026-11-08"], 2027: ["2027-10-28"],
        2028: ["2028-11-15"], 2029: ["2029-11-05"], 2030: ["2030-10-26"], 2031: ["2031-11-14"],
        2032: ["2032-11-02"], 2033: ["2033-10-22"], 2034: ["2034-11-10"], 2035: ["2035-10-30"],
    ], source: "Singapore, Diwali: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")
}
