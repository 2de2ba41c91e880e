/// Malaysia's holidays that follow the lunar, Islamic or Hindu calendars, dated year by year
/// for 2020-2035.
///
/// Exists because these dates have no simple rule: they are proclaimed each year after moon
/// sighting or from the lunar calendar. Years up to the first projected one are as announced;
/// later ones are projections and may move by a day when announced: replace them then.
extension HolidayTable {
    /// Thaipusam (Malaysia), 2020-2035.
    static let malaysiaThaipusam = HolidayTable([
        2020: ["2020-02-08"], 2021: ["2021-01-28"], 2022: ["2022-01-18"], 2023: ["2023-02-05"],
        2024: ["2024-01-25"], 2025: ["2025-02-11"], 2026: ["2026-02-01"], 2027: ["2027-01-22"],
        2028: ["2028-02-09"], 2029: ["2029-01-29"], 2030: ["2030-01-18"], 2031: ["2031-02-06"],
        2032: ["2032-01-27"], 2033: ["2033-02-14"], 2034: ["2034-02-03"], 2035: ["2035-01-23"],
    ], source: "Malaysia, Thaipusam: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// Chinese New Year (Malaysia), 2020-2035.
    static let malaysiaChineseNewYear = HolidayTable([
        2020: ["2020-01-25"], 2021: ["2021-02-12"], 2022: ["2022-02-01"], 2023: ["2023-01-22"],
        2024: ["2024-02-10"], 2025: ["2025-01-29"], 2026: ["2026-02-17"], 2027: ["2027-02-06"],
        2028: ["2028-01-26"], 2029: ["2029-02-13"], 2030: ["2030-02-03"], 2031: ["2031-01-23"],
        2032: ["2032-02-11"], 2033: ["2033-01-31"], 2034: ["2034-02-19"], 2035: ["2035-02-08"],
    ], source: "Malaysia, Chinese New Year: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Chinese New Year (Second Day) (Malaysia), 2020-2035.
    static let malaysiaChineseNewYearSecondDay = HolidayTable([
        2020: ["2020-01-26"], 2021: ["2021-02-13"], 2022: ["2022-02-02"], 2023: ["2023-01-23"],
        2024: ["2024-02-11"], 2025: ["2025-01-30"], 2026: ["2026-02-18"], 2027: ["2027-02-07"],
        2028: ["2028-01-27"], 2029: ["2029-02-14"], 2030: ["2030-02-04"], 2031: ["2031-01-24"],
        2032: ["2032-02-12"], 2033: ["2033-02-01"], 2034: ["2034-02-20"], 2035: ["2035-02-09"],
    ], source: "Malaysia, Chinese New Year (Second Day): python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Nuzul Al-Quran Day (Malaysia), 2020-2035.
    static let malaysiaNuzulAlQuran = HolidayTable([
        2020: ["2020-05-10"], 2021: ["2021-04-29"], 2022: ["2022-04-19"], 2023: ["2023-04-08"],
        2024: ["2024-03-28"], 2025: ["2025-03-18"], 2026: ["2026-03-07"], 2027: ["2027-02-24"],
        2028: ["2028-02-13"], 2029: ["2029-02-01"], 2030: ["2030-01-22"], 2031: ["2031-01-11"],
        2032: ["2032-01-01", "2032-12-20"], 2033: ["2033-12-10"], 2034: ["2034-11-29"], 2035: ["2035-11-18"],
    ], source: "Malaysia, Nuzul Al-Quran Day: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Eid al-Fitr (Malaysia), 2020-2035.
    static let malaysiaHariRayaAidilfitri = HolidayTable([
        2020: ["2020-05-24"], 2021: ["2021-05-13"], 2022: ["2022-05-02"], 2023: ["2023-04-22"],
        2024: ["2024-04-10"], 2025: ["2025-03-31"], 2026: ["2026-03-21"], 2027: ["2027-03-10"],
        2028: ["2028-02-27"], 2029: ["2029-02-15"], 2030: ["2030-02-04"], 2031: ["2031-01-25"],
        2032: ["2032-01-14"], 2033: ["2033-01-03", "2033-12-23"], 2034: ["2034-12-12"], 2035: ["2035-12-01"],
    ], source: "Malaysia, Eid al-Fitr: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Eid al-Fitr (Second Day) (Malaysia), 2020-2035.
    static let malaysiaHariRayaAidilfitriSecondDay = HolidayTable([
        2020: ["2020-05-25"], 2021: ["2021-05-14"], 2022: ["2022-05-03"], 2023: ["2023-04-23"],
        2024: ["2024-04-11"], 2025: ["2025-04-01"], 2026: ["2026-03-22"], 2027: ["2027-03-11"],
        2028: ["2028-02-28"], 2029: ["2029-02-16"], 2030: ["2030-02-05"], 2031: ["2031-01-26"],
        2032: ["2032-01-15"], 2033: ["2033-01-04", "2033-12-24"], 2034: ["2034-12-13"], 2035: ["2035-12-02"],
    ], source: "Malaysia, Eid al-Fitr (Second Day): python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Vesak Day (Malaysia), 2020-2035.
    static let malaysiaWesak = HolidayTable([
        2020: ["2020-05-07"], 2021: ["2021-05-26"], 2022: ["2022-05-15"], 2023: ["2023-05-04"],
        2024: ["2024-05-22"], 2025: ["2025-05-12"], 2026: ["2026-05-31"], 2027: ["2027-05-20"],
        2028: ["2028-05-09"], 2029: ["2029-05-27"], 2030: ["2030-05-16"], 2031: ["2031-05-06"],
        2032: ["2032-05-23"], 2033: ["2033-05-13"], 2034: ["2034-05-03"], 2035: ["2035-05-22"],
    ], source: "Malaysia, Vesak Day: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Eid al-Adha (Malaysia), 2020-2035.
    static let malaysiaHariRayaHaji = HolidayTable([
        2020: ["2020-07-31"], 2021: ["2021-07-20"], 2022: ["2022-07-10"], 2023: ["2023-06-29"],
        2024: ["2024-06-17"], 2025: ["2025-06-07"], 2026: ["2026-05-27"], 2027: ["2027-05-17"],
        2028: ["2028-05-05"], 2029: ["2029-04-25"], 2030: ["2030-04-14"], 2031: ["2031-04-03"],
        2032: ["2032-03-22"], 2033: ["2033-03-12"], 2034: ["2034-03-01"], 2035: ["2035-02-19"],
    ], source: "Malaysia, Eid al-Adha: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Islamic New Year (Malaysia), 2020-2035.
    static let malaysiaAwalMuharram = HolidayTable([
        2020: ["2020-08-20"], 2021: ["2021-08-10"], 2022: ["2022-07-30"], 2023: ["2023-07-19"],
        2024: ["2024-07-07"], 2025: ["2025-06-27"], 2026: ["2026-06-17"], 2027: ["2027-06-06"],
        2028: ["2028-05-26"], 2029: ["2029-05-15"], 2030: ["2030-05-04"], 2031: ["2031-04-23"],
        2032: ["2032-04-12"], 2033: ["2033-04-01"], 2034: ["2034-03-22"], 2035: ["2035-03-11"],
    ], source: "Malaysia, Islamic New Year: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Prophet Muhammad's Birthday (Malaysia), 2020-2035.
    static let malaysiaMaulidurRasul = HolidayTable([
        2020: ["2020-10-29"], 2021: ["2021-10-19"], 2022: ["2022-10-10"], 2023: ["2023-09-28"],
        2024: ["2024-09-16"], 2025: ["2025-09-05"], 2026: ["2026-08-25"], 2027: ["2027-08-15"],
        2028: ["2028-08-04"], 2029: ["2029-07-24"], 2030: ["2030-07-13"], 2031: ["2031-07-02"],
        2032: ["2032-06-21"], 2033: ["2033-06-10"], 2034: ["2034-05-30"], 2035: ["2035-05-20"],
    ], source: "Malaysia, Prophet Muhammad's Birthday: python-holidays 0.108 (Open World Holidays Framework); 2028-2035 projected, may move by a day when announced")

    /// Diwali (Malaysia), 2020-2035.
    static let malaysiaDeepavali = HolidayTable([
        2020: ["2020-11-14"], 2021: ["2021-11-04"], 2022: ["2022-10-24"], 2023: ["2023-11-12"],
        2024: ["2024-10-31"], 2025: ["2025-10-20"], 2026: ["2026-11-08"], 2027: ["2027-10-28"],
        2028: ["2028-11-15"], 2029: ["2029-11-05"], 2030: ["2030-10-26"], 2031: ["2031-11-14"],
        2032: ["2032-11-02"], 2033: ["2033-10-22"], 2034: ["2034-11-10"], 2035: ["2035-10-30"],
    ], source: "Malaysia, Diwali: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")
}
