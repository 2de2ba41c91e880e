/// Plausible names for agents by mother tongue: Filipino names in Manila and Cebu,
/// Bolivian in Santa Cruz, Bulgarian (with feminine surnames) in Sofia, Korean (family name
/// first) in Seoul, Malay and Malaysian Chinese in Kuala Lumpur.
struct AgentNames: Sendable {
    let women: [String]
    let men: [String]
    /// Family names; `Petrov|Petrova` gives the masculine and feminine forms.
    let families: [String]
    let familyNameFirst: Bool

    /// A full name and the name colleagues use.
    func draw(_ random: inout SeededRandom) -> (full: String, given: String) {
        let isWoman = random.chance(0.55)
        let given = random.pick(isWoman ? women : men)
        let forms = random.pick(families).split(separator: "|").map(String.init)
        let family = isWoman ? forms[forms.count - 1] : forms[0]
        return (familyNameFirst ? "\(family) \(given)" : "\(given) \(family)", given)
    }

    static func forNativeLanguage(_ language: String) -> AgentNames {
        switch language {
        case "es": bolivian
        case "bg": bulgarian
        case "ko": korean
        case "ms": malay
        case "zh": malaysianChinese
        default: filipino
        }
    }

    private static let filipino = AgentNames(
        women: ["Maria", "Angelica", "Kristine", "Rowena", "Jessa", "Liza", "Rhea", "Patricia", "Joanna", "Bea",
                "Aileen", "Mary Grace", "Camille", "Princess", "Shiela", "Nicole", "Lovely", "Hazel"],
        men: ["Jose", "Mark", "John Paul", "Jerome", "Ramon", "Carlo", "Miguel", "Ronald", "Jericho", "Dennis",
              "Arnel", "Kevin", "Rommel", "Paolo", "Ramil", "Christian"],
        families: ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Andrada",
                   "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro",
                   "Salazar", "Mercado", "Dela Cruz", "Gonzales", "Lim", "Abellana", "Cabahug", "Alcantara",
                   "Pascual", "Soriano", "Manalo"],
        familyNameFirst: false)

    private static let bolivian = AgentNames(
        women: ["Daniela", "Mariana", "Valeria", "Camila", "Gabriela", "Andrea", "Fernanda", "Paola", "Natalia",
                "Ximena", "Carla", "Lucía", "Verónica"],
        men: ["Luis Fernando", "Carlos", "José Luis", "Diego", "Marcelo", "Rodrigo", "Jorge", "Sergio",
              "Ricardo", "Mauricio", "Álvaro", "Gonzalo"],
        families: ["Justiniano", "Suárez", "Vaca", "Rojas", "Gutiérrez", "Flores", "Mendoza", "Áñez", "Roca",
                   "Saucedo", "Pinto", "Chávez", "Ribera", "Montaño", "Vargas", "Quiroga", "Arias", "Peña",
                   "Moreno", "Salvatierra", "Parada", "Antelo", "Cuéllar", "Terrazas"],
        familyNameFirst: false)

    private static let bulgarian = AgentNames(
        women: ["Elena", "Maria", "Desislava", "Kalina", "Ralitsa", "Viktoria", "Teodora", "Yana", "Gergana",
                "Simona", "Mila", "Iva", "Nadezhda", "Polina"],
        men: ["Georgi", "Ivan", "Nikolai", "Dimitar", "Petar", "Stefan", "Martin", "Aleksandar", "Hristo",
              "Boris", "Kaloyan", "Todor"],
        families: ["Petrov|Petrova", "Dimitrov|Dimitrova", "Georgiev|Georgieva", "Ivanov|Ivanova",
                   "Nikolov|Nikolova", "Todorov|Todorova", "Stoyanov|Stoyanova", "Kolev|Koleva",
                   "Angelov|Angelova", "Iliev|Ilieva", "Marinov|Marinova", "Hristov|Hristova", "Popov|Popova",
                   "Yordanov|Yordanova", "Vasilev|Vasileva", "Atanasov|Atanasova"],
        familyNameFirst: false)

    private static let korean = AgentNames(
        women: ["Seo-yeon", "Ha-eun", "Su-ah", "Ji-woo", "Ye-jin", "Eun-ji", "Da-eun", "Yu-na", "So-yeon", "Min-seo"],
        men: ["Min-jun", "Ji-ho", "Do-yun", "Hyun-woo", "Seung-min", "Jae-won", "Tae-yang", "Joon-ho", "Sung-min"],
        families: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
                   "Seo", "Kwon", "Hwang"],
        familyNameFirst: true)

    private static let malay = AgentNames(
        women: ["Nur Aisyah", "Siti Nurhaliza", "Nurul Izzah", "Farah Wahida", "Aina Sofea", "Syafiqah",
                "Balqis", "Hidayah", "Amira"],
        men: ["Muhammad Hafiz", "Ahmad Faiz", "Mohd Amirul", "Khairul Anuar", "Haziq", "Irfan", "Danial",
              "Azlan", "Firdaus"],
        families: ["Rahman", "Ismail", "Hassan", "Abdullah", "Yusof", "Ibrahim", "Osman", "Hamid", "Razak",
                   "Aziz", "Salleh", "Kassim"],
        familyNameFirst: false)

    private static let malaysianChinese = AgentNames(
        women: ["Wei Ling", "Jia Hui", "Mei Ling", "Xin Yi", "Pei Shan", "Hui Min", "Shu Fen", "Li Ying"],
        men: ["Kok Wai", "Chee Keong", "Zhi Hao", "Jun Jie", "Kah Seng", "Wei Jie", "Boon Hock"],
        families: ["Tan", "Lim", "Lee", "Ng", "Wong", "Chan", "Ong", "Teh", "Goh", "Chong", "Yap", "Low"],
        familyNameFirst: true)
}
