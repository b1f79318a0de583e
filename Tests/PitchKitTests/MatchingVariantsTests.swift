import XCTest
@testable import PitchKit

/// Matching folds what a list should not have to spell out: inflections,
/// compounds, Vietnamese spellings and marks, acronyms' capitals.
final class MatchingVariantsTests: XCTestCase {
    let english = WordFolding(variants: .englishInflections)
    let vietnamese = WordFolding(variants: .vietnameseSpellings)

    func testEnglishInflectionsMeetTheirLemma() {
        for (form, lemma) in [("solutions", "solution"), ("leveraging", "leverage"), ("leveraged", "leverage"), ("companies", "company"),
                              ("SMBs", "SMB"), ("CAs", "CA"), ("PCs", "PC"), ("planning", "plan"), ("going", "go"), ("doing", "do"), ("guaranteed", "guarantee"), ("client's", "client")] {
            XCTAssertEqual(english.folded(form), english.folded(lemma), form)
            XCTAssertNotEqual(WordFolding.plain.folded(form), WordFolding.plain.folded(lemma), "only the variant folds \(form)")
        }
        // An acronym in capitals keeps its last S: the postal service is not a plural of USP.
        for (one, other) in [("use", "us"), ("bus", "bu"), ("thing", "th"), ("bring", "br"), ("USPS", "USP"), ("AWS", "AW")] {
            XCTAssertNotEqual(english.folded(one), english.folded(other), "\(one) and \(other) stay apart")
        }
    }

    func testVietnameseSpellingsFoldToOne() {
        for (old, new) in [("hóa", "hoá"), ("thủy", "thuỷ"), ("lý", "lí"), ("kỹ", "kĩ"), ("khỏe", "khoẻ")] {
            XCTAssertEqual(vietnamese.folded(old), vietnamese.folded(new), old)
        }
        XCTAssertNotEqual(vietnamese.folded("tay"), vietnamese.folded("tai"), "a final y after a vowel is its own sound")
    }

    func testThaiLoanwordsMeetInTheirOtherSpellings() {
        let thai = WordFolding(variants: .thaiLoanwordSpellings)
        for (one, other) in [("ยูนิตลิงค์", "ยูนิตลิงก์"), ("คอนเซ็ปต์", "คอนเซปต์"), ("มาร์เก็ตติ้ง", "มาเก็ตติ้ง"), ("เว็บไซต์", "เว็บไซท์")] {
            XCTAssertEqual(thai.folded(one), thai.folded(other), one)
        }
        XCTAssertNotEqual(thai.folded("ได้"), thai.folded("ได"), "tone marks tell native words apart")
    }

    func testAListEntryFindsItsVariantsInAPitch() throws {
        let cases: [(String, Language, String)] = [
            ("We build landing pages and healthchecks.", .english, "landing page"),
            ("Chúng tôi tối ưu hoá chuyển đổi cho khách.", .vietnamese, "tối ưu hóa chuyển đổi"),
            ("Ben em lam chuyen doi so cho cac cong ty nho.", .vietnamese, "chuyển đổi số"),
            ("ผมขายประกันแบบยูนิตลิงก์ให้คุณหมอ", .thai, "ยูนิตลิงค์"),
        ]
        for (text, language, expected) in cases {
            let found = try lint(text, language: language).diagnostics.filter { $0.rule == "jargon" }.map(\.text)
            let tokenizer = Tokenizer()
            let folding = sharedLinter.profile(language).folding
            // Vietnamese typed without marks is compared without them; Thai marks are letters.
            func keys(_ phrase: String) -> [String] {
                Lexicon.words(language == .vietnamese ? Marks.folded(phrase) : phrase, tokenizer).map(folding.folded)
            }
            XCTAssertTrue(found.contains { keys($0) == keys(expected) }, "\(text): \(found)")
        }
    }

    func testAnIngNounFindsOnlyItsVerbForms() throws {
        func jargon(_ text: String) throws -> [String] {
            try lint(text, language: .english).diagnostics.filter { $0.rule == "jargon" }.map(\.text)
        }
        XCTAssertEqual(try jargon("We run cupping sessions with the roaster."), ["cupping"])
        XCTAssertEqual(try jargon("We cupped six coffees with the owner."), ["cupped"])
        XCTAssertEqual(try jargon("I pour you a cup of coffee and we talk it through."), [], "the stem is a plain word")
        XCTAssertEqual(try jargon("We leveraged the data."), ["leveraged"], "a lemma still finds its forms")
    }

    func testAnAcronymFindsOnlyCapitals() throws {
        XCTAssertTrue(try lint("We set up your LAN in a day.", language: .english).diagnostics.contains { $0.text == "LAN" })
        XCTAssertFalse(try lint("Em tên là Lan, em làm sổ sách.", language: .vietnamese).diagnostics.contains { $0.rule == "jargon" })
    }

    func testVietnameseWithoutMarksIsDetected() throws {
        let job = try sharedLinter.job(sharedLinter.document(Array("Em chao ca nha, em ten la Minh, ben em ve sinh may lanh cho van phong.\n".utf8)), path: "p.md")
        XCTAssertEqual(job.language, .vietnamese)
        XCTAssertTrue(job.lexicon.foldsMarks)
        let english = try sharedLinter.job(sharedLinter.document(Array("Hi, I'm Minh and I clean air conditioners for offices.\n".utf8)), path: "p.md")
        XCTAssertEqual(english.language, .english)
    }

    func testEachLanguageFileNamesItsVariants() {
        XCTAssertEqual(sharedLinter.profile(.english).folding.variants, .englishInflections)
        XCTAssertEqual(sharedLinter.profile(.vietnamese).folding.variants, .vietnameseSpellings)
        XCTAssertEqual(sharedLinter.profile(.thai).folding.variants, .thaiLoanwordSpellings)
    }

    func testEnglishWordsInAThaiPitchAreChecked() throws {
        // Thai names no variant; its English words meet the English lists the English way ("synergies").
        let found = try lint("เราสร้าง synergies ให้ทีมขายของลูกค้า", language: .thai).diagnostics.filter { $0.rule == "jargon" }
        XCTAssertEqual(found.map(\.text), ["synergies"])
        XCTAssertTrue(found[0].message.contains("ศัพท์เฉพาะ"), "the message speaks the pitch's language: \(found[0].message)")
    }
}

/// Causes of #10 that live between the words: repetition marks, numbers in
/// words, and two rules finding one phrase.
final class LintPhraseTests: XCTestCase {
    func testARepetitionMarkWithOrWithoutItsSpaceIsOneWord() throws {
        for text in ["จริงๆ แล้วผมทำบัญชีให้ร้านค้า", "จริง ๆ แล้วผมทำบัญชีให้ร้านค้า"] {
            let fillers = try lint(text, language: .thai).diagnostics.filter { $0.rule == "filler" }.map(\.text)
            XCTAssertEqual(fillers.count, 1, "\(text): \(fillers)")
            XCTAssertTrue(fillers[0].hasPrefix("จริง"), "\(text): \(fillers)")
        }
    }

    func testASpelledNumberBeforeAMeasureIsAResult() throws {
        let results: [(String, Language)] = [
            ("Most of my houses go under contract inside three weeks.", .english),
            ("ปีนี้ร้านปิดงบได้ก่อนกำหนดสองเดือน", .thai),
            ("Tám tháng nay xưởng chưa dừng máy lần nào.", .vietnamese),
        ]
        for (text, language) in results {
            XCTAssertFalse(try lint(text, language: language).diagnostics.contains { $0.rule == "no-benefit" }, text)
        }
        // A spelled number alone measures nothing.
        XCTAssertTrue(try lint("I do the books for three bakeries.", language: .english).diagnostics.contains { $0.rule == "no-benefit" })
    }

    func testOnePhraseGetsOneFinding() throws {
        let found = try lint("ร้านเรารับพิมพ์นามบัตร ราคาถูกที่สุดในย่านนี้ครับ", language: .thai).diagnostics
            .filter { ["bland", "overpromise"].contains($0.rule) }
        XCTAssertEqual(found.map(\.rule), ["overpromise"], "\(found.map(\.text))")
    }

    func testAListedWordOutranksACatchAllOfTheSameWords() throws {
        // Thai jargon's `@latin` finds any English word; the English overpromise list names this one.
        let found = try lint("ร้านเรา guarantee ว่าลูกค้าพอใจแน่นอนครับ", language: .thai).diagnostics.filter { $0.text == "guarantee" }
        XCTAssertEqual(found.map(\.rule), ["overpromise"])
    }
}
