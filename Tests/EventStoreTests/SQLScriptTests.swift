@testable import EventStore
import Testing

@Suite("Splitting SQL scripts into statements")
struct SQLScriptTests {
    @Test func splitsOnSemicolonsOutsideQuotesBodiesAndComments() {
        let script = """
            CREATE TABLE a (t text DEFAULT 'x;y', "odd;name" int); -- trailing; comment
            /* block; comment */ CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'it''s; fine' $body$;
            DO $$ BEGIN PERFORM 1; END $$
            """
        let statements = SQLScript.statements(in: script)
        #expect(statements.count == 4)
        #expect(statements[0] == #"CREATE TABLE a (t text DEFAULT 'x;y', "odd;name" int)"#)
        #expect(statements[1].hasSuffix("BEGIN RETURN 1; END $$"))
        #expect(statements[2].contains("'it''s; fine'"))
        #expect(statements[3] == "DO $$ BEGIN PERFORM 1; END $$")
    }

    @Test func positionalParametersAreNotDollarQuotes() {
        #expect(SQLScript.statements(in: "SELECT $1; SELECT 2") == ["SELECT $1", "SELECT 2"])
    }
}
