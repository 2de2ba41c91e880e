/// Philippines's holidays that follow the lunar, Islamic or Hindu calendars, dated year by year
/// for 2020-2035.
///
/// Exists because these dates have no simple rule: they are proclaimed each year after moon
/// sighting or from the lunar calendar. Years up to the first projected one are as announced;
/// later ones are projections and may move by a day when announced: replace them then.
extension HolidayTable {
    /// Eid al-Fitr (Philippines), 2020-2035.
    static let philippinesEidAlFitr = HolidayTable([
        2020: ["2020-05-25"], 2021: ["2021-05-13"], 2022: ["2022-05-03"], 2023: ["2023-04-21"],
        2024: ["2024-04-10"], 2025: ["2025-04-01"], 2026: ["2026-03-20"], 2027: ["2027-03-09"],
        2028: ["2028-02-26"], 2029: ["2029-02-14"], 2030: ["2030-02-04"], 2031: ["2031-01-24"],
        2032: ["2032-01-14"], 2033: ["2033-01-02", "2033-12-23"], 2034: ["2034-12-12"], 2035: ["2035-12-01"],
    ], source: "Philippines, Eid al-Fitr: python-holidays 0.108 (Open World Holidays Framework); 2027-2035 projected, may move by a day when announced")

    /// Eid al-Adha (Philippines), 2020-2035.
    static let philippinesEidAlAdha = HolidayTable([
        2020: ["2020-07-31"], 2021: ["2021-07-20"], 2022: ["2022-07-09"], 2023: ["2023-06-28"],
        2024: ["2024-06-17"], 2025: ["2025-06-06"], 2026: ["2026-05-27"], 2027: ["2027-05-16"],
        2028: ["2028-05-05"], 2029: ["2029-04-24"], 2030: ["2030-04-13"], 2031: ["2031-04-02"],
        2032: ["2032-03-22"], 2033: ["2033-03-11"], 2034: ["2034-03-01"], 2035: ["2035-02-18"],
    ], source: "Philippines, Eid al-Adha: python-holidays 0.108 (Open World Holidays Framework); 2027-2035 projected, may move by a day when announced")

    /// Chinese New Year (Philippines), 2020-2035.
    static let philippinesChineseNewYear = HolidayTable([
        2020: ["2020-01-25"], 2021: ["2021-02-12"], 2022: ["2022-02-01"], 2023: [],
        2024: ["2024-02-10"], 2025: ["2025-01-29"], 2026: ["2026-02-17"], 2027: ["2027-02-06"],
        2028: ["2028-01-26"], 2029: ["2029-02-13"], 2030: ["2030-02-03"], 2031: ["2031-01-23"],
        2032: ["2032-02-11"], 2033: ["2033-01-31"], 2034: ["2034-02-19"], 2035: ["2035-02-08"],
    ], source: "Philippines, Chinese New Year: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")
}
