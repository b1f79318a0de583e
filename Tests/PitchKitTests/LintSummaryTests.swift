@testable import PitchKit
import XCTest

/// The summary line `lint` ends each file with, in the pitch's language.
final class LintSummaryTests: XCTestCase {
    private func summary(_ language: Language, words: Int, units: Int, seconds: Double, errors: Int, warnings: Int) -> LintSummary {
        LintSummary(language: language, words: words, units: units, seconds: seconds, targetSeconds: 60, errors: errors, warnings: warnings, counts: [:])
    }

    func testEnglishCountsOneThingInTheSingular() throws {
        let english = sharedLinter.profile(.english)
        XCTAssertEqual(summary(.english, words: 1, units: 1, seconds: 0.6, errors: 1, warnings: 1).line(in: english),
                       "English, 1 word, about 1 second to say (target 60): 1 error, 1 warning")
        XCTAssertEqual(summary(.english, words: 95, units: 95, seconds: 41.2, errors: 0, warnings: 7).line(in: english),
                       "English, 95 words, about 41 seconds to say (target 60): 7 warnings")
        XCTAssertEqual(summary(.english, words: 20, units: 20, seconds: 8, errors: 0, warnings: 0).line(in: english),
                       "English, 20 words, about 8 seconds to say (target 60): nothing to fix")
    }

    func testThaiAndVietnameseSpeakTheirOwnLanguage() throws {
        let thai = sharedLinter.profile(.thai)
        XCTAssertEqual(summary(.thai, words: 50, units: 73, seconds: 18.2, errors: 1, warnings: 2).line(in: thai),
                       "ภาษาไทย 50 คำ (73 พยางค์) ใช้เวลาพูดประมาณ 18 วินาที (เป้าหมาย 60 วินาที): ต้องแก้ 1 จุด ควรปรับ 2 จุด")
        let vietnamese = sharedLinter.profile(.vietnamese)
        XCTAssertEqual(summary(.vietnamese, words: 51, units: 51, seconds: 11, errors: 0, warnings: 0).line(in: vietnamese),
                       "Tiếng Việt, 51 âm tiết, nói mất khoảng 11 giây (mục tiêu 60 giây): không có gì cần sửa")
    }
}
