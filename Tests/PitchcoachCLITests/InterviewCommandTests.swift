import Foundation
import XCTest

/// `pitchcoach interview` with piped answers, through the real binary.
final class InterviewCommandTests: XCTestCase {
    let answers = [
        "Ann Lee", "Lee Bookkeeping", "cafe owners in the old town",
        "A bakery owner", "was drowning in receipts every evening", "set up simple monthly books", "she got 10 hours a week back",
        "1", "I help bakery owners drowning in receipts get 10 hours a week back.", "no",
        "A cafe owner who does the books at night.", "Ann Lee: your evenings back.", "", "", "", "yes",
    ]

    func testAScriptedInterviewSavesALintedDraft() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let result = try Pitchcoach.run(["interview", "--lang", "en"], input: answers.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("What is your name?"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  1. I help bakery owners who are drowning in receipts get 10 hours a week back."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Saved as intro version 1."), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no escape codes when piped")

        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home)
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("## Benefit\n\nI help bakery owners drowning in receipts get 10 hours a week back.\n"), shown.stdout)
        let lint = try Pitchcoach.run(["lint", "intro"], home: home)
        XCTAssertTrue(lint.stdout.contains("intro@1: English"), lint.stdout)
    }

    func testLeavingMidwayKeepsAnswersAndResumeContinues() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let first = try Pitchcoach.run(["interview", "--lang", "en"], input: answers.prefix(5).joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("pitchcoach interview --resume intro"), first.stdout)

        let second = try Pitchcoach.run(["interview", "--resume", "intro"], input: answers.dropFirst(5).joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("Welcome back"), second.stdout)
        XCTAssertFalse(second.stdout.contains("What is your name?"), "answered questions are not asked again")
        XCTAssertTrue(second.stdout.contains("What did you do for them?"), second.stdout)
        XCTAssertTrue(second.stdout.contains("Saved as intro version 1."), second.stdout)
    }

    func testStartingAgainOffersToResume() throws {
        let home = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.run(["interview", "--lang", "en"], input: "Ann Lee\n", home: home)
        let again = try Pitchcoach.run(["interview"], input: "yes\n" + answers.dropFirst().joined(separator: "\n") + "\n", home: home)
        XCTAssertTrue(again.stdout.contains("You have an unfinished interview for intro. Continue it?"), again.stdout)
        XCTAssertTrue(again.stdout.contains("Saved as intro version 1."), again.stdout)
        XCTAssertTrue(try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout.contains("name: Ann Lee"))
    }

    /// A yes continues and "start over" starts again; "not now" or a bare "no" is asked again, and nothing is lost.
    func testAnUnclearAnswerToTheOfferToResumeIsAskedAgain() throws {
        let home = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.run(["interview", "--lang", "en"], input: "Ann Lee\n", home: home)
        let again = try Pitchcoach.run(["interview"], input: "not now\nno\nyes\n" + answers.dropFirst().joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(again.stdout.components(separatedBy: "Type yes to continue where you stopped, or start over to begin a new interview.").count, 3, again.stdout)
        XCTAssertTrue(again.stdout.contains("> yes\nWelcome back"), again.stdout)
        XCTAssertTrue(again.stdout.contains("Saved as intro version 1."), again.stdout)

        try Pitchcoach.run(["interview", "bo", "--lang", "en"], input: "Bo Chan\n", home: home)
        let fresh = try Pitchcoach.run(["interview", "bo"], input: "start over\n" + answers.joined(separator: "\n") + "\n", home: home)
        XCTAssertTrue(fresh.stdout.contains("> start over\nLet's find the benefit statement"), fresh.stdout)
        XCTAssertTrue(try Pitchcoach.run(["drafts", "show", "bo"], home: home).stdout.contains("name: Ann Lee"))
    }

    func testAResumeKeepsTheStatementEnterKept() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let upToTheStatement = Array(answers.prefix(8)) + [""]
        try Pitchcoach.run(["interview", "--lang", "en"], input: upToTheStatement.joined(separator: "\n") + "\n", home: home)
        let resumed = try Pitchcoach.run(["interview", "--resume", "intro"], input: answers.dropFirst(9).joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("## Benefit\n\nI help bakery owners who are drowning in receipts get 10 hours a week back.\n"), shown)
    }

    func testCommandsAtAPrompt() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let input = ["Ann Lee", ":help", ":back", "Ann B. Lee", ":skip", "Lee Bookkeeping", ":skip", ":show", ":time", ":save", ":history", ":nonsense", ":quit"]
        let result = try Pitchcoach.run(["interview", "--lang", "en"], input: input.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        for expected in [":history", "This answer is needed", "Saved as intro version 1.", "  v1  ", "There is no command :nonsense", "Hi everyone, I'm Ann B. Lee from Lee Bookkeeping."] {
            XCTAssertTrue(result.stdout.contains(expected), "missing \(expected) in:\n\(result.stdout)")
        }
    }

    func testAStatementWithFindingsCanBeRevisedWithBack() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let input = Array(answers.prefix(8)) + ["Honestly, I help bakery owners get 10 hours a week back.", ":back",
                                               "I help bakery owners get 10 hours a week back."] + Array(answers.suffix(7))
        let result = try Pitchcoach.run(["interview", "--lang", "en"], input: input.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("[filler]\n    ↳ Cut it.\nTo change it, type :back;"), result.stdout)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("## Benefit\n\nI help bakery owners get 10 hours a week back.\n"), shown)
    }

    func testThaiInterview() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let thai = ["สมชาย", "ไอทีแคร์", "ผม", "สำนักงานบัญชีเล็กๆ", "สำนักงานบัญชี", "ส่งอีเมลไม่ได้ทุกเช้า", "ดูแลคอมพิวเตอร์ทุกเครื่อง",
                    "ไม่มีปัญหาอีกเลยใน 6 เดือน", "1", "ช่วยสำนักงานบัญชีให้ส่งอีเมลได้ทุกเช้า ไม่มีปัญหาอีกเลยใน 6 เดือน", "ไม่",
                    "สำนักงานบัญชีที่มีพนักงานสิบคนและคอมพิวเตอร์ล่มบ่อย", "", "", "", "", "ใช่"]
        let result = try Pitchcoach.run(["interview", "--lang", "th", "ไอที"], input: thai.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("คุณชื่ออะไร"), result.stdout)
        XCTAssertTrue(result.stdout.contains("บันทึกเป็น ไอที ฉบับที่ 1 แล้ว"), result.stdout)
        let shown = try Pitchcoach.run(["drafts", "show", "ไอที"], home: home).stdout
        XCTAssertTrue(shown.contains("lang: th"), shown)
        XCTAssertTrue(shown.contains("## ประโยชน์"), shown)
        XCTAssertTrue(shown.contains("สวัสดีครับทุกท่าน ผมชื่อสมชาย จากไอทีแคร์ครับ"), shown)
    }

    // MARK: How members reach you (issue 14)

    /// The answers before the phone, email and website questions, which come just before the review.
    private var beforeContacts: [String] { Array(answers.dropLast(4)) }

    func testAPhoneEmailAndWebsiteGivenInTheInterviewReachTheCardAndTheVCard() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let contacts = ["+66 81 234 5678", "ann.leebookkeeping.com", "ann@leebookkeeping.com", "leebookkeeping", "leebookkeeping.com"]
        let result = try Pitchcoach.run(["interview", "--lang", "en"], input: (beforeContacts + contacts + ["yes"]).joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("""
            > ann.leebookkeeping.com
            An email address has an @ in it, like ann@leebookkeeping.com: please type it again, or press Enter to leave it off.
            Optional: the email address you use for work. Press Enter to skip.
            > ann@leebookkeeping.com

            """), result.stdout)
        XCTAssertTrue(result.stdout.contains("> leebookkeeping\nA web address has a dot in it, like leebookkeeping.com"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Saved as intro version 1."), result.stdout)

        let vcard = try Pitchcoach.run(["export", "intro", "--format", "vcard"], home: home)
        XCTAssertEqual(vcard.status, 0, vcard.stderr)
        for line in ["TEL;TYPE=work,voice;VALUE=uri:tel:+66-81-234-5678\r\n", "EMAIL;TYPE=work:ann@leebookkeeping.com\r\n", "URL:https://leebookkeeping.com\r\n"] {
            XCTAssertTrue(vcard.stdout.contains(line), vcard.stdout)
        }
        let reach = "Reach Ann Lee: +66 81 234 5678 · ann@leebookkeeping.com · leebookkeeping.com"
        XCTAssertTrue(try Pitchcoach.run(["export", "intro", "--format", "card"], home: home).stdout.hasSuffix(reach + "\n"))
        XCTAssertTrue(try Pitchcoach.run(["cards", "intro"], home: home).stdout.contains("- " + reach + "\n"))
    }

    func testContactsLeftOutStayOffTheCard() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let result = try Pitchcoach.run(["interview", "--lang", "en"], input: (beforeContacts + ["", "none", ""] + ["yes"]).joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("> none\nOptional: your website"), "“none” leaves the email off without a second question:\n\(result.stdout)")
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.hasPrefix("---\nname: Ann Lee\nbusiness: Lee Bookkeeping\nlang: en\nseconds: 60\n---\n"), shown)
        let vcard = try Pitchcoach.run(["export", "intro", "--format", "vcard"], home: home).stdout
        XCTAssertTrue(vcard.contains("FN:Ann Lee"), vcard)
        for property in ["TEL", "EMAIL", "URL"] { XCTAssertFalse(vcard.contains("\n\(property)"), vcard) }
        XCTAssertFalse(try Pitchcoach.run(["export", "intro", "--format", "card"], home: home).stdout.contains("Reach Ann Lee"))
    }

    // MARK: --answers

    let answersFile = """
        name = "Hi, I'm Ann Lee"
        business = "It's called Lee Bookkeeping."
        ideal_client = "cafe owners in the old town"
        phone = "0400 123 456"
        ask = "a cafe owner who does the books at night"

        [[client]]
        who = "a bakery owner"
        before = "She had a shoebox of receipts."
        did = "I sorted every receipt and set up monthly books"
        after = "she got ten hours a week back"
        """

    func testAnAnswersFileWithYesSavesWithoutAQuestion() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let file = try Pitchcoach.file("answers.toml", answersFile)
        let result = try Pitchcoach.run(["interview", "books", "--lang", "en", "--answers", file.path, "--yes"], input: "", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("  1. I help bakery owners who have a shoebox of receipts get ten hours a week back."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Saved as books version 1."), result.stdout)
        let shown = try Pitchcoach.run(["drafts", "show", "books"], home: home).stdout
        XCTAssertTrue(shown.contains("phone: 0400 123 456\n"), shown)
        XCTAssertTrue(shown.contains("Hi everyone, I'm Ann Lee from Lee Bookkeeping. I work with cafe owners in the old town.\n"), shown)
        XCTAssertTrue(shown.contains("## Benefit\n\nI help bakery owners who have a shoebox of receipts get ten hours a week back.\n"), shown)
        XCTAssertFalse(shown.contains("## Hook"), "the optional hook the file leaves out is skipped")
    }

    func testQuestionsAFileLeavesOutAreAskedAsUsual() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let withoutAsk = answersFile.replacingOccurrences(of: "ask = \"a cafe owner who does the books at night\"\n", with: "")
        let file = try Pitchcoach.file("answers.toml", withoutAsk)
        let result = try Pitchcoach.run(["interview", "--lang", "en", "--answers", file.path], input: "a cafe owner doing the books at night\nyes\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Who is a good referral for you?"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Saved as intro version 1."), result.stdout)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("A good referral for me is a cafe owner doing the books at night."), shown)
    }

    func testABadAnswersFileIsOneLineNamingFileAndLineAndChangesNothing() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let file = try Pitchcoach.file("answers.toml", answersFile + "\nnumbr = \"8 hours\"\n")
        let result = try Pitchcoach.run(["interview", "--lang", "en", "--answers", file.path, "--yes"], input: "", home: home)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("answers.toml:12: unknown setting 'numbr' in [[client]]"), result.stderr)
        XCTAssertTrue(try Pitchcoach.run(["drafts", "list"], home: home).stdout.contains("intro") == false, "nothing was stored")
        let missing = try Pitchcoach.run(["interview", "--lang", "en", "--answers", "/nonexistent/answers.toml"], input: "", home: home)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/answers.toml: cannot read this answers file"), missing.stderr)
    }

    func testAnAnswersFileGivesTheWebsiteAndAPronounEnglishNeverAsks() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let file = try Pitchcoach.file("answers.toml", answersFile.replacingOccurrences(
            of: "phone = \"0400 123 456\"\n", with: "phone = \"0400 123 456\"\nweb = \"leebookkeeping.com\"\npronoun = \"we\"\n"))
        let result = try Pitchcoach.run(["interview", "--lang", "en", "--answers", file.path, "--yes"], input: "", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("phone: 0400 123 456\nweb: leebookkeeping.com\n---\n"), shown)
        XCTAssertTrue(shown.contains("## Benefit\n\nWe help bakery owners"), "the file says we, though its answers say I:\n\(shown)")
    }

    func testAWebsiteOfTheWrongTypeNamesItsFileAndLine() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let file = try Pitchcoach.file("answers.toml", "name = \"Ann Lee\"\nweb = 42\n")
        let result = try Pitchcoach.run(["interview", "--lang", "en", "--answers", file.path, "--yes"], input: "", home: home)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("answers.toml:2: 'web' should be text in quotes."), result.stderr)
    }

    func testThePersonaIsStoredWithTheInterviewAndKeptOnResume() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let first = try Pitchcoach.run(["interview", "--lang", "th"], input: "วิไล\nบัญชีง่าย\nดิฉัน\n", home: home)
        XCTAssertTrue(first.stdout.contains("คุณแทนตัวเองว่าอะไร"), first.stdout)
        let rest = ["", "เจ้าของร้านเบเกอรี่", "มีใบเสร็จเต็มกล่อง", "วางระบบบัญชีให้", "ได้เวลาคืนมาสัปดาห์ละ 10 ชั่วโมง", "1", "", "ไม่",
                    "แม่ค้าออนไลน์ที่ทำบัญชีเองตอนดึก", "", "", "", "", "ใช่"]
        let second = try Pitchcoach.run(["interview", "--resume", "intro"], input: rest.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertFalse(second.stdout.contains("คุณแทนตัวเองว่าอะไร"), "asked once")
        let shown = try Pitchcoach.run(["drafts", "show", "intro"], home: home).stdout
        XCTAssertTrue(shown.contains("ดิฉันช่วยเจ้าของร้านเบเกอรี่ที่มีใบเสร็จเต็มกล่อง ให้ได้เวลาคืนมาสัปดาห์ละ 10 ชั่วโมงค่ะ"), shown)
        XCTAssertTrue(shown.contains("ดิฉันวิไล จากบัญชีง่าย ขอบคุณค่ะ"), shown)
    }

    func testResumeWithoutASessionIsAClearError() throws {
        let result = try Pitchcoach.run(["interview", "--resume", "nothing"], input: "")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("There is no unfinished interview for nothing"), result.stderr)
    }
}
