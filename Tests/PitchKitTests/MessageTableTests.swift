@testable import PitchKit
import XCTest

/// The tables of texts in Resources: strict about keys, with an optional singular.
final class MessageTableTests: XCTestCase {
    private func table(_ toml: String) throws(PitchError) -> MessageTable {
        try MessageTable("card", keys: ["total", "part"], of: try TOMLReader(text: toml, path: "card.toml"))
    }

    func testFillsPlaceholdersAndPicksTheSingular() throws {
        let card = try table("[card]\ntotal = \"{count} seconds, target {target}\"\ntotal_one = \"1 second, target {target}\"\npart = \"Part\"\n")
        XCTAssertEqual(card.text("total", count: 1, ["target": "60"]), "1 second, target 60")
        XCTAssertEqual(card.text("total", count: 2, ["target": "60"]), "2 seconds, target 60")
        XCTAssertEqual(card.text("part", count: 1), "Part", "a key without a singular uses its one form")
    }

    func testAMissingOrUnknownKeyNamesFileAndLine() {
        XCTAssertThrowsError(try table("[card]\ntotal = \"x\"\n")) { error in
            XCTAssertEqual("\(error)", "card.toml:1: [card] needs 'part'.")
        }
        XCTAssertThrowsError(try table("[card]\ntotal = \"x\"\npart = \"y\"\ntotl = \"z\"\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("card.toml:4: unknown setting 'totl' in [card]"), "\(error)")
        }
        XCTAssertThrowsError(try table("[labels]\n")) { error in
            XCTAssertEqual("\(error)", "card.toml: needs a [card] table.")
        }
    }
}
