import TOMLKit
import XCTest
@testable import PitchKit

/// A language file is parsed in two parts, each once: its settings, and the
/// tables of export, the interview and the rotation when first asked for.
final class LanguageFileTests: XCTestCase {
    let builtIn = try! PackCatalog.builtIn()

    func testEachBuiltInFileSplitsIntoTheSameTablesWithItsLineNumbers() throws {
        for language in builtIn.languages {
            let path = try XCTUnwrap(builtIn.profiles[language]).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let whole = try TOMLTable(string: text)
            let (now, later) = TOMLReader.split(text, later: Set(LanguageFile.laterTables))
            let settings = try TOMLTable(string: now), tables = try TOMLTable(string: later)
            XCTAssertEqual(Set(tables.keys), Set(LanguageFile.laterTables), path)
            XCTAssertEqual(Set(settings.keys).union(tables.keys), Set(whole.keys), path)
            for key in whole.keys {
                let part = tables.contains(key: key) ? tables : settings
                XCTAssertEqual(part[key]?.tomlValue, whole[key]?.tomlValue, "\(path): [\(key)]")
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            XCTAssertEqual(now.split(separator: "\n", omittingEmptySubsequences: false).count, lines)
            XCTAssertEqual(later.split(separator: "\n", omittingEmptySubsequences: false).count, lines)
        }
    }

    func testHeadersAreFoundOutsideStringsArraysAndComments() throws {
        let text = #"""
            a = """
            [interview]
            still a
            """
            b = [
              ["x", "]"],
              [ "y" ],
            ]
            c = "[interview] \"quoted\"" # a comment's "quote" and [bracket
            [interview.questions]
            d = '''
            [messages]
            '''
            e = """""\
            """"
            [ "messages" ]
            f = 'it\'
            [[rotation.list]]
            g = 1
            """#
        let (now, later) = TOMLReader.split(text, later: ["interview", "rotation"])
        let settings = try TOMLTable(string: now), tables = try TOMLTable(string: later)
        XCTAssertEqual(Set(settings.keys), ["a", "b", "c", "messages"])
        XCTAssertEqual(settings["a"]?.string, "[interview]\nstill a\n")
        XCTAssertEqual(settings["c"]?.string, "[interview] \"quoted\"")
        XCTAssertEqual(settings["messages"]?.table?["f"]?.string, #"it\"#)
        XCTAssertEqual(Set(tables.keys), ["interview", "rotation"])
        XCTAssertEqual(tables["interview"]?.table?["questions"]?.table?["d"]?.string, "[messages]\n")
        XCTAssertEqual(tables["interview"]?.table?["questions"]?.table?["e"]?.string, "\"\"\"")
        XCTAssertEqual(tables["rotation"]?.table?["list"]?.array?.count, 1)
    }

    func testTheLaterTablesAreParsedOnceAndTheirErrorsNameTheFilesLine() throws {
        let english = try XCTUnwrap(builtIn.profiles[.english])
        let text = try String(contentsOfFile: english.path, encoding: .utf8)
        let profile = try LanguageProfile(text: text, path: english.path, language: .english)
        XCTAssertTrue(try profile.file.laterTables().table === profile.file.laterTables().table, "parsed once")

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let broken = try XCTUnwrap(lines.firstIndex(of: "[interview.questions]")) + 1
        lines.insert("name = ", at: broken)
        let damaged = try LanguageProfile(text: lines.joined(separator: "\n"), path: "en.toml", language: .english)
        XCTAssertEqual(damaged.message(.unitWord), english.message(.unitWord), "linting reads none of the later tables")
        XCTAssertThrowsError(try damaged.interview()) { error in
            XCTAssertTrue("\(error)".hasPrefix("en.toml:\(broken + 1): this is not valid TOML"), "\(error)")
        }
    }

    func testALaterTablesNameAmongTheSettingsIsAnError() {
        let text = "name = \"X\"\ninterview = \"no\"\n"
        XCTAssertThrowsError(try LanguageProfile(text: text, path: "x.toml", language: Language(rawValue: "x"))) { error in
            XCTAssertEqual("\(error)", "x.toml:2: 'interview' should be [interview.…] tables of their own.")
        }
    }
}
