import XCTest
@testable import PitchKit

/// The figures and severities lint gives agree with each other and with README.md.
final class LintFiguresTests: XCTestCase {
    func testTheSummaryAndTheOverTimeFindingSayTheSameSeconds() throws {
        // 267 words at 140 a minute: 114.4 seconds, which rounds down.
        let sentence = "Your books are done every month so you sleep well at night. "
        let words = sentence.split(separator: " ").count
        let text = String(repeating: sentence, count: 267 / words) + String(repeating: "yes ", count: 267 % words)
        let (diagnostics, summary) = try lint(text, language: .english)
        XCTAssertEqual(summary.words, 267)
        XCTAssertEqual(summary.seconds.wholeSeconds, 114)
        let overTime = try XCTUnwrap(diagnostics.first { $0.rule == "length" && $0.severity == .error })
        XCTAssertTrue(overTime.message.contains("114"), overTime.message)
        XCTAssertFalse(overTime.message.contains("115"), overTime.message)
    }

    func testAPitchHalfASecondOverItsTargetIsNotCalledOverTime() throws {
        // 141 words: 60.4 seconds, "about 60 seconds" against a target of 60.
        let text = String(repeating: "You get paid on time. ", count: 28) + "Yes."
        let (diagnostics, summary) = try lint(text, language: .english)
        XCTAssertEqual(summary.seconds.wholeSeconds, 60)
        XCTAssertFalse(diagnostics.contains { $0.rule == "length" && $0.severity == .error })
    }

    func testALongSentenceIsAWarningAsREADMESays() throws {
        let text = "You get " + String(repeating: "paid and ", count: 15) + "home early.\n"
        let (diagnostics, _) = try lint(text, language: .english)
        let long = try XCTUnwrap(diagnostics.first { $0.rule == "length" })
        XCTAssertEqual(long.severity, .warning)
    }

    func testALongThaiStatementIsMeasuredAcrossItsPhrases() throws {
        // Six phrases of about ten syllables, no polite particle until the end: one statement of 60 or so.
        let phrase = "ผมช่วยร้านอาหารทำบัญชีทุกเดือน"
        let statement = Array(repeating: phrase, count: 6).joined(separator: " ") + "ครับ\n"
        let long = try lint(statement, language: .thai).diagnostics.filter { $0.rule == "length" }
        XCTAssertEqual(long.count, 1, "\(long)")
        XCTAssertEqual(long.first?.severity, .warning)
        // The same phrases, each closed with its particle, are six short statements.
        let closed = Array(repeating: phrase + "ครับ", count: 6).joined(separator: " ") + "\n"
        XCTAssertEqual(try lint(closed, language: .thai).diagnostics.filter { $0.rule == "length" }, [])
    }
}
