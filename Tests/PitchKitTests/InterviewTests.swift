import XCTest
@testable import PitchKit

/// The interview state machine, path by path.
final class InterviewTests: XCTestCase {
    private func interview(_ language: Language = .english) throws -> Interview {
        try Interview(language: language, linter: sharedLinter)
    }

    let oneClient = ["Ann Lee", "Lee Bookkeeping", "cafe owners", "A bakery owner", "was drowning in receipts",
                     "set up simple monthly books", "she saved 10 hours a month"]

    func testHappyPathWithOneClient() throws {
        var interview = try interview()
        answer(&interview, oneClient)
        XCTAssertEqual(interview.current, .pick(1), "a result with a number needs no follow-up")
        let candidates = try XCTUnwrap(interview.prompt?.candidates)
        XCTAssertEqual(candidates.count, 3)
        XCTAssertEqual(candidates[0].text, "I help bakery owners who are drowning in receipts save 10 hours a month.")
        XCTAssertEqual(candidates[1].text, "When a bakery owner was drowning in receipts, I set up simple monthly books: she saved 10 hours a month.")
        XCTAssertTrue(candidates.allSatisfy { $0.seconds > 0 })
        answer(&interview, ["1"])
        XCTAssertEqual(interview.prompt?.prefill, candidates[0].text, "the picked statement is offered for editing")
        answer(&interview, ["I help bakery owners drowning in receipts get 10 hours a month back.", "no",
                            "A cafe owner who does the books at night.", "Ann Lee: your evenings back."])
        XCTAssertEqual(interview.current, .phone, "how members reach you comes last, before the review")
        answer(&interview, ["", "", ""])
        XCTAssertEqual(interview.current, .review)
        let draft = interview.draft
        XCTAssertTrue(draft.hasPrefix("---\nname: Ann Lee\nbusiness: Lee Bookkeeping\nlang: en\nseconds: 60\n---\n"), draft)
        XCTAssertTrue(draft.contains("## Benefit\n\nI help bakery owners drowning in receipts get 10 hours a month back.\n"), draft)
        XCTAssertTrue(draft.contains("## Ask\n\nA good referral for me is a cafe owner who does the books at night. If you meet one, I would be glad of an introduction.\n"), draft)
        XCTAssertTrue(draft.contains("## Hook\n\nAnn Lee: your evenings back.\n"), draft)
        XCTAssertTrue(draft.contains("---\nHi everyone, I'm Ann Lee from Lee Bookkeeping. I work with cafe owners.\n"), draft)
        XCTAssertEqual(interview.lintDraft().summary.language, .english)
        answer(&interview, ["yes"])
        XCTAssertTrue(interview.isFinished)
    }

    func testAResultWithoutANumberGetsOnePoliteFollowUp() throws {
        var interview = try interview()
        answer(&interview, Array(oneClient.dropLast()) + ["she was much happier"])
        XCTAssertEqual(interview.current, .clientAfterNumber(1))
        answer(&interview, ["she got her weekends back, 8 hours a week"])
        XCTAssertEqual(interview.current, .pick(1))
        XCTAssertTrue(interview.prompt!.candidates[1].text.hasSuffix(": she was much happier and got her weekends back, 8 hours a week."),
                      "the number is added to the result, not put in its place: \(interview.prompt!.candidates[1].text)")
    }

    func testTheFollowUpCanBeSkippedAndTheFirstAnswerStands() throws {
        var interview = try interview()
        answer(&interview, Array(oneClient.dropLast()) + ["she was much happier"])
        XCTAssertNil(interview.skip())
        XCTAssertEqual(interview.current, .pick(1))
        XCTAssertTrue(interview.prompt!.candidates[1].text.hasSuffix(": she was much happier."), interview.prompt!.candidates[1].text)
    }

    func testEnterKeepsThePickedStatement() throws {
        var interview = try interview()
        answer(&interview, oneClient + ["2"])
        let picked = try XCTUnwrap(interview.prompt?.prefill)
        guard case .accepted(let check) = interview.submit("") else { return XCTFail("an empty statement was rejected") }
        XCTAssertEqual(check?.text, picked)
        XCTAssertEqual(interview.answers[.statement(1)], picked)
    }

    func testRequiredQuestionsCannotBeSkippedOrLeftEmpty() throws {
        var interview = try interview()
        XCTAssertNotNil(interview.skip())
        XCTAssertEqual(interview.submit("  "), .rejected(interview.script.message(.required)))
        XCTAssertEqual(interview.current, .name)
    }

    func testBackReopensThePreviousQuestionWithItsAnswer() throws {
        var interview = try interview()
        XCTAssertNil(interview.back(), "nothing before the first question")
        answer(&interview, ["Ann Lee", "Lee Bookkeeping"])
        XCTAssertEqual(interview.back(), .business)
        XCTAssertEqual(interview.prompt?.prefill, "Lee Bookkeeping")
        answer(&interview, ["Lee Books"])
        XCTAssertEqual(interview.answers[.business], "Lee Books")
        XCTAssertEqual(interview.current, .idealClient)
    }

    func testChangingAStoryAsksForTheStatementAgain() throws {
        var interview = try interview()
        answer(&interview, oneClient + ["2", "My own words.", "no"])
        XCTAssertEqual(interview.current, .ask)
        interview.reopen(.clientWho(1))
        answer(&interview, ["A florist"])
        XCTAssertEqual(interview.current, .pick(1), "the statements came from the old story")
        XCTAssertTrue(interview.prompt!.candidates[1].text.contains("a florist"), interview.prompt!.candidates[1].text)
    }

    func testSeveralClientsAndALead() throws {
        var interview = try interview()
        answer(&interview, oneClient + ["1", "First statement, saves 10 hours.", "yes",
                                        "A dentist", "had messy payroll", "ran payroll for her", "payroll took 1 hour, not 6",
                                        "My own second statement with 5 hours saved.", "Second, edited: 5 hours saved.", "no"])
        XCTAssertEqual(interview.clientCount, 2)
        XCTAssertEqual(interview.current, .lead)
        XCTAssertEqual(interview.prompt?.candidates.map(\.text), ["First statement, saves 10 hours.", "Second, edited: 5 hours saved."], "the lead question lists each client's statement")
        XCTAssertEqual(interview.submit("3"), .rejected(interview.script.message(.numberRange, ["last": "2"])))
        answer(&interview, ["2", "A dentist with a growing team.", ""])
        XCTAssertTrue(interview.draft.contains("Second, edited: 5 hours saved."))
        XCTAssertTrue(interview.draft.contains("One of my clients was a dentist who had messy payroll."), interview.draft)
    }

    func testAVagueAskGetsOneFollowUp() throws {
        var interview = try interview()
        answer(&interview, oneClient + ["1", "Statement with 10 hours.", "no"])
        guard case .accepted(let check) = interview.submit("Anyone who needs a bookkeeper.") else { return XCTFail("rejected") }
        XCTAssertEqual(check?.diagnostics.map(\.rule).contains("vague-ask"), true)
        XCTAssertEqual(interview.current, .askSpecific)
        answer(&interview, ["A cafe owner doing the books at night."])
        XCTAssertEqual(interview.current, .hook)
        XCTAssertTrue(interview.draft.contains("## Ask\n\nA good referral for me is a cafe owner doing the books at night. "), interview.draft)
    }

    func testYesOrNoQuestionsInsistPolitely() throws {
        var interview = try interview()
        answer(&interview, oneClient + ["1", "Statement."])
        XCTAssertEqual(interview.submit("maybe"), .rejected(interview.script.message(.yesOrNo)))
        XCTAssertEqual(interview.script.yesOrNo(" Yep! "), true)
        XCTAssertEqual(interview.script.yesOrNo("No  thanks."), false)
        answer(&interview, ["no", "A cafe owner at night.", "", "", "", ""])
        XCTAssertEqual(interview.submit("no"), .rejected(interview.script.message(.keepEditing)))
        XCTAssertEqual(interview.current, .review)
    }

    func testEveryLanguageHasEveryQuestionAndDraftsInItsOwnWords() throws {
        for language in Language.builtIn {
            var interview = try interview(language)
            let script = interview.script
            for step in [InterviewStep.name, .business, .idealClient, .clientWho(1), .pick(1), .ask, .hook, .phone, .email, .web, .review] {
                XCTAssertFalse(script.question(step).isEmpty)
            }
            answer(&interview, ["X", "Y"])
            if interview.current == .persona { answer(&interview, [interview.script.persona.speakers[0].words["self"]!]) }
            answer(&interview, ["", "W", "B", "D", "A 10"])
            XCTAssertEqual(interview.prompt?.candidates.count, script.composer.count)
        }
        var thai = try interview(.thai)
        answer(&thai, ["สมชาย", "ไอทีแคร์", "ผม", "สำนักงานบัญชี", "สำนักงานบัญชีเล็กๆ", "ส่งอีเมลไม่ได้ทุกเช้า", "ดูแลคอมพิวเตอร์ให้ทุกเครื่อง", "ไม่มีปัญหาอีกเลยใน 6 เดือน", "1"])
        XCTAssertEqual(thai.prompt?.prefill, "ผมช่วยสำนักงานบัญชีเล็กๆ ที่ส่งอีเมลไม่ได้ทุกเช้า ให้ไม่มีปัญหาอีกเลยใน 6 เดือนครับ")
    }

    /// An interview in `language` answered up to its phone question, whatever the answers before.
    private func atTheContacts(_ language: Language) throws -> Interview {
        var interview = try interview(language)
        while let step = interview.current, step != .phone { interview.record(step, "x") }
        return interview
    }

    /// Issue 14: how a fellow member reaches you, asked last, checked lightly, written to the front matter.
    func testAPhoneIsTakenAsWrittenAndAnEmailOrWebsiteIsAskedAgainKindly() throws {
        let phones: [Language: (typed: String, kept: String)] = [
            .english: ("+66 (0)81-234 5678 ext. 9", "+66 (0)81-234 5678 ext. 9"), .thai: ("081-234-5678 ครับ", "081-234-5678"),
            .vietnamese: ("0903 123 456 ạ", "0903 123 456"),
        ]
        for (language, phone) in phones {
            var interview = try atTheContacts(language)
            let script = interview.script
            XCTAssertEqual(interview.submit(phone.typed), .accepted(check: nil), "a phone number is never refused for its format")
            for typed in ["ann.leebookkeeping.com", "ann@", "@leebookkeeping.com"] {
                XCTAssertEqual(interview.submit(typed), .rejected(script.message(.emailNeedsAt)), "\(language): \(typed)")
            }
            XCTAssertEqual(interview.submit("Ann@LeeBookkeeping.com."), .accepted(check: nil))
            XCTAssertEqual(interview.submit("leebookkeeping"), .rejected(script.message(.webNeedsDot)))
            XCTAssertEqual(interview.submit("https://leebookkeeping.com"), .accepted(check: nil))
            XCTAssertEqual(interview.current, .review)
            XCTAssertTrue(interview.draft.contains("\nphone: \(phone.kept)\nemail: Ann@LeeBookkeeping.com\nweb: https://leebookkeeping.com\n---\n"), interview.draft)
        }
    }

    func testContactsLeftOutWithEnterOrANoneStayOffTheDraft() throws {
        for (language, none) in [(Language.english, "none"), (.thai, "ไม่มีค่ะ"), (.vietnamese, "không có ạ")] {
            var interview = try atTheContacts(language)
            answer(&interview, ["", none, "."])
            XCTAssertEqual(interview.current, .review, "\(language): “\(none)” leaves the email off")
            for key in ["phone:", "email:", "web:"] { XCTAssertFalse(interview.draft.contains(key), interview.draft) }
        }
    }

    /// Only a yes continues and only a "start over" starts again: "not now" or a bare "no" is asked again.
    func testTheOfferToResumeStartsOverOnlyWhenAskedTo() throws {
        let cases: [(Language, resume: String, startOver: String, unclear: [String])] = [
            (.english, "Yes.", "Start over", ["no", "not now", "maybe"]),
            (.thai, "ได้ครับ", "เริ่มใหม่ค่ะ", ["ไม่", "ยังก่อนครับ"]),
            (.vietnamese, "vâng", "làm lại", ["không", "chưa", "lát nữa"]),
        ]
        for (language, resume, startOver, unclear) in cases {
            let script = try interview(language).script
            XCTAssertEqual(script.resumeChoice(resume), .resume)
            XCTAssertEqual(script.resumeChoice(startOver), .startOver)
            for answer in unclear { XCTAssertNil(script.resumeChoice(answer), "\(language): “\(answer)”") }
        }
    }

    func testStepKeysRoundTrip() {
        let steps: [InterviewStep] = [.name, .business, .persona, .phone, .email, .web, .idealClient, .clientWho(2), .clientBefore(3), .clientDid(1), .clientAfter(1),
                                      .clientAfterNumber(2), .pick(1), .statement(3), .moreClients(2), .lead, .ask, .askSpecific, .hook, .review]
        for step in steps { XCTAssertEqual(InterviewStep(key: step.key), step) }
        XCTAssertNil(InterviewStep(key: "client.4.who"))
    }
}
