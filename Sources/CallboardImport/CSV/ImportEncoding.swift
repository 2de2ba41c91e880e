/// The character encodings an import file may be in. Callboard's files are UTF-8; a
/// spreadsheet's "CSV" may be Latin-1 (read as Windows-1252, its Western European superset)
/// or "Unicode text" (UTF-16 with a byte order mark), which `callboard import --encoding`
/// reads too.
public enum ImportEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case latin1
    case utf16 = "utf-16"

    /// The file's bytes as text.
    ///
    /// A UTF-16 byte order mark is honoured whatever the encoding asked for, since it cannot
    /// start a UTF-8 or Latin-1 CSV file. Bytes that are not UTF-8 are refused naming the
    /// first line they are on and the fix, rather than replaced.
    ///
    /// - Throws: `ImportRejection` with one problem at the first undecodable line.
    public func decode(_ bytes: [UInt8], file: String) throws(ImportRejection) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try Self.utf16(bytes, file: file)
        }
        switch self {
        case .utf8:
            return try Self.utf8(bytes, file: file)
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map(Self.windowsLatin1)))
        case .utf16:
            throw ImportRejection(file: file, problems: [ImportProblem(
                file: file, line: 1, column: nil,
                reason: "a UTF-16 file must start with a byte order mark (FF FE or FE FF); save it as UTF-8 instead")])
        }
    }

    /// A byte of a Latin-1 file, read as Windows-1252 does (what spreadsheets write as
    /// "Latin-1"): 0x80-0x9F are €, ‚, ƒ, „ ... rather than control characters.
    private static func windowsLatin1(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let scalars: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(scalars[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
    }

    private static func utf8(_ bytes: [UInt8], file: String) throws(ImportRejection) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text = String.UnicodeScalarView()
        var line = 1
        var decodedBytes = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1 }
                decodedBytes += UTF8.width(scalar)
                text.append(scalar)
            case .emptyInput:
                return String(text)
            case .error:
                let offending = bytes.dropFirst(decodedBytes).first.map { String($0, radix: 16, uppercase: true) } ?? "?"
                throw ImportRejection(file: file, problems: [ImportProblem(
                    file: file, line: line, column: nil,
                    reason: "the file is not UTF-8 text (byte 0x\(offending) on this line); save it as UTF-8 "
                        + "(\"CSV UTF-8\" in a spreadsheet), or import it with --encoding latin1 or --encoding utf-16")])
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], file: String) throws(ImportRejection) -> String {
        let bigEndian = bytes.first == 0xFE
        guard bytes.count % 2 == 0 else {
            throw ImportRejection(file: file, problems: [ImportProblem(
                file: file, line: 1, column: nil, reason: "a UTF-16 file has an even number of bytes, but this one has \(bytes.count)")])
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var text = String.UnicodeScalarView()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1 }
                text.append(scalar)
            case .emptyInput:
                return String(text)
            case .error:
                throw ImportRejection(file: file, problems: [ImportProblem(
                    file: file, line: line, column: nil,
                    reason: "the file is not valid UTF-16 text (an unpaired surrogate on this line); save it as UTF-8")])
            }
        }
    }
}
