import TestSupport
import XCTest
@testable import PitchKit

final class PitchDocumentTests: XCTestCase {
    private func spokenText(_ document: PitchDocument) -> String {
        String(decoding: document.spoken, as: UTF8.self)
    }

    func testFrontMatterIsReadAndNeverSpoken() {
        let document = PitchDocument("---\nname: Ann Lee\nlang: \"th\"\nseconds: 45\n---\nHello there\n")
        XCTAssertEqual(document.frontMatter["name"], "Ann Lee")
        XCTAssertEqual(document.frontMatter["lang"], "th")
        XCTAssertEqual(document.frontMatter.fields["seconds"]?.line, 4)
        XCTAssertFalse(spokenText(document).contains("Ann"))
        XCTAssertEqual(document.blocks.map { document.text($0.range) }, ["Hello there"])
    }

    func testAnUnclosedFenceIsNotFrontMatter() {
        let document = PitchDocument("---\nname: Ann\n")
        XCTAssertNil(document.frontMatter["name"])
    }

    func testHeadingsNameSectionsAndAreNotSpoken() {
        let sections: [String: Section] = ["benefit": .benefit, "ask": .ask]
        let document = PitchDocument("I'm Ann.\n\n## Benefit\nYou pay less tax.\n\n## Ask ##\nAny cafe owner.\n", sections: sections)
        XCTAssertEqual(document.blocks.map(\.section), [.opening, .benefit, .ask])
        XCTAssertFalse(spokenText(document).contains("Benefit"))
        XCTAssertEqual(document.spoken.count, document.original.count, "masking must keep every byte offset")
    }

    func testCodeLinksAndAddressesAreNotSpoken() {
        let text = "See [my site](https://example.com/synergy) and `synergy()` or www.synergy.com today\n```\nsynergy\n```\n"
        let spoken = spokenText(PitchDocument(text))
        XCTAssertEqual(spoken.components(separatedBy: "synergy").count, 1, spoken)
        XCTAssertTrue(spoken.contains("my site"))
    }

    func testListItemsAreSeparateBlocks() {
        let document = PitchDocument("- first item\n- second item\n1. third\n")
        XCTAssertEqual(document.blocks.map { document.text($0.range).trimmingSpaces() }, ["first item", "second item", "third"])
    }

    func testDirectives() {
        let text = "One.\n<!-- pitchcoach off -->\nTwo.\n<!-- pitchcoach on -->\n<!-- pitchcoach ignore jargon, bland -->\nThree.\n\nFour.\n"
        let document = PitchDocument(text)
        XCTAssertEqual(document.directives.map(\.line), [2, 4, 5])
        let two = text.utf8.count - "Two.\n<!-- pitchcoach on -->\n<!-- pitchcoach ignore jargon, bland -->\nThree.\n\nFour.\n".utf8.count
        XCTAssertTrue(document.isQuiet(two))
        XCTAssertFalse(document.isQuiet(0))
        let three = document.blocks.first { document.text($0.range).hasPrefix("Three") }
        XCTAssertEqual(three?.ignoredRules, ["jargon", "bland"])
        let four = document.blocks.first { document.text($0.range).hasPrefix("Four") }
        XCTAssertEqual(four?.ignoredRules, [])
    }
}

final class PositionTests: XCTestCase {
    func testPositionsReferToTheOriginalFileAfterFrontMatterAndHeadings() throws {
        let text = "---\nname: Ann\n---\n# Opening\n\nWe offer synergy.\n"
        let jargon = try XCTUnwrap(lint(text).diagnostics.first { $0.rule == "jargon" })
        XCTAssertEqual([jargon.line, jargon.column, jargon.endLine, jargon.endColumn], [6, 10, 6, 16])
        XCTAssertEqual(jargon.text, "synergy")
    }

    func testColumnsCountCodePointsNotBytes() throws {
        let diagnostics = try lint("ผมทำ IT consult ครับ").diagnostics
        let jargon = try XCTUnwrap(diagnostics.first { $0.rule == "jargon" })
        XCTAssertEqual([jargon.column, jargon.endColumn], [6, 15])
    }

    /// Property: for random pitches, every diagnostic's line and column point
    /// at exactly its text in the original file.
    func testEveryDiagnosticPointsAtItsText() throws {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["We leverage synergy.", "ผมทำ IT consult ครับ", "Công ty uy tín, chuyên nghiệp.", "# Benefit", "---", "<!-- note -->",
                      "Quality service, guaranteed 100%.", "[link](http://x.y)", "basically", "\n", "\n\n", "- item", "`code`", "ร้าน", "Tôi"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            for diagnostic in try lint(text).diagnostics where diagnostic.endLine == diagnostic.line && !diagnostic.text.hasSuffix("…") {
                let line = lines[diagnostic.line - 1]
                let found = String(String.UnicodeScalarView(line[(diagnostic.column - 1)..<diagnostic.endColumn]))
                let expectedScalars = diagnostic.text.unicodeScalars.count
                XCTAssertEqual(found.unicodeScalars.count, expectedScalars, text)
                XCTAssertEqual(found, diagnostic.text, "in: \(text)")
            }
        }
    }
}
