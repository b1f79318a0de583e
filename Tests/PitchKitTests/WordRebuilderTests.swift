import XCTest
@testable import PitchKit

/// ICU breaks Thai by its own dictionary and cuts a word it lacks into pieces
/// that swallow the words beside it; the language's dictionary rebuilds them.
final class WordRebuilderTests: XCTestCase {
    private func words(_ text: String, rebuilding: Bool) throws -> [String] {
        let profile = try XCTUnwrap(PackCatalog.builtIn().profiles[.thai])
        let path = try XCTUnwrap(profile.dictionaryPath)
        let rebuilder = WordRebuilder(letters: profile.detection!.letters, neverFirst: profile.neverFirst, dictionaryPath: path)
        let tokenizer = Tokenizer(rebuilders: rebuilding ? [rebuilder] : [])
        let utf8 = Array(text.utf8)
        return tokenizer.tokens(of: text).map { String(decoding: utf8[$0.range], as: UTF8.self) }
    }

    func testAnUnknownAbbreviationNoLongerSwallowsTheWordBeforeIt() throws {
        // "กยศ" (the student loan fund) is in no dictionary: ICU reads "ไม่ต้อ|งกู้ก|ยศ".
        let text = "โดยไม่ต้องกู้กยศ"
        XCTAssertFalse(try words(text, rebuilding: false).contains("ต้อง"))
        // ICU's own cut after "ไม่" stays, as it does in the list's "ไม่ต้อง".
        XCTAssertEqual(Array(try words(text, rebuilding: true).prefix(4)), ["โดย", "ไม่", "ต้อง", "กู้"])
    }

    func testALoanwordICUCutsIsOneWordAgain() throws {
        let text = "ย้ายเซิร์ฟเวอร์ขึ้นคลาวด์แล้วไม่ล่มอีกเลย"
        XCTAssertFalse(try words(text, rebuilding: false).contains("คลาวด์"))
        XCTAssertTrue(try words(text, rebuilding: true).contains("คลาวด์"))
    }

    func testARunICUBreaksIntoKnownWordsIsLeftAlone() throws {
        let text = "ลูกค้าไม่ต้องรอคิวนาน"
        XCTAssertEqual(try words(text, rebuilding: true), try words(text, rebuilding: false))
    }

    func testLintFindsTheListedWordsOnceRebuilt() throws {
        let text = "ผมวางฟันเนลให้ร้านครับ"
        XCTAssertFalse(try words(text, rebuilding: false).contains("ฟันเนล"), "ICU alone cuts the loanword: ฟัน|เนล")
        XCTAssertEqual(try lint(text, language: .thai).diagnostics.filter { $0.rule == "jargon" }.map(\.text), ["ฟันเนล"])
        // "ไม่ต้อง" is a result again: the pitch says what the family gains.
        XCTAssertFalse(try lint("ลูกๆเรียนจบมหาวิทยาลัยโดยไม่ต้องกู้กยศ.และยังเกษียณได้ตามแผน", language: .thai).diagnostics.contains { $0.rule == "no-benefit" })
    }
}
