import Foundation
import XCTest
@testable import PitchKit

final class ExportTests: XCTestCase {
    private func intro(_ text: String, language: Language = .english, seconds: Double? = nil) throws -> Intro {
        let job = try sharedLinter.job(sharedLinter.document(Array(text.utf8)), path: "pitch.md", language: language, seconds: seconds)
        return try assembler(language).assemble(job)
    }

    private func assembler(_ language: Language) throws -> IntroAssembler {
        IntroAssembler(profile: sharedLinter.profile(language), templates: try sharedLinter.profile(language).templates())
    }

    private let fullPitch = """
        ---
        name: Ann Lee
        business: Lee Tax
        ---
        ## Ask
        A good referral is a cafe owner who dreads tax season.

        ## Benefit
        You pay less tax, so you keep more of each sale.

        ## Notes for me
        Smile here.

        ## Story
        A bakery paid less tax last year, and the owner, who had worried for months, finally took a holiday with her family.
        """

    // MARK: Assembly

    func testPartsComeInSpeakingOrderWithGeneratedNameLines() throws {
        let intro = try intro(fullPitch)
        XCTAssertEqual(intro.parts.map(\.kind), [.nameAndBusiness, .benefit, .story, .ask, .nameAgain])
        XCTAssertEqual(intro.parts.first?.text, "I'm Ann Lee from Lee Tax.")
        XCTAssertEqual(intro.parts.last?.text, "Once again, I'm Ann Lee from Lee Tax.")
        XCTAssertEqual(intro.parts.first?.isGenerated, true)
        XCTAssertEqual(intro.missing, [], "a hook is optional")
        XCTAssertEqual(intro.parts[1].label, "Benefit")
    }

    func testTextUnderAnUnknownHeadingStaysWithThePartBefore() throws {
        let benefit = try XCTUnwrap(try intro(fullPitch).parts.first { $0.kind == .benefit })
        XCTAssertEqual(benefit.text, "You pay less tax, so you keep more of each sale. Smile here.")
    }

    func testTimesMatchTheLinter() throws {
        let text = "I'm Ann from Lee Tax.\n\n## Benefit\nYou pay **less** tax.\n\n## Ask\nA cafe owner, please.\n\n## Closing\nAnn, Lee Tax.\n"
        let intro = try intro(text)
        XCTAssertEqual(intro.totalUnits, try lint(text, language: .english).summary.units)
        XCTAssertEqual(intro.parts[1].text, "You pay less tax.", "emphasis marks are not read aloud")
        XCTAssertEqual(intro.parts.map(\.unitsBefore), [0, 5, 9, 13])
        XCTAssertEqual(intro.missing, [.story])
    }

    func testThaiAndVietnameseAreTimedInSyllables() throws {
        let thai = try intro("---\nname: สมชาย\n---\n## ประโยชน์\nส่งเมลได้ทุกวัน\n", language: .thai)
        XCTAssertEqual(thai.timing.unit, .syllable)
        XCTAssertEqual(thai.unitName, "พยางค์")
        XCTAssertEqual(thai.parts.first?.text, "ชื่อสมชาย")
        let vietnamese = try intro("## Lợi ích\nBạn nộp thuế ít hơn.\n", language: .vietnamese)
        XCTAssertEqual(vietnamese.totalUnits, 5)
        XCTAssertEqual(vietnamese.missing, [.nameAndBusiness, .story, .ask, .nameAgain])
    }

    func testAPitchWithoutPartsOrWithoutWordsIsRefused() throws {
        XCTAssertThrowsError(try intro("Just one paragraph about me.\n")) { error in
            XCTAssertTrue("\(error)".contains("'## Benefit', '## Story', '## Ask'"), "\(error)")
        }
        XCTAssertThrowsError(try intro("## Benefit\n<!-- to do -->\n## Ask\n")) { error in
            XCTAssertTrue("\(error)".contains("nothing to say"), "\(error)")
        }
    }

    func testEveryMissingPartHasAdviceInThePitchsLanguage() throws {
        for language in Language.builtIn {
            let assembler = try assembler(language)
            for part in IntroPart.allCases {
                let advice = assembler.advice(forMissing: part)
                XCTAssertFalse(advice.isEmpty || advice.contains("{"), "\(language) \(part): \(advice)")
            }
        }
        XCTAssertEqual(try assembler(.vietnamese).advice(forMissing: .ask),
                       "chưa có lời đề nghị: dưới tiêu đề '## Lời đề nghị', nói ai là người anh/chị muốn được giới thiệu và trong hoàn cảnh nào.")
    }

    func testTemplatesExistForEveryLanguage() throws {
        for language in Language.builtIn {
            let templates = try sharedLinter.profile(language).templates()
            XCTAssertEqual(Set(templates.labels.keys), Set(IntroPart.allCases))
            XCTAssertNotNil(templates.line(for: .nameAgain, name: "A", business: nil))
        }
    }

    // MARK: Formats

    func testCaptionsRunOnAndEndAtTheTotal() throws {
        let intro = try intro(fullPitch)
        let captions = IntroFormat.captions(intro)
        XCTAssertEqual(captions.first?.start, 0)
        XCTAssertEqual(try XCTUnwrap(captions.last?.end), intro.totalSeconds, accuracy: 1e-9)
        for (previous, next) in zip(captions, captions.dropFirst()) {
            XCTAssertEqual(previous.end, next.start)
            XCTAssertLessThan(next.start, next.end)
        }
        // The 22-word story sentence is cut at its commas into captions of at most 12 words.
        XCTAssertTrue(captions.contains { $0.text == "A bakery paid less tax last year, and the owner," }, "\(captions.map(\.text))")
        XCTAssertTrue(captions.contains { $0.text == "who had worried for months, finally took a holiday with her family." })
    }

    /// Thai writes no full stop: a caption and a cut are a statement (up to its
    /// polite particle), cut at phrases only when long, and never inside the name.
    func testThaiCaptionsAndCutsFollowStatementsAndKeepTheNameWhole() throws {
        let text = """
            ---
            name: สมศรี ใจดี
            business: ร้านดอกไม้สมศรี
            ---
            สวัสดีค่ะ ดิฉันสมศรี ใจดี จากร้านดอกไม้สมศรีค่ะ

            ## ประโยชน์
            ร้านอาหารที่สั่งดอกไม้กับดิฉัน ได้ดอกไม้สดจัดโต๊ะทุกเช้า โดยไม่ต้องออกไปตลาดเองค่ะ

            ## เรื่องลูกค้า
            ร้านอาหารอิตาเลียนในซอยอารีย์เคยต้องไปปากคลองตลาดเองทุกวันจันทร์ ตอนนี้ดิฉันส่งดอกไม้ให้ถึงร้านก่อนเปิดร้าน เจ้าของร้านได้นอนเพิ่มอีกสองชั่วโมงทุกสัปดาห์ค่ะ

            ## สิ่งที่ขอ
            ถ้าท่านรู้จักเจ้าของร้านอาหารที่เพิ่งเปิดใหม่ย่านอารีย์ ฝากแนะนำดิฉันด้วยนะคะ
            """
        let intro = try intro(text, language: .thai, seconds: 10)
        let opening = try XCTUnwrap(intro.parts.first?.sentences)
        XCTAssertEqual(opening.map(\.text), ["สวัสดีค่ะ", "ดิฉันสมศรี ใจดี จากร้านดอกไม้สมศรีค่ะ"], "a statement ends at its particle")
        let captions = IntroFormat.captions(intro).map(\.text)
        XCTAssertFalse(captions.contains { $0.contains("สมศรี") && !$0.contains("สมศรี ใจดี") && !$0.contains("ดอกไม้สมศรี") }, "\(captions)")
        let job = try sharedLinter.job(sharedLinter.document(Array(text.utf8)), path: "pitch.md", language: .thai, seconds: 10)
        let suggestions = CutAdvisor.suggestions(for: intro, document: job.document, diagnostics: [])
        XCTAssertFalse(suggestions.isEmpty)
        for suggestion in suggestions {
            XCTAssertTrue(["ค่ะ", "คะ"].contains { suggestion.sentence.text.hasSuffix($0) }, "a cut is a whole statement: \(suggestion.sentence.text)")
        }
    }

    func testTheCueCardsRowsAgreeWithTheirSpansAndAddUpToTheTotal() throws {
        let card = IntroFormat.markdown.render(try intro(fullPitch))
        let rows = card.split(separator: "\n").filter { $0.hasPrefix("| 0:") }.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertEqual(rows.count, 5)
        func seconds(_ clock: Substring) -> Int { Int(clock.prefix { $0 != ":" })! * 60 + Int(clock.drop { $0 != ":" }.dropFirst())! }
        for row in rows {
            let ends = row[0].split(separator: "–")
            XCTAssertEqual(Int(row[2]), seconds(ends[1]) - seconds(ends[0]), "\(row)")
        }
        let total = try XCTUnwrap(card.split(separator: "\n").first { $0.contains("**Total**") })
        XCTAssertEqual(total, "| | **Total** | **\(rows.map { Int($0[2])! }.reduce(0, +))** |")
    }

    func testTimeFormats() {
        XCTAssertEqual(IntroFormat.srtTime(3723.4567), "01:02:03,457")
        XCTAssertEqual(IntroFormat.srtTime(0), "00:00:00,000")
        XCTAssertEqual(IntroFormat.timeSpan((7.6, 61.2)), "0:08–1:01")
        XCTAssertEqual(IntroFormat(fileExtension: "SRT"), .srt)
    }

    func testJSONHasThePartsAndTotals() throws {
        let json = IntroFormat.json.render(try intro(fullPitch))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let parts = try XCTUnwrap(object["parts"] as? [[String: Any]])
        XCTAssertEqual(parts.map { $0["part"] as? String }, ["name-and-business", "benefit", "story", "ask", "name-again"])
        XCTAssertEqual(object["targetSeconds"] as? Double, 60)
        XCTAssertEqual(object["secondsOver"] as? Int, 0)
    }

    // MARK: Fit to time

    func testCutsStartWithLongSentencesThatHaveFindings() throws {
        let text = """
            I'm Ann from Lee Tax.

            ## Benefit
            We leverage synergies to deliver best-in-class holistic solutions for your business.
            You pay less tax.

            ## Story
            A bakery paid less tax last year and the owner finally took a long holiday with her family at the beach.
            """
        let intro = try intro(text, seconds: 5)
        XCTAssertTrue(intro.isOverTarget)
        let job = try sharedLinter.job(sharedLinter.document(Array(text.utf8)), path: "pitch.md", language: .english, seconds: 5)
        var diagnostics: [Diagnostic] = []
        _ = sharedLinter.lint(job) { diagnostics.append($0) }
        let suggestions = CutAdvisor.suggestions(for: intro, document: job.document, diagnostics: diagnostics)
        XCTAssertEqual(suggestions.first?.line, 4, "the jargon sentence costs the most for the least: \(suggestions)")
        XCTAssertFalse(suggestions.first?.rules.isEmpty ?? true)
        XCTAssertFalse(suggestions.contains { $0.part == .nameAndBusiness }, "your name is never cut")
        XCTAssertGreaterThanOrEqual(suggestions.reduce(0) { $0 + $1.seconds }, Double(intro.secondsOver))
    }

    // MARK: Rehearsal

    final class FakeClock: @unchecked Sendable {
        var now = 100.0
    }

    func testRehearsalFiguresAreRoundedOnceAndWrittenAsTheLanguageWritesThem() throws {
        let english = sharedLinter.profile(.english)
        // 21.25 s is shown as 21.3, so 21.04 against it reads 21.0 − 21.3 = −0.3, as the columns say.
        XCTAssertEqual(english.decimal(21.25, places: 1), "21.3")
        XCTAssertEqual(Rehearsal.shownDifference(21.04, 21.25), -0.3, accuracy: 1e-9)
        XCTAssertEqual(IntroFormat.clock(18.96), "0:19", "the timing light's clock agrees with a total of 19.0 s")
        XCTAssertEqual(sharedLinter.profile(.vietnamese).decimal(6, places: 1), "6,0")
    }

    func testRehearsalTimesEachPartAndMeasuresPace() throws {
        let intro = try intro(fullPitch, seconds: 20)
        let clock = FakeClock()
        var rehearsal = Rehearsal(intro: intro) { clock.now }
        XCTAssertNil(rehearsal.currentPart)
        rehearsal.start()
        XCTAssertEqual(rehearsal.currentPart?.kind, .nameAndBusiness)
        clock.now += 4
        XCTAssertEqual(rehearsal.status()?.partElapsed, 4)
        XCTAssertEqual(rehearsal.status()?.light, .green)
        rehearsal.finishPart()
        clock.now += 12
        XCTAssertEqual(rehearsal.status()?.totalElapsed, 16)
        XCTAssertEqual(rehearsal.status()?.light, .yellow, "75% of 20 s")
        rehearsal.finishPart()
        XCTAssertFalse(rehearsal.summary().isComplete)
        for _ in 2..<intro.parts.count {
            clock.now += 5
            rehearsal.finishPart()
        }
        XCTAssertTrue(rehearsal.isFinished)
        XCTAssertNil(rehearsal.status())
        let summary = rehearsal.summary()
        XCTAssertTrue(summary.isComplete)
        XCTAssertEqual(summary.rows.map(\.actual), [4, 12, 5, 5, 5])
        XCTAssertEqual(summary.actual, 31)
        XCTAssertEqual(try XCTUnwrap(summary.pace), Double(intro.totalUnits) / 31, accuracy: 1e-9)
        XCTAssertEqual(Rehearsal.Light(elapsed: summary.actual, target: 20), .red)
    }

    // MARK: Pace

    func testSavedPaceIsUsedByLaterEstimates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pace-\(UUID().uuidString)")
        let environment = ["PITCHCOACH_HOME": folder.path]
        let path = SpeakingPace.path(environment: environment, home: "/nonexistent")
        XCTAssertEqual(path, folder.appendingPathComponent("pace.toml").path)
        let catalog = try PackCatalog.builtIn()
        try SpeakingPace.save(3.0, for: .english, to: path, catalog: catalog)
        try SpeakingPace.save(4.44, for: .thai, to: path, catalog: catalog)
        XCTAssertEqual(try SpeakingPace.load(from: path, for: catalog), [.english: 3.0, .thai: 4.44])

        let configuration = try Configuration.load(forFileIn: nil, home: "/nonexistent", environment: environment)
        let linter = try Linter(configuration: configuration)
        XCTAssertEqual(linter.profile(.english).unitsPerSecond, 3.0)
        XCTAssertEqual(linter.profile(.vietnamese).unitsPerSecond, sharedLinter.profile(.vietnamese).unitsPerSecond)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(leftovers, ["pace.toml"], "no temporary files left behind")
    }

    func testImplausiblePacesAreRefused() throws {
        XCTAssertFalse(SpeakingPace.isPlausible(20, unit: .word))
        XCTAssertTrue(SpeakingPace.isPlausible(2.3, unit: .word))
        XCTAssertTrue(SpeakingPace.isPlausible(4.0, unit: .syllable))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pace-\(UUID().uuidString).toml")
        try Data("en = 40\n".utf8).write(to: file)
        XCTAssertThrowsError(try SpeakingPace.load(from: file.path, for: PackCatalog.builtIn())) { error in
            XCTAssertTrue("\(error)".contains(":1: a pace of 40.0"), "\(error)")
        }
    }

    // MARK: Files

    func testAtomicWriteLeavesNothingWhenTheFolderIsMissing() {
        XCTAssertThrowsError(try AtomicFile.write("x", to: "/nonexistent-folder/intro.srt")) { error in
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
    }
}
