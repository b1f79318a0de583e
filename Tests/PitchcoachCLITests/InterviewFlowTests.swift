import Foundation
import XCTest

/// What a newcomer trips over in the interview (issue 13), through the real binary with piped answers.
final class InterviewFlowTests: XCTestCase {
    /// One client story, up to the "another client?" question.
    private let story = [
        "Ann Lee", "Lee Bookkeeping", "cafe owners", "A bakery owner", "was drowning in receipts",
        "set up monthly books", "she got 10 hours a week back", "1", "",
    ]
    /// Enter at the phone, email and website questions.
    private let noContacts = ["", "", ""]
    private var ending: [String] { ["no", "A cafe owner who does the books at night.", ""] + noContacts + ["yes"] }

    /// The story for an interview in `language`: Thai and Vietnamese ask once how the
    /// speaker refers to themselves when the answers give no sign (issue 11's persona).
    private func story(in language: String) -> [String] {
        guard let persona = ["th": "ผม", "vi": "em"][language] else { return story }
        return Array(story.prefix(2)) + [persona] + story.dropFirst(2)
    }

    private func interview(_ arguments: [String], _ lines: [String], home: URL) throws -> String {
        let result = try Pitchcoach.run(["interview"] + arguments, input: lines.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testASecondUnnamedInterviewGetsANameOfItsOwn() throws {
        let home = try Pitchcoach.temporaryDirectory()
        _ = try interview(["--lang", "en"], story + ending, home: home)
        let second = try interview(["--lang", "th"], [""] + ["บุญมี", "ร้านบุญมี", "ผม", "", "ร้านอาหาร", "ไม่มีลูกค้าช่วงบ่าย", "ทำโปรโมชันบนแผนที่", "ลูกค้าเพิ่ม 30%", "1", "", "ไม่", "เจ้าของร้านอาหารที่ลูกค้าน้อยช่วงบ่าย", ""] + noContacts + ["ใช่"], home: home)
        XCTAssertTrue(second.contains("คุณมีฉบับร่างชื่อ intro อยู่แล้ว (บันทึกไว้ 1 ฉบับ)"), second)
        XCTAssertTrue(second.contains("บันทึกเป็น intro-2 ฉบับที่ 1 แล้ว"), second)
        let log = try Pitchcoach.run(["drafts", "log", "intro"], home: home).stdout
        XCTAssertTrue(log.hasPrefix("intro: 1 version, English"), "the first person's history is theirs alone:\n\(log)")

        let named = try interview(["intro"], ["Ann Lee"], home: home)
        XCTAssertTrue(named.contains("intro already has 1 saved version; this interview will save version 2 of it."), named)
    }

    func testNothingToShowOrSaveBeforeTheFirstAnswers() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let output = try interview(["--lang", "en"], [":show", ":save", ":quit"], home: home)
        XCTAssertEqual(output.components(separatedBy: "There is no intro to show or save yet").count, 3, output)
        XCTAssertFalse(output.contains("Hi, I'm  from ."), output)
        XCTAssertEqual(try Pitchcoach.run(["drafts", "list"], home: home).stdout.contains("intro  v1"), false)
    }

    func testTheLeadQuestionListsTheStatementsAndSaysWhatIsValid() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let second = ["yes", "A florist", "was late with VAT every quarter", "filed everything for her", "no more fines in 2 years", "1", "", "no"]
        let output = try interview(["--lang", "en"], story + second + ["7", "2", "A cafe owner who does the books at night.", ""] + noContacts + ["yes"], home: home)
        let lead = try XCTUnwrap(output.range(of: "Which client's statement should lead")).lowerBound
        let listed = output[..<lead].suffix(400)
        XCTAssertTrue(listed.contains("  1. I help bakery owners who") && listed.contains("  2. I help florists who"), String(listed))
        XCTAssertTrue(output.contains("> 7\nPlease type a number from 1 to 2.\n"), output)
        XCTAssertTrue(try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout.contains("## Benefit\n\nI help florists"))
    }

    func testYesAndNoAsPeopleTypeThem() throws {
        for (language, yes, no) in [("en", "Sure!", "nope"), ("th", "ได้ครับ", "ไม่ค่ะ"), ("vi", "vâng", "ko")] {
            let home = try Pitchcoach.temporaryDirectory()
            let unclear = try interview(["--lang", language], story(in: language) + ["maybe", no, "A cafe owner who does the books at night.", ""] + noContacts + [yes], home: home)
            XCTAssertTrue(try Pitchcoach.run(["drafts", "show", "intro"], home: home).status == 0, "\(language) saved with “\(yes)”:\n\(unclear)")
            let expected = ["en": "Please answer yes or no.", "th": "ตอบแค่ ใช่ หรือ ไม่ ก็พอ", "vi": "Chỉ cần trả lời có hoặc không."][language]!
            XCTAssertTrue(unclear.contains("> maybe\n\(expected)\n"), unclear)
        }
    }

    func testBackOffersTheEditedStatement() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let edited = "I give bakery owners 10 hours a week back."
        // Back from the next question to the statement; Enter keeps what is on the line: the edit.
        let lines = Array(story.dropLast()) + [edited, ":back", ""] + ending
        _ = try interview(["--lang", "en"], lines, home: home)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("## Benefit\n\n\(edited)\n"), shown)
    }

    func testLintFindingsQuoteTheirSentence() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let long = "I help bakery owners who are drowning in receipts every single evening of the week get ten hours back so they can finally spend time with the family."
        let output = try interview(["--lang", "en"], Array(story.dropLast()) + [long, ":lint", ":quit"], home: home)
        let lint = try XCTUnwrap(output.range(of: "> :lint\n")).upperBound
        XCTAssertTrue(output[lint...].hasPrefix("  ! This sentence has 28 words; listeners lose the thread after about 25. [length]\n    “I help bakery owners who are drowning"), String(output[lint...]))
    }

    func testAnOverTimeIntroIsTrimmedBeforeSaving() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let ask = "A cafe owner who does the books at night."
        // The benefit shortened, the ask kept as it is, the story's first sentence deleted from the line.
        let trims = ["You get 10 hours a week back.", "A good referral for me is \(ask.lowercased())", ""]
        let output = try interview(["--lang", "en", "--seconds", "33"], story + ["no", ask, ""] + noContacts + trims + ["yes"], home: home)
        XCTAssertTrue(output.contains("so it is 6 seconds over. Before you save it, shorten the sentences that take the most time:"), output)
        XCTAssertTrue(output.contains("  Benefit, about 6 s: “I help bakery owners who are drowning in receipts get 10 hours a week…”\n> You get"), output)
        XCTAssertTrue(output.contains("✓ Now about 30 seconds: within your target of 33.\nSave this intro as a new draft? (yes/no)\n> yes\nSaved as intro version 1."), output)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("## Benefit\n\nYou get 10 hours a week back.\n"), shown)
        XCTAssertTrue(shown.contains("## Story\n\nI set up monthly books, and she got 10 hours a week back.\n"), shown)
        XCTAssertEqual(try Pitchcoach.run(["export", "--seconds", "33", "intro"], home: home).status, 0, "export takes what the interview saved")

        let keptLong = try Pitchcoach.temporaryDirectory()
        let kept = try interview(["--lang", "en", "--seconds", "33"], story + ["no", ask, ""] + noContacts + [":keep", "yes"], home: keptLong)
        XCTAssertTrue(kept.contains("> :keep\nSave this intro as a new draft? (yes/no)\n> yes\nSaved as intro version 1."), kept)
    }

    func testCommandsAtTheLastQuestionShowOnlyTheirOwnOutput() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let output = try interview(["--lang", "en"], story + ending.dropLast() + [":save", ":history", ":diff", ":time", "yes"], home: home)
        XCTAssertEqual(output.components(separatedBy: "Here is your intro:").count, 2, "the intro is shown once:\n\(output)")
        let history = try XCTUnwrap(output.range(of: "> :history\n")).upperBound
        XCTAssertTrue(output[history...].hasPrefix("  v1  "), String(output[history...]))
        let diff = try XCTUnwrap(output.range(of: "> :diff\n")).upperBound
        let shown = output[diff...].prefix { _ in true }.components(separatedBy: "\n").prefix(4)
        XCTAssertTrue(shown[0].hasPrefix("--- intro v1, saved "), shown.joined(separator: "\n"))
        XCTAssertTrue(shown[1].hasPrefix("+++ the intro so far: about "), shown.joined(separator: "\n"))
        XCTAssertEqual(shown[2], "The intro so far is the same as version 1; nothing has changed.")
    }

    func testAThaiInterviewSpeaksThaiInHistoryAndDiff() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let thai = ["สมชาย", "ไอทีแคร์", "ผม", "", "สำนักงานบัญชี", "ส่งอีเมลไม่ได้ทุกเช้า", "ดูแลคอมพิวเตอร์ทุกเครื่อง", "ไม่มีปัญหาอีกเลยใน 6 เดือน", "1", "",
                    ":save", "ไม่", "เจ้าของสำนักงานบัญชีเล็กๆ ที่ส่งอีเมลไม่ออกทุกเช้า", ":history", ":diff", ":quit"]
        let output = try interview(["--lang", "th"], thai, home: home)
        let history = try XCTUnwrap(output.range(of: "> :history\n")).upperBound
        let row = output[history...].prefix { $0 != "\n" }
        XCTAssertTrue(row.hasPrefix("  ฉบับที่ 1  ") && row.contains("สัมภาษณ์") && row.contains("วินาที"), String(row))
        XCTAssertFalse(row.contains("interview") || row.contains("findings") || row.contains(" s "), String(row))
        XCTAssertTrue(output.contains("คำ เพิ่มเข้ามา "), output)
    }
}
