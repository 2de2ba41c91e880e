import CallboardImport
import Testing

@Suite("Reading CSV (RFC 4180)")
struct CSVDocumentTests {
    private func records(_ text: String) -> [[String]] { CSVDocument(parsing: text).records.map(\.fields) }

    @Test func plainFieldsAndLineEndings() {
        #expect(records("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(records("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(records("a,b\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(records("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        #expect(records(#"name,note"# + "\n" + #""Cruz, Ana","She said ""thanks""""# + "\n")
            == [["name", "note"], ["Cruz, Ana", #"She said "thanks""#]])
        #expect(records("a,b\n\"first line\nsecond line\",x\n") == [["a", "b"], ["first line\nsecond line", "x"]])
        #expect(records("a\n\"\"\n") == [["a"], [""]])
    }

    @Test func recordsKnowThePhysicalLineTheyStartOn() {
        let document = CSVDocument(parsing: "h1,h2\n\"two\nlines\",x\n\nlast,y\r\n\"three\r\nphysical\r\nlines\",z\n")
        #expect(document.records.map(\.line) == [1, 2, 5, 6])
        #expect(document.problems.isEmpty)
    }

    @Test func blankLinesAndAByteOrderMarkAreIgnored() {
        #expect(records("\u{FEFF}a,b\n\n1,2\n\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func aQuoteInsideAPlainFieldIsAProblemOnItsLine() {
        let document = CSVDocument(parsing: "a,b\n1,2\nab\"c,3\n")
        #expect(document.problems == [CSVSyntaxProblem(line: 3, fieldIndex: 0,
            reason: "a double quote may only appear in a field that is itself in double quotes")])
    }

    @Test func textAfterAClosingQuoteIsAProblem() {
        let document = CSVDocument(parsing: "a,b\n1,\"two\"x\n")
        #expect(document.problems.map(\.reason) == ["a closing double quote must be followed by a comma or the end of the line"])
        #expect(document.problems.map(\.fieldIndex) == [1])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() {
        let document = CSVDocument(parsing: "a,b\n1,2\n3,\"never\nclosed\n4,5\n")
        #expect(document.records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(document.problems == [CSVSyntaxProblem(line: 3, fieldIndex: 1,
            reason: "a quoted field opened on this line is never closed")])
    }
}
