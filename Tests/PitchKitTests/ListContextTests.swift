import XCTest
@testable import PitchKit

/// What list entries can say about where they count, beyond the words next to
/// them: any number (`#`), any acronym (`@acronym`) and the words everybody
/// knows (`everyday`), the sentence's edge (`@edge`), text typed without marks.
final class ListContextTests: XCTestCase {
    private func found(_ rule: String, in text: String, _ language: Language = .english) throws -> [String] {
        try lint(text, language: language).diagnostics.filter { $0.rule == rule }.map(\.text)
    }

    func testAnAcronymNoListNamesIsJargon() throws {
        XCTAssertEqual(try found("jargon", in: "We do ECU diagnostics and MPPT checks."), ["ECU", "MPPT"])
        XCTAssertEqual(try found("jargon", in: "Most cafés want it, and we now do it for QSRs."), ["QSRs"])
        // Mostly capitals is an acronym too; a name of two capitalised parts is not.
        XCTAssertEqual(try found("jargon", in: "Our chargers use GaN parts and a MySQL log.").sorted(), ["GaN", "MySQL"])
        XCTAssertEqual(try found("jargon", in: "I'm Raj from CoolFlow, and we post on TikTok."), [])
        XCTAssertEqual(try found("jargon", in: "I did a PhD in soil science."), [], "an everyday word, however it is written")
    }

    func testEverydayAcronymsAndNamesAreNot() throws {
        XCTAssertEqual(try found("jargon", in: "Every van has GPS, and the CCTV footage goes to your phone."), [])
        XCTAssertEqual(try found("jargon", in: "Hi, I'm Tom from JD Electrical."), [], "an acronym in a business name is the name")
        XCTAssertEqual(try found("jargon", in: "We top up R32 R410A gas for you.").sorted(), ["R32", "R410A"], "a model code beside it makes no name")
        // "AI" is everyday only in capitals: Vietnamese "ai" (who) still makes a vague ask.
        XCTAssertEqual(try found("vague-ask", in: "Em làm bảo hiểm. Ai có nhu cầu thì liên hệ em nha.", .vietnamese).count, 1)
    }

    func testALanguagesOwnEntryDecidesForTheEnglishOneWithTheSameWords() throws {
        // The Thai "100%" counts only beside a promise; the English one may not fire in its place.
        XCTAssertEqual(try found("overpromise", in: "ผมแยกกิจการส่วนที่คนไทยถือหุ้น 100% ออกมาเป็นอีกบริษัทครับ", .thai), [])
        XCTAssertEqual(try found("overpromise", in: "รับประกันผล 100% ครับ", .thai).isEmpty, false)
    }

    func testACatchAllLeavesAListedWordToItsOwnContext() throws {
        // "BAS" is jargon but where everyone lodges one; the list's "@acronym" must not flag it there.
        let catalog = try PackCatalog.builtIn(), tokenizer = Tokenizer()
        let entries = [
            WordListEntry(phrase: "BAS", suggestion: "the quarterly tax form", note: "", context: try EntryContext("unless previous: your"), file: "test", line: 1),
            WordListEntry(phrase: "@acronym", suggestion: "say it in words", note: "", file: "test", line: 2),
        ]
        let lexicon = Lexicon(language: .english, folding: catalog.profiles[.english]!.folding, lists: [(catalog.list(named: "jargon")!, entries)], tokenizer: tokenizer)
        func found(_ text: String) -> [String] { lexicon.matches(in: text, tokenizer: tokenizer).map(\.entry.phrase) }
        XCTAssertEqual(found("I do your BAS every quarter."), [])
        XCTAssertEqual(found("I lodge the BAS and the PAYG every quarter."), ["BAS", "@acronym"])
    }

    func testAnEverydayWordHidesOnlyWhatLiesWithinIt() throws {
        XCTAssertEqual(try found("jargon", in: "ผมทำ IT consult ครับ", .thai), ["IT consult"])
    }

    func testAHashStandsForAnyNumber() throws {
        XCTAssertEqual(try found("bland", in: "We have 25 years of experience in roofing."), ["25 years of experience"])
        XCTAssertEqual(try found("bland", in: "ร้านเราเปิดมา 15 ปีแล้วครับ", .thai).count, 1)
        XCTAssertEqual(try found("bland", in: "Công ty có hơn 20 năm kinh nghiệm.", .vietnamese), ["hơn 20 năm kinh nghiệm"])
        // "for # years" is tenure only after a word of tenure.
        XCTAssertEqual(try found("bland", in: "I've been practising for 12 years."), ["for 12 years"])
        XCTAssertEqual(try found("bland", in: "She had paid too much tax for 3 years."), [])
        // A number spelled out is a number too, but not without its marks, where "lăm" is "làm" (do).
        XCTAssertEqual(try found("bland", in: "I've been a locksmith for twenty-two years now."), ["for twenty-two years"])
        XCTAssertEqual(try found("bland", in: "Công ty có hơn hai mươi năm kinh nghiệm.", .vietnamese), ["hơn hai mươi năm kinh nghiệm"])
        XCTAssertEqual(try found("vague-ask", in: "Ben em lam giay to nha dat. Ai can lam so do thi lien he em.", .vietnamese).count, 1)
    }

    func testAWordPlaceholderStandsForAnyOneWord() throws {
        XCTAssertEqual(try found("bland", in: "We're a one-stop shop for all your landscaping needs."), ["one-stop shop for all your landscaping needs"])
        XCTAssertEqual(try found("bland", in: "All your needs met."), ["All your needs"])
    }

    func testAnEdgeIsTheStartOrEndOfASentence() throws {
        XCTAssertEqual(try found("filler", in: "Actually, we fix leaks the same day."), ["Actually"])
        XCTAssertEqual(try found("filler", in: "We open on Saturdays, when cafés actually need us."), [])
    }

    func testAnEntryCanStayOutOfTextTypedWithoutMarks() throws {
        // "noi that" is "nội thất" (interiors) as often as "nói thật" (honestly).
        XCTAssertEqual(try found("filler", in: "Nói thật là em làm nội thất cho căn hộ nhỏ.", .vietnamese), ["Nói thật là"])
        XCTAssertEqual(try found("filler", in: "Em lam noi that cho can ho nho o Go Vap.", .vietnamese), [])
    }

    func testTheSpeakersRecordIsNoResult() throws {
        XCTAssertTrue(try found("no-benefit", in: "Công ty em có hơn 20 năm kinh nghiệm và 50 nhân viên.", .vietnamese).count == 1)
        XCTAssertTrue(try found("no-benefit", in: "We have 120 employees across 5 branches.").count == 1)
        XCTAssertEqual(try found("no-benefit", in: "We got their heating bill down by 30% in one winter."), [])
    }

    func testTwoVagueWordsInOneAskAreOneFinding() throws {
        XCTAssertEqual(try found("vague-ask", in: "Everyone has teeth, so anyone you know!"), ["Everyone has teeth, so anyone you know"])
    }

    func testAVagueAskRunsToTheEndOfItsClause() throws {
        XCTAssertEqual(try found("vague-ask", in: "So yeah, anyone with a car, send them to me."), ["anyone with a car"])
        // Thai and Vietnamese end the "who" part with a word, not a comma.
        XCTAssertEqual(try found("vague-ask", in: "ใครมีปัญหาเรื่องฟันแนะนำมาได้เลยนะคะ", .thai), ["ใครมีปัญหาเรื่องฟัน"])
        XCTAssertEqual(try found("vague-ask", in: "Em làm kế toán. Ai có nhu cầu thì liên hệ em nha.", .vietnamese), ["Ai có nhu cầu"])
        XCTAssertEqual(try found("vague-ask", in: "Em lam ke toan. Ai co nhu cau thi lien he em nha.", .vietnamese), ["Ai co nhu cau"], "without marks too")
    }

    func testAnAskThatNamesAMomentOrASituationIsSpecific() throws {
        XCTAssertEqual(try found("vague-ask", in: "A good referral is anyone who's just signed a lease on a café."), [])
        XCTAssertEqual(try found("vague-ask", in: "I'm looking for anyone you know who's been putting off a family trip because a parent struggles with stairs."), [])
        XCTAssertEqual(try found("vague-ask", in: "ใครมีเพื่อนที่วิ่งแล้วเจ็บเข่าจนต้องหยุดซ้อม ฝากแนะนำผมด้วยนะครับ", .thai), [])
        XCTAssertEqual(try found("vague-ask", in: "Nếu anh chị biết ai có người quen nuôi chó mèo trên 8 tuổi thì giới thiệu em nhé.", .vietnamese), [])
        // Short and with no moment, it is still vague.
        XCTAssertEqual(try found("vague-ask", in: "If you know anyone with a leak or a blocked drain, I'm your guy."), ["anyone with a leak or a blocked drain"])
    }

    func testAWordClassInAPhraseStandsForEachOfItsWords() throws {
        XCTAssertEqual(try found("bland", in: "Our reliable service and caring team are here."), ["reliable service", "caring team"])
        XCTAssertEqual(try found("bland", in: "Our clients are professional services firms."), [], "a sector is no claim")
        XCTAssertEqual(try found("bland", in: "We offer professional services."), ["professional services"])
    }

    func testEnglishMixedIntoThaiIsJargonUnlessEveryoneSaysIt() throws {
        XCTAssertEqual(try found("jargon", in: "ผมดูแล failover ให้ทุกคืนครับ", .thai), ["failover"])
        XCTAssertEqual(try found("jargon", in: "เราใช้ color grading ให้ทุกงานค่ะ", .thai), ["color grading"])
        XCTAssertEqual(try found("jargon", in: "สั่งผ่าน LINE หรือ facebook ได้เลย ส่งอีเมลมาที่ somchai@gmail.com หรือดูที่ www.bellwedding.com ค่ะ", .thai), [])
        XCTAssertEqual(try found("jargon", in: "We do backups every night."), [], "only where the language's own list says so")
    }

    func testATermExplainedWhereItStandsIsNotJargon() throws {
        XCTAssertEqual(try found("jargon", in: "We do IPM, which means we find where the ants get in and seal it."), [])
        XCTAssertEqual(try found("jargon", in: "We do IPM (we find where the ants get in) for cafés."), [])
        XCTAssertEqual(try found("jargon", in: "We do IPM for cafés."), ["IPM"], "unexplained, it is still jargon")
        // Explained once, a term is plain for the rest of the paragraph, and a word may come between.
        XCTAssertEqual(try found("jargon", in: "ผมติดตั้งระบบ RO ให้ร้านอาหาร RO คือไส้กรองที่ละเอียดมากจนหินปูนผ่านไม่ได้", .thai), [])
        XCTAssertEqual(try found("jargon", in: "Em nhận outsource IT, tức là anh chị trả phí theo tháng và bên em lo hết máy tính.", .vietnamese), [])
        // Across a Thai pause (a space), but not across a full stop.
        XCTAssertEqual(try found("jargon", in: "ดิฉันทำ SEO ให้ คือปรับเว็บไซต์ให้คนค้นเจอร้านใน Google", .thai), [])
        XCTAssertEqual(try found("jargon", in: "We do IPM. Which means nothing to most people."), ["IPM"])
        // Named after it was described: "what we call …", "hay gọi là …".
        XCTAssertEqual(try found("jargon", in: "The board under the edge of your roof is called a soffit, and rot starts there."), [])
        XCTAssertEqual(try found("jargon", in: "Rot starts at the soffit."), ["soffit"])
        XCTAssertEqual(try found("jargon", in: "Loại mã độc khóa hết dữ liệu rồi đòi tiền chuộc, hay gọi là ransomware.", .vietnamese), [])
    }

    func testADashOrAThaiOrCanOpenTheExplanation() throws {
        XCTAssertEqual(try found("jargon", in: "We put in a French drain — a gravel trench that carries water away."), [])
        XCTAssertEqual(try found("jargon", in: "We do IPM - we find where the ants get in and seal it."), [])
        XCTAssertEqual(try found("jargon", in: "We put in a French drain and regraded the yard."), ["French drain"])
        // Thai "หรือ" glosses an English term with Thai words, but between two English terms it names two things.
        XCTAssertEqual(try found("jargon", in: "ผมเข้าไปเช็กตู้ MDB หรือตู้ไฟหลักของโรงงาน", .thai), [])
        XCTAssertEqual(try found("jargon", in: "ผมรับทำ SEO หรือ SEM ให้ร้านค้าออนไลน์ แล้วแต่งบของลูกค้า", .thai), ["SEO", "SEM"])
        XCTAssertEqual(try found("jargon", in: "โรงงานคุณเคยตรวจตู้ MDB หรือยังครับ", .thai), ["MDB"], "a question, not a gloss")
    }
}

/// Whom a pitch talks about: the ask speaks to the room, and a client named in a story counts.
final class SelfFocusContextTests: XCTestCase {
    private func selfFocus(_ text: String, _ language: Language) throws -> String? {
        try lint(text, language: language).diagnostics.first { $0.rule == "self-focus" }?.message
    }

    func testTheAskIsNotCounted() throws {
        let pitch = "I fix leaks. I do it fast. My van is stocked. If you know anyone whose tap drips, tell them to call me, you won't regret it, you'll see."
        XCTAssertEqual(try selfFocus(pitch, .english), "You talk about yourself 3 times and about your client 0 times.")
    }

    func testAClientNamedInAStoryIsAClient() throws {
        let story = "Xin chào cả nhà, tôi là Kiên. Tôi lắp điện mặt trời. Tôi làm nhanh. Xưởng gỗ của anh Hùng lắp 60 kWp, tiền điện giảm 19 triệu. Chị Lan ở Thủ Đức cũng vậy."
        XCTAssertNil(try selfFocus(story, .vietnamese))
    }

    func testAThaiSpeakerSayingTheirNicknameTalksAboutThemself() throws {
        let pitch = "สวัสดีครับ ผมบอยครับ บอยทำบัญชีให้ร้านอาหารมาสิบปีครับ บอยดูแลภาษีทุกเดือนครับ บอยยื่นแบบให้ทันเวลาครับ บอยมีทีมงานห้าคนครับ"
        XCTAssertEqual(try selfFocus(pitch, .thai), "คุณพูดถึงตัวเอง 4 ครั้ง และพูดถึงลูกค้า 0 ครั้ง")
        // Vietnamese does not say a name for "em": a business named after its owner is no self word.
        XCTAssertNil(try selfFocus("Em là Trung, bên em là In Trung Nguyên. Trung Nguyên in menu cho quán ăn, giao trong ngày.", .vietnamese))
    }
}

/// A result is a change for the client, not a number in a promise or the speaker's record.
final class NoBenefitContextTests: XCTestCase {
    private func hasNoBenefit(_ text: String, _ language: Language) throws -> Bool {
        try lint(text, language: language).diagnostics.contains { $0.rule == "no-benefit" }
    }

    func testAThaiPromiseSpansTheStatementsPhrases() throws {
        XCTAssertTrue(try hasNoBenefit("ลงทุนกับผม ผลตอบแทนไม่ต่ำกว่า 10% ต่อปี การันตีครับ", .thai))
        XCTAssertTrue(try hasNoBenefit("ฝากขายกับดิฉัน ขายได้ภายใน 30 วัน รับประกันค่ะ", .thai))
        // A promise in the next phrase, past a statement of its own, does not take this one's hours.
        XCTAssertFalse(try hasNoBenefit("SLA ตอบกลับภายใน 4 ชั่วโมง ระบบของลูกค้าเราไม่เคยล่มครับ", .thai))
    }

    func testAResultRightAfterAPromiseIsThePromise() throws {
        XCTAssertTrue(try hasNoBenefit("We're a caring team and we always run on time.", .english))
        XCTAssertTrue(try hasNoBenefit("เราทำให้ฟันสวยที่สุดค่ะ", .thai))
        XCTAssertFalse(try hasNoBenefit("Your tap stops dripping the same day.", .english))
    }

    func testAPromisedChangeCountsOnlyForTheClient() throws {
        // A gain the client is named as having is a benefit, overpromised; a promise about the speaker is not.
        XCTAssertFalse(try hasNoBenefit("Your roof will never leak again, guaranteed.", .english))
        XCTAssertTrue(try hasNoBenefit("We never leak a client's data, guaranteed.", .english))
    }

    func testAMeasureHyphenedToItsNumberSizesTheOffer() throws {
        XCTAssertTrue(try hasNoBenefit("I run group workshops and a twelve-week accelerator program.", .english))
        XCTAssertTrue(try hasNoBenefit("We offer a 60-minute deep tissue massage.", .english))
        XCTAssertFalse(try hasNoBenefit("Your kitchen is back in three weeks.", .english))
    }

    func testATimeFrameNeedsAFigure() throws {
        XCTAssertTrue(try hasNoBenefit("รับออกแบบตกแต่งภายในบ้าน คอนโด ออฟฟิศค่ะ", .thai))
        XCTAssertFalse(try hasNoBenefit("ลูกค้าได้ของภายใน 24 ชั่วโมงค่ะ", .thai))
    }

    func testAOneStopShopStopsNothing() throws {
        XCTAssertTrue(try hasNoBenefit("We're your one-stop shop for all things IT.", .english))
    }

    func testAResultToldInTheStoryCounts() throws {
        let pitch = "## Benefit\nFirst-home buyers get the keys on the day they were promised.\n\n## Story\nI found $3,800 of unpaid rates, and she moved in on the Saturday as planned.\n\n## Ask\nA mortgage broker whose buyers ask who should do their legals."
        XCTAssertFalse(try hasNoBenefit(pitch, .english))
    }

    func testAPromiseOwnsOnlyTheNumbersNearIt() throws {
        XCTAssertTrue(try hasNoBenefit("I guarantee you'll see results in 30 days or your money back.", .english))
        XCTAssertFalse(try hasNoBenefit("เอกสารผ่านครบ 100% ตั้งแต่รอบแรก ทั้งห้าคนได้วีซ่าในหกสัปดาห์ครับ", .thai))
    }

    func testAChangeAfterAndHasItsOwnSubject() throws {
        XCTAssertFalse(try hasNoBenefit("We picked the job up on a Monday and the kitchen was back in use by Friday.", .english))
        // A comma inside a list of praise is no new clause: "cutting" stays the speaker's.
        XCTAssertTrue(try hasNoBenefit("We're an accredited, industry-leading provider with cutting-edge technology.", .english))
    }

    func testAChangeWithNoOneBeforeItIsTheClients() throws {
        XCTAssertFalse(try hasNoBenefit("เราส่งหมอนวดไปถึงออฟฟิศ พนักงานบอกว่านอนหลับดีขึ้นค่ะ", .thai))
        XCTAssertTrue(try hasNoBenefit("เราทำให้บริการดีที่สุดค่ะ", .thai))
    }
}
