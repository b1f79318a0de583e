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
        XCTAssertEqual(try found("jargon", in: "Most cafés want it, and we now do it for B2Bs."), ["B2Bs"])
    }

    func testEverydayAcronymsAndNamesAreNot() throws {
        XCTAssertEqual(try found("jargon", in: "Every van has GPS, and the CCTV footage goes to your phone."), [])
        XCTAssertEqual(try found("jargon", in: "Hi, I'm Tom from JD Electrical."), [], "an acronym in a business name is the name")
        // "AI" is everyday only in capitals: Vietnamese "ai" (who) still makes a vague ask.
        XCTAssertEqual(try found("vague-ask", in: "Em làm bảo hiểm. Ai có nhu cầu thì liên hệ em nha.", .vietnamese).count, 1)
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
    }

    func testAWordPlaceholderStandsForAnyOneWord() throws {
        XCTAssertEqual(try found("bland", in: "We're a one-stop shop for all your landscaping needs."), ["one-stop shop", "all your landscaping needs"])
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
}

/// A result is a change for the client, not a number in a promise or the speaker's record.
final class NoBenefitContextTests: XCTestCase {
    private func hasNoBenefit(_ text: String, _ language: Language) throws -> Bool {
        try lint(text, language: language).diagnostics.contains { $0.rule == "no-benefit" }
    }

    func testAThaiPromiseSpansTheStatementsPhrases() throws {
        XCTAssertTrue(try hasNoBenefit("ลงทุนกับผม ผลตอบแทนไม่ต่ำกว่า 10% ต่อปี การันตีครับ", .thai))
    }

    func testAResultRightAfterAPromiseIsThePromise() throws {
        XCTAssertTrue(try hasNoBenefit("We're a caring team and we always run on time.", .english))
        XCTAssertTrue(try hasNoBenefit("เราทำให้ฟันสวยที่สุดค่ะ", .thai))
        XCTAssertFalse(try hasNoBenefit("Your tap stops dripping the same day.", .english))
    }

    func testATimeFrameNeedsAFigure() throws {
        XCTAssertTrue(try hasNoBenefit("รับออกแบบตกแต่งภายในบ้าน คอนโด ออฟฟิศค่ะ", .thai))
        XCTAssertFalse(try hasNoBenefit("ลูกค้าได้ของภายใน 24 ชั่วโมงค่ะ", .thai))
    }

    func testAOneStopShopStopsNothing() throws {
        XCTAssertTrue(try hasNoBenefit("We're your one-stop shop for all things IT.", .english))
    }
}
