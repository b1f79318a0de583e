import XCTest
@testable import PitchKit

final class LanguageTests: XCTestCase {
    func testDetectsByScript() throws {
        let detector = try PackCatalog.builtIn().detector
        XCTAssertEqual(detector.detect(Array("I keep your computers working.".utf8)), .english)
        XCTAssertEqual(detector.detect(Array("ผมทำ IT consult ครับ".utf8)), .thai)
        XCTAssertEqual(detector.detect(Array("Tôi giúp chủ quán cà phê có thêm khách.".utf8)), .vietnamese)
        XCTAssertEqual(detector.detect(Array("Café résumé for a naïve client".utf8)), .english, "French accents are not Vietnamese")
    }

    func testCodesAndNames() throws {
        let catalog = try PackCatalog.builtIn()
        XCTAssertEqual(catalog.language(matching: "th-TH"), .thai)
        XCTAssertEqual(catalog.language(matching: "vi_VN.UTF-8"), .vietnamese)
        XCTAssertEqual(catalog.language(matching: "Vietnamese"), .vietnamese)
        XCTAssertNil(catalog.language(matching: "fr"))
        XCTAssertThrowsError(try catalog.language(named: "fr")) { error in
            XCTAssertEqual("\(error)", "unknown language 'fr'; known languages are en, th, vi. A pack can add one (pitchcoach packs init).")
        }
    }

    func testFlagBeatsFrontMatterBeatsDetection() throws {
        XCTAssertEqual(try lint("---\nlang: vi\n---\nHello there").summary.language, .vietnamese)
        XCTAssertEqual(try lint("---\nlang: vi\n---\nHello there", language: .english).summary.language, .english)
        XCTAssertThrowsError(try lint("---\nlang: klingon\n---\nHello")) { error in
            XCTAssertEqual((error as? PitchError)?.description, "pitch.md:2: unknown language 'klingon'; known languages are en, th, vi.")
        }
    }
}

final class SpeakingTimeTests: XCTestCase {
    func testEnglishIsTimedInWordsAtTheDataFileRate() throws {
        let summary = try lint(Array(repeating: "word", count: 140).joined(separator: " ")).summary
        XCTAssertEqual(summary.words, 140)
        XCTAssertEqual(summary.seconds, 60, accuracy: 0.01)
    }

    func testVietnameseCountsEachSyllable() throws {
        let summary = try lint("Tôi giúp chủ quán cà phê có thêm khách.").summary
        XCTAssertEqual(summary.units, 9)
        XCTAssertEqual(summary.seconds, 9 / 4.5, accuracy: 0.01)
    }

    func testThaiCountsSyllablesNotWords() throws {
        // สวัสดี ครับ: three syllables and one.
        let summary = try lint("สวัสดีครับ").summary
        XCTAssertEqual(summary.units, 4)
    }

    func testEnglishWordsInsideThaiCountTheirSyllables() {
        XCTAssertEqual(SpeakingTime.vowelGroups(in: "consult"), 2)
        XCTAssertEqual(SpeakingTime.vowelGroups(in: "marketing"), 3)
        XCTAssertEqual(SpeakingTime.vowelGroups(in: "make"), 1)
    }

    func testOverTimeIsAnErrorThatSaysWhereToCut() throws {
        let sentence = "You get your evenings back so you can rest."
        let text = Array(repeating: sentence, count: 20).joined(separator: " ")
        let result = try lint(text, seconds: 30)
        let length = try XCTUnwrap(result.diagnostics.first { $0.rule == "length" })
        XCTAssertEqual(length.severity, .error)
        XCTAssertTrue(length.message.hasPrefix("This pitch takes about 77 seconds to say; the target is 30."), length.message)
        XCTAssertEqual(result.summary.seconds.wholeSeconds, 77, "the summary says the same seconds")
        // 30 seconds is 70 words; the eighth sentence takes the pitch to 72.
        XCTAssertEqual(length.column, 1 + 7 * (sentence.count + 1), "points at the first sentence past 30 seconds")
    }
}
