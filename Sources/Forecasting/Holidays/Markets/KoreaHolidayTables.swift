/// Korea's holidays that follow the lunar, Islamic or Hindu calendars, dated year by year
/// for 2020-2035.
///
/// Exists because these dates have no simple rule: they are proclaimed each year after moon
/// sighting or from the lunar calendar. Years up to the first projected one are as announced;
/// later ones are projections and may move by a day when announced: replace them then.
extension HolidayTable {
    /// The day preceding Korean New Year (Korea), 2020-2035.
    static let koreaSeollalEve = HolidayTable([
        2020: ["2020-01-24"], 2021: ["2021-02-11"], 2022: ["2022-01-31"], 2023: ["2023-01-21"],
        2024: ["2024-02-09"], 2025: ["2025-01-28"], 2026: ["2026-02-16"], 2027: ["2027-02-06"],
        2028: ["2028-01-26"], 2029: ["2029-02-12"], 2030: ["2030-02-02"], 2031: ["2031-01-22"],
        2032: ["2032-02-10"], 2033: ["2033-01-30"], 2034: ["2034-02-18"], 2035: ["2035-02-07"],
    ], source: "Korea, The day preceding Korean New Year: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// Korean New Year (Korea), 2020-2035.
    static let koreaSeollal = HolidayTable([
        2020: ["2020-01-25"], 2021: ["2021-02-12"], 2022: ["2022-02-01"], 2023: ["2023-01-22"],
        2024: ["2024-02-10"], 2025: ["2025-01-29"], 2026: ["2026-02-17"], 2027: ["2027-02-07"],
        2028: ["2028-01-27"], 2029: ["2029-02-13"], 2030: ["2030-02-03"], 2031: ["2031-01-23"],
        2032: ["2032-02-11"], 2033: ["2033-01-31"], 2034: ["2034-02-19"], 2035: ["2035-02-08"],
    ], source: "Korea, Korean New Year: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// The second day of Korean New Year (Korea), 2020-2035.
    static let koreaSeollalSecondDay = HolidayTable([
        2020: ["2020-01-26"], 2021: ["2021-02-13"], 2022: ["2022-02-02"], 2023: ["2023-01-23"],
        2024: ["2024-02-11"], 2025: ["2025-01-30"], 2026: ["2026-02-18"], 2027: ["2027-02-08"],
        2028: ["2028-01-28"], 2029: ["2029-02-14"], 2030: ["2030-02-04"], 2031: ["2031-01-24"],
        2032: ["2032-02-12"], 2033: ["2033-02-01"], 2034: ["2034-02-20"], 2035: ["2035-02-09"],
    ], source: "Korea, The second day of Korean New Year: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// Buddha's Birthday (Korea), 2020-2035.
    static let koreaBuddhasBirthday = HolidayTable([
        2020: ["2020-04-30"], 2021: ["2021-05-19"], 2022: ["2022-05-08"], 2023: ["2023-05-27"],
        2024: ["2024-05-15"], 2025: ["2025-05-05"], 2026: ["2026-05-24"], 2027: ["2027-05-13"],
        2028: ["2028-05-02"], 2029: ["2029-05-20"], 2030: ["2030-05-09"], 2031: ["2031-05-28"],
        2032: ["2032-05-16"], 2033: ["2033-05-06"], 2034: ["2034-05-25"], 2035: ["2035-05-15"],
    ], source: "Korea, Buddha's Birthday: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// The day preceding Chuseok (Korea), 2020-2035.
    static let koreaChuseokEve = HolidayTable([
        2020: ["2020-09-30"], 2021: ["2021-09-20"], 2022: ["2022-09-09"], 2023: ["2023-09-28"],
        2024: ["2024-09-16"], 2025: ["2025-10-05"], 2026: ["2026-09-24"], 2027: ["2027-09-14"],
        2028: ["2028-10-02"], 2029: ["2029-09-21"], 2030: ["2030-09-11"], 2031: ["2031-09-30"],
        2032: ["2032-09-18"], 2033: ["2033-09-07"], 2034: ["2034-09-26"], 2035: ["2035-09-15"],
    ], source: "Korea, The day preceding Chuseok: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// Chuseok (Korea), 2020-2035.
    static let koreaChuseok = HolidayTable([
        2020: ["2020-10-01"], 2021: ["2021-09-21"], 2022: ["2022-09-10"], 2023: ["2023-09-29"],
        2024: ["2024-09-17"], 2025: ["2025-10-06"], 2026: ["2026-09-25"], 2027: ["2027-09-15"],
        2028: ["2028-10-03"], 2029: ["2029-09-22"], 2030: ["2030-09-12"], 2031: ["2031-10-01"],
        2032: ["2032-09-19"], 2033: ["2033-09-08"], 2034: ["2034-09-27"], 2035: ["2035-09-16"],
    ], source: "Korea, Chuseok: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")

    /// The second day of Chuseok (Korea), 2020-2035.
    static let koreaChuseokSecondDay = HolidayTable([
        2020: ["2020-10-02"], 2021: ["2021-09-22"], 2022: ["2022-09-11"], 2023: ["2023-09-30"],
        2024: ["2024-09-18"], 2025: ["2025-10-07"], 2026: ["2026-09-26"], 2027: ["2027-09-16"],
        2028: ["2028-10-04"], 2029: ["2029-09-23"], 2030: ["2030-09-13"], 2031: ["2031-10-02"],
        2032: ["2032-09-20"], 2033: ["2033-09-09"], 2034: ["2034-09-28"], 2035: ["2035-09-17"],
    ], source: "Korea, The second day of Chuseok: python-holidays 0.108 (Open World Holidays Framework); no year flagged as estimated (lunisolar or Hindu calendar computation)")
}
