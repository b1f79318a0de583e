import XCTest
@testable import PitchKit

/// Matching folds what a list should not have to spell out: inflections,
/// compounds, Vietnamese spellings and marks, acronyms' capitals.
final class MatchingVariantsTests: XCTestCase {
    func testEnglishInflectionsMeetTheirLemma() {
        for (form, lemma) in [("solutions", "solution"), ("leveraging", "leverage"), ("leveraged", "leverage"), ("companies", "company"),
                              ("SMBs", "SMB"), ("planning", "plan"), ("guaranteed", "guarantee"), ("client's", "client")] {
            XCTAssertEqual(WordFolding.folded(form), WordFolding.folded(lemma), form)
        }
        for (one, other) in [("use", "us"), ("bus", "bu"), ("thing", "th")] {
            XCTAssertNotEqual(WordFolding.folded(one), WordFolding.folded(other), "\(one) and \(other) stay apart")
        }
    }

    func testVietnameseSpellingsFoldToOne() {
        for (old, new) in [("hóa", "hoá"), ("thủy", "thuỷ"), ("lý", "lí"), ("kỹ", "kĩ"), ("khỏe", "khoẻ")] {
            XCTAssertEqual(WordFolding.folded(old), WordFolding.folded(new), old)
        }
        XCTAssertNotEqual(WordFolding.folded("tay"), WordFolding.folded("tai"), "a final y after a vowel is its own sound")
    }

    func testAListEntryFindsItsVariantsInAPitch() throws {
        let cases: [(String, Language, String)] = [
            ("We build landing pages and healthchecks.", .english, "landing page"),
            ("Chúng tôi tối ưu hoá chuyển đổi cho khách.", .vietnamese, "tối ưu hóa chuyển đổi"),
            ("Ben em lam chuyen doi so cho cac cong ty nho.", .vietnamese, "chuyển đổi số"),
        ]
        for (text, language, expected) in cases {
            let found = try lint(text, language: language).diagnostics.filter { $0.rule == "jargon" }.map(\.text)
            let tokenizer = Tokenizer()
            let wanted = Lexicon.keys(Marks.folded(expected), tokenizer)
            XCTAssertTrue(found.contains { Lexicon.keys(Marks.folded($0), tokenizer) == wanted }, "\(text): \(found)")
        }
    }

    func testAnAcronymFindsOnlyCapitals() throws {
        XCTAssertTrue(try lint("We set up your LAN in a day.", language: .english).diagnostics.contains { $0.text == "LAN" })
        XCTAssertFalse(try lint("Em tên là Lan, em làm sổ sách.", language: .vietnamese).diagnostics.contains { $0.rule == "jargon" })
    }

    func testVietnameseWithoutMarksIsDetected() throws {
        let job = try sharedLinter.job(sharedLinter.document(Array("Em chao ca nha, em ten la Minh, ben em ve sinh may lanh cho van phong.\n".utf8)), path: "p.md")
        XCTAssertEqual(job.language, .vietnamese)
        XCTAssertTrue(job.isUnmarked)
        let english = try sharedLinter.job(sharedLinter.document(Array("Hi, I'm Minh and I clean air conditioners for offices.\n".utf8)), path: "p.md")
        XCTAssertEqual(english.language, .english)
    }

    func testEnglishWordsInAThaiPitchAreChecked() throws {
        let found = try lint("เราสร้าง synergy ให้ทีมขายของลูกค้า", language: .thai).diagnostics.filter { $0.rule == "jargon" }
        XCTAssertEqual(found.map(\.text), ["synergy"])
        XCTAssertTrue(found[0].message.contains("ศัพท์เฉพาะ"), "the message speaks the pitch's language: \(found[0].message)")
    }
}
