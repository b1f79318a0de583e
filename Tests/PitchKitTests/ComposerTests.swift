import Foundation
import XCTest
@testable import PitchKit

/// How the interview reads answers and speaks as the user: lead-ins, pronouns,
/// particles, numbers in words, non-answers, the persona, the answers file.
final class ComposerTests: XCTestCase {
    private func interview(_ language: Language) throws -> Interview {
        try Interview(language: language, linter: sharedLinter)
    }

    // MARK: Reading

    func testLeadInsPronounsParticlesAndPunctuationAreTakenOut() throws {
        let reader = try interview(.english).script.composer.reader
        XCTAssertEqual(reader.read("Hi, I'm I'm Kwame Mensah", as: .name).text, "Kwame Mensah")
        XCTAssertEqual(reader.read("It's called BrightDesk Cleaning..", as: .business).text, "BrightDesk Cleaning")
        let before = reader.read("She had a shoebox of receipts.", as: .before)
        XCTAssertEqual(before.text, "had a shoebox of receipts")
        XCTAssertEqual(before.shape, .predicate)
        XCTAssertEqual(before.subject, "she")
        XCTAssertEqual(reader.read("I I sorted every receipt", as: .did).text, "sorted every receipt")
        XCTAssertEqual(reader.read("zero complaints in the last 6 months", as: .after).shape, .noun)
        XCTAssertEqual(reader.read("the job took one day", as: .after).shape, .clause)

        let thai = try interview(.thai).script.composer.reader
        XCTAssertEqual(thai.read("ผมชื่อสมชายครับ", as: .name).text, "สมชาย")
        XCTAssertEqual(thai.read("ไปทำเองที่ออฟฟิศครับ", as: .before).text, "ไปทำเองที่ออฟฟิศ")
        XCTAssertEqual(thai.read("โดนปรับภาษีย้อนหลังครับ", as: .before).text, "โดนปรับภาษีย้อนหลัง", "a particle the word breaker leaves inside a word")

        let vietnamese = try interview(.vietnamese).script.composer.reader
        XCTAssertEqual(vietnamese.read("Dạ, em tên là Minh ạ", as: .name).text, "Minh")
        XCTAssertEqual(vietnamese.read("em ten la Thao", as: .name).text, "Thao")
        XCTAssertEqual(vietnamese.read("em đã lập sổ sách cho chị", as: .did).text, "lập sổ sách", "“cho chị” only points back at the client")
    }

    func testNumbersInWordsNeedNoFollowUp() throws {
        for (language, result) in [(Language.english, "she saved forty a week"), (.thai, "ปิดงบได้ในหนึ่งเดือน"), (.vietnamese, "giảm mười ký sau bốn tháng")] {
            XCTAssertTrue(try interview(language).hasNumber(result), result)
        }
        XCTAssertFalse(try interview(.thai).hasNumber("สามีของลูกค้าพอใจมาก"), "สามี (husband) is not สาม (three)")
    }

    // MARK: Non-answers

    func testANonAnswerIsAskedAgainKindlyAndNeverPasted() throws {
        var english = try interview(.english)
        answer(&english, ["Ann Lee", "Lee Books", "", "a bakery owner", "she had a shoebox of receipts", "I sorted them"])
        XCTAssertEqual(english.submit("not sure yet"), .rejected(english.script.message(.nonAnswer)))
        XCTAssertEqual(english.current, .clientAfter(1))
        answer(&english, ["she was happier"])
        XCTAssertEqual(english.submit("Not sure."), .rejected(english.script.message(.nonAnswerOptional)), "the number follow-up is optional: Enter leaves it out")

        var thai = try interview(.thai)
        answer(&thai, ["ผมชื่อต้นครับ", "ต้นจัดหางาน"])
        XCTAssertEqual(thai.current, .idealClient, "ผมชื่อ… shows the speaker: no question")
        XCTAssertEqual(thai.submit("ไม่แน่ใจค่ะ"), .rejected(thai.script.message(.nonAnswerOptional)))

        var vietnamese = try interview(.vietnamese)
        answer(&vietnamese, ["Tôi là Minh", "Sổ Xanh"])
        guard case .accepted = vietnamese.submit(".") else { return XCTFail("a full stop is no answer, so the optional question is left out") }
        XCTAssertFalse(vietnamese.draft.contains("Khách hàng chính"), vietnamese.draft)
        XCTAssertEqual(vietnamese.submit("Đó là"), .rejected(vietnamese.script.message(.unusable, ["answer": "Đó là"])), "a lead-in alone has nothing to compose with")
    }

    // MARK: The speaker

    func testThaiAsksThePronounOnceWhenNothingShowsItAndSpeaksWithItEverywhere() throws {
        var thai = try interview(.thai)
        answer(&thai, ["วิไล", "บัญชีง่าย"])
        XCTAssertEqual(thai.current, .persona)
        XCTAssertEqual(thai.submit("ไม่รู้สิ"), .rejected(thai.script.message(.unknownSpeaker)))
        answer(&thai, ["ดิฉัน", "", "เจ้าของร้านเบเกอรี่", "มีใบเสร็จเต็มกล่อง", "วางระบบบัญชีให้", "ได้เวลาคืนมาสัปดาห์ละ 10 ชั่วโมง"])
        let candidates = try XCTUnwrap(thai.prompt?.candidates)
        XCTAssertTrue(candidates.allSatisfy { $0.text.hasSuffix("ค่ะ") }, candidates.map(\.text).joined(separator: "\n"))
        answer(&thai, ["1", "", "ไม่", "แม่ค้าออนไลน์ที่ทำบัญชีเองตอนดึก", ""])
        let draft = thai.draft
        XCTAssertTrue(draft.contains("สวัสดีค่ะทุกท่าน ดิฉันชื่อวิไล จากบัญชีง่ายค่ะ"), draft)
        XCTAssertTrue(draft.contains("ฝากแนะนำให้ดิฉันรู้จักด้วยนะคะ"), draft)
        XCTAssertTrue(draft.contains("ดิฉันวิไล จากบัญชีง่าย ขอบคุณค่ะ"), draft)
        XCTAssertFalse(draft.contains("# เปิด"), "the opening needs no heading")
    }

    func testVietnameseEmAddressesTheRoomAndEnglishWeIsAFirm() throws {
        var vietnamese = try interview(.vietnamese)
        answer(&vietnamese, ["Dạ em tên là Minh ạ", "Sổ Sách Xanh", "", "một chủ tiệm bánh", "ngập trong hóa đơn", "lập sổ sách hằng tháng",
                             "lấy lại mười giờ mỗi tuần", "1", "", "không", "chủ tiệm bánh tự làm sổ sách", ""])
        XCTAssertEqual(vietnamese.speaker.id, "em")
        XCTAssertTrue(vietnamese.draft.contains("Em chào cả nhà, em là Minh, đến từ Sổ Sách Xanh ạ."), vietnamese.draft)
        XCTAssertTrue(vietnamese.draft.contains("nhờ cả nhà giới thiệu giúp em ạ."), vietnamese.draft)
        XCTAssertTrue(vietnamese.draft.contains("Xin nhắc lại, em là Minh"), vietnamese.draft)

        var english = try interview(.english)
        answer(&english, ["Kwame", "BrightDesk", "", "an office manager", "her cleaners never came", "We took over the cleaning", "zero complaints in 6 months"])
        XCTAssertEqual(english.speaker.id, "we")
        XCTAssertTrue(english.prompt!.candidates[0].text.hasPrefix("We help office managers"), english.prompt!.candidates[0].text)
    }

    // MARK: The answers file

    private func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString).toml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testAnAnswersFileIsReadStrictlyWithTheLineOfEachMistake() throws {
        let script = try interview(.thai).script
        let unknownTop = try file("name = \"สมชาย\"\nnmae = \"x\"\n")
        XCTAssertThrowsError(try AnswersFile(path: unknownTop, script: script)) {
            XCTAssertTrue("\($0)".hasPrefix("\(unknownTop):2: unknown setting 'nmae'"), "\($0)")
        }
        let unknownClient = try file("name = \"สมชาย\"\n\n[[client]]\nwho = \"ร้านกาแฟ\"\nresult = \"x\"\n")
        XCTAssertThrowsError(try AnswersFile(path: unknownClient, script: script)) {
            XCTAssertTrue("\($0)".hasPrefix("\(unknownClient):5: unknown setting 'result' in [[client]]"), "\($0)")
        }
        let badPick = try file("[[client]]\nwho = \"ร้านกาแฟ\"\npick = 4\n")
        XCTAssertThrowsError(try AnswersFile(path: badPick, script: script)) { XCTAssertTrue("\($0)".hasPrefix("\(badPick):3:"), "\($0)") }
        let mismatch = try file("pronoun = \"ผม\"\nparticle = \"ค่ะ\"\n")
        XCTAssertThrowsError(try AnswersFile(path: mismatch, script: script)) { XCTAssertTrue("\($0)".hasPrefix("\(mismatch):1:"), "\($0)") }
        XCTAssertThrowsError(try AnswersFile(path: "/nonexistent/answers.toml", script: script))
    }

    func testAnAnswersFileAnswersWhatItGivesAndShowsTheSpeakerFromItsWords() throws {
        let script = try interview(.thai).script
        let path = try file("""
            name = "วิไล"
            business = "บัญชีง่าย"
            phone = "081 234 5678"

            [[client]]
            who = "เจ้าของร้านเบเกอรี่"
            before = "มีใบเสร็จเต็มกล่องค่ะ"
            did = "วางระบบบัญชีให้"
            after = "ได้เวลาคืนมา 10 ชั่วโมง"
            pick = "ประโยคของดิฉันเองค่ะ"

            [[client]]
            who = "ร้านกาแฟ"
            before = "ทำบัญชีเองตอนดึก"
            did = "ทำบัญชีรายเดือนให้"
            after = "ได้นอนเร็วขึ้น 2 ชั่วโมง"
            """)
        let answers = try AnswersFile(path: path, script: script)
        XCTAssertEqual(answers.answer(for: .persona, script: script), "ดิฉัน ค่ะ", "ค่ะ in a story shows the speaker before the question")
        XCTAssertEqual(answers.answer(for: .pick(1), script: script), "ประโยคของดิฉันเองค่ะ")
        XCTAssertEqual(answers.answer(for: .pick(2), script: script), "1", "the first statement by default")
        XCTAssertEqual(answers.answer(for: .statement(1), script: script), "", "Enter keeps the statement picked")
        XCTAssertEqual(answers.answer(for: .moreClients(1), script: script), script.yes)
        XCTAssertEqual(answers.answer(for: .moreClients(2), script: script), script.no)
        XCTAssertNil(answers.answer(for: .ask, script: script), "left out: asked as usual")
        XCTAssertEqual(answers.answer(for: .phone, script: script), "081 234 5678")
        XCTAssertNil(answers.answer(for: .email, script: script), "a contact the file leaves out is asked, as an optional question")
        XCTAssertEqual(answers.persona, "ดิฉัน ค่ะ", "given before the first question")
    }
}
