import XCTest
@testable import PitchKit

/// The one table layout: columns as wide as their cells look on screen.
final class TextTableTests: XCTestCase {
    func testThaiMarksTakeNoColumn() {
        // สัปดาห์ is 7 scalars, two of them marks (ั ์) that sit on a consonant.
        XCTAssertEqual("สัปดาห์".displayWidth, 5)
        XCTAssertEqual("พูดครั้งล่าสุด".displayWidth, 9)
        XCTAssertEqual("Tiếng Việt".displayWidth, 10)
        XCTAssertEqual("Tie\u{0302}\u{0301}ng".displayWidth, 5, "Vietnamese marks written apart take none either")
        XCTAssertEqual("漢字".displayWidth, 4)
    }

    func testThaiColumnsLineUp() {
        let table = TextTable(header: ["สัปดาห์", "เรื่อง", "เวลา"], rows: [
            ["2026-03-02", "1 · ช่วยเจ้าของร้านอาหาร", "29 วินาที"],
            ["2026-03-09", "2 · cafes", "31 วินาที"],
        ])
        XCTAssertEqual(table.lines, [
            "สัปดาห์       เรื่อง                   เวลา",
            "2026-03-02  1 · ช่วยเจ้าของร้านอาหาร  29 วินาที",
            "2026-03-09  2 · cafes              31 วินาที",
        ])
        // Every line's third column starts at the same place on screen.
        let starts = zip(table.lines, ["เวลา", "29 วินาที", "31 วินาที"]).map { line, cell in
            String(line[..<line.range(of: cell)!.lowerBound]).displayWidth
        }
        XCTAssertEqual(starts, [35, 35, 35])
    }

    func testFiguresAlignRightAndNoLineEndsInSpaces() {
        let table = TextTable(header: ["NAME", "WORDS", "NOTE"], rows: [["ann", "7", ""], ["bao", "120", "first"]], rightAligned: [1])
        XCTAssertEqual(table.lines, ["NAME  WORDS  NOTE", "ann       7", "bao     120  first"])
    }
}
