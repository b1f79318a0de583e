import Foundation
import XCTest

/// The weekly rotation (`interview --story`, `week`, `given`, `plan`, `drafts log/rm`)
/// and the referral card (`export --format card|vcard`, `cards`) through the real binary.
final class RotationCommandTests: XCTestCase {
    private var goldenCards: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("card")
    }

    private let pitch = """
        ---
        name: Ann Lee
        business: Lee Bookkeeping
        topic: cafes
        ---
        ## Benefit

        I help cafe owners who drown in receipts get their evenings back, so that they close the books in one hour a month.

        ## Story

        One of my clients ran a small cafe and did her books every night. I set up simple monthly books, and now she spends one hour a month on them.

        ## Ask

        A good referral for me is a cafe owner doing their own books at night. If you meet one, I would be glad of an introduction.

        """

    /// A saved pitch in a new store, and the arguments naming that store.
    private func savedPitch() throws -> (home: URL, store: [String]) {
        let home = try Pitchcoach.temporaryDirectory()
        let store = ["--store", home.appendingPathComponent("pitchcoach.sqlite").path]
        let file = try Pitchcoach.file("ann.md", pitch, in: home)
        let saved = try Pitchcoach.run(["drafts", "save", "ann", file.path] + store, home: home)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        return (home, store)
    }

    /// Adds a story through `interview --story`, answering its questions as a pipe would.
    private func addStory(_ who: String, ask: String, topic: String, home: URL, store: [String]) throws {
        let answers = [who, "was buried in paperwork every month", "set up simple monthly books", "saved 10 hours a month", "1", "", ask, "", "yes"]
        let result = try Pitchcoach.run(["interview", "ann", "--story", "--topic", topic] + store, input: answers.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Added feature"), result.stdout)
    }

    private func featureOfWeek(_ output: String) -> Int? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Week of") }),
              let range = line.range(of: "feature ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }

    func testFourFeaturesRotateOverEightWeeksWithoutABackToBackRepeat() throws {
        let (home, store) = try savedPitch()
        try addStory("a bakery owner", ask: "a bakery owner opening a second shop", topic: "bakeries", home: home, store: store)
        try addStory("a dentist", ask: "a dentist who just hired a first nurse", topic: "clinics", home: home, store: store)
        try addStory("a florist", ask: "a florist before the Valentine's rush", topic: "florists", home: home, store: store)

        var date = "2026-03-05"
        var features: [Int] = []
        let dates = ["2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26", "2026-04-02", "2026-04-09", "2026-04-16", "2026-04-23"]
        for meeting in dates {
            date = meeting
            let week = try Pitchcoach.run(["week", "ann", "--date", date] + store, home: home)
            XCTAssertEqual(week.status, 0, week.stderr)
            XCTAssertTrue(week.stdout.contains("Once again, I'm Ann Lee from Lee Bookkeeping."), week.stdout)
            features.append(try XCTUnwrap(featureOfWeek(week.stderr), week.stderr))
            let given = try Pitchcoach.run(["given", "ann", "--date", date] + store, home: home)
            XCTAssertEqual(given.status, 0, given.stderr)
            XCTAssertTrue(given.stdout.contains("Recorded: week of"), given.stdout)
        }
        XCTAssertEqual(Set(features.prefix(4)), [1, 2, 3, 4], "each feature once in the first four weeks: \(features)")
        for (this, next) in zip(features, features.dropFirst()) { XCTAssertNotEqual(this, next, "\(features)") }

        let week = try Pitchcoach.run(["week", "ann", "--date", "2026-04-30"] + store, home: home)
        XCTAssertTrue(week.stderr.contains("Last given in the week of 2026-03-30 (4 weeks ago)."), week.stderr)

        let plan = try Pitchcoach.run(["plan", "ann", "--date", "2026-04-30", "--json"] + store, home: home)
        XCTAssertEqual(plan.status, 0, plan.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["given"] as? [[String: Any]])?.count, 8)
        XCTAssertEqual((json["upcoming"] as? [[String: Any]])?.compactMap { $0["week"] as? String }.first, "2026-04-27")
        XCTAssertEqual((json["upcoming"] as? [[String: Any]])?.count, 6)
        XCTAssertEqual((json["features"] as? [[String: Any]])?.compactMap { $0["topic"] as? String }, ["cafes", "bakeries", "clinics", "florists"])
        XCTAssertEqual((json["advice"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }, [], plan.stdout)

        let log = try Pitchcoach.run(["drafts", "log", "ann"] + store, home: home)
        XCTAssertTrue(log.stdout.contains("given 8 weeks: 2026-03-02 (feature \(features[0]),"), log.stdout)

        let removed = try Pitchcoach.run(["drafts", "rm", "ann", "--yes"] + store, home: home)
        XCTAssertEqual(removed.stdout, "Deleted ann and its 1 version (3 added stories, 8 weeks given).\n")
        _ = try savedPitch()
        let again = try Pitchcoach.run(["drafts", "save", "ann", home.appendingPathComponent("ann.md").path] + store, home: home)
        XCTAssertEqual(again.status, 0, again.stderr)
        let fresh = try Pitchcoach.run(["plan", "ann", "--json"] + store, home: home)
        let freshJSON = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(fresh.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((freshJSON["given"] as? [Any])?.count, 0, "a pitch saved again under the name starts afresh")
        XCTAssertEqual((freshJSON["features"] as? [Any])?.count, 1)
    }

    /// A story keeps the pitch's name, business and how to reach you: it asks only about the story.
    func testAStoryDoesNotAskForThePhoneEmailOrWebsiteAgain() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let store = ["--store", home.appendingPathComponent("pitchcoach.sqlite").path]
        let withContacts = pitch.replacingOccurrences(of: "topic: cafes\n", with: "topic: cafes\nphone: +66 81 234 5678\nemail: ann@leebooks.co\n")
        let file = try Pitchcoach.file("ann.md", withContacts, in: home)
        XCTAssertEqual(try Pitchcoach.run(["drafts", "save", "ann", file.path] + store, home: home).status, 0)
        let answers = ["a dentist", "was buried in paperwork every month", "set up simple monthly books", "saved 10 hours a month", "1", "",
                       "a dentist who just hired a first nurse", "yes"]
        let result = try Pitchcoach.run(["interview", "ann", "--story"] + store, input: answers.joined(separator: "\n") + "\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        for question in ["phone number", "email address", "your website"] { XCTAssertFalse(result.stdout.contains(question), result.stdout) }
        XCTAssertTrue(result.stdout.contains("> yes\nAdded feature 2 to ann."), result.stdout)
        let card = try Pitchcoach.run(["export", "ann", "--format", "card"] + store, home: home).stdout
        XCTAssertTrue(card.hasSuffix("Reach Ann Lee: +66 81 234 5678 · ann@leebooks.co\n"), card)
    }

    /// `--story --answers`: a file holds the story's `[[client]]` and its ask, and nothing is asked.
    func testAStoryFromAnAnswersFileBecomesAFeature() throws {
        let (home, store) = try savedPitch()
        let file = try Pitchcoach.file("florist.toml", """
            ask = "a florist whose accountant just retired"

            [[client]]
            who = "a florist"
            before = "she was late with VAT every quarter"
            did = "I filed everything for her"
            after = "no more fines in 2 years"
            """, in: home)
        let added = try Pitchcoach.run(["interview", "ann", "--story", "--topic", "florists", "--answers", file.path, "--yes"] + store, input: "", home: home)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains("Added feature 2 (florists) to ann."), added.stdout)
        let plan = try Pitchcoach.run(["plan", "ann", "--date", "2026-03-02"] + store, home: home).stdout
        XCTAssertTrue(plan.contains("2 · florists"), plan)
        XCTAssertEqual(try Pitchcoach.run(["given", "ann", "--date", "2026-03-02", "--feature", "1"] + store, home: home).status, 0)
        let week = try Pitchcoach.run(["week", "ann", "--date", "2026-03-09"] + store, home: home)
        XCTAssertTrue(week.stdout.contains("a florist whose accountant just retired"), week.stdout + week.stderr)
    }

    func testGivenAndPlanShowTheHistoryAndTheAdvice() throws {
        let (home, store) = try savedPitch()
        try addStory("a plumber", ask: "anyone who needs help", topic: "trades", home: home, store: store)
        for date in ["2026-03-02", "2026-03-09"] {
            let given = try Pitchcoach.run(["given", "ann", "--date", date, "--feature", "1"] + store, home: home)
            XCTAssertEqual(given.status, 0, given.stderr)
        }
        let replaced = try Pitchcoach.run(["given", "ann", "--date", "2026-03-11", "--feature", "2"] + store, home: home)
        XCTAssertEqual(replaced.stdout, """
            Recorded: week of 2026-03-09, feature 2 (trades), about 32 seconds.
            This replaces feature 1 (cafes), recorded for that week before.
            Next week: feature 1 (cafes). 'pitchcoach week ann' gives you its intro.

            """)
        _ = try Pitchcoach.run(["given", "ann", "--date", "2026-03-11", "--feature", "1"] + store, home: home)

        let plan = try Pitchcoach.run(["plan", "ann", "--date", "2026-03-12", "--seconds", "30"] + store, home: home)
        XCTAssertEqual(plan.status, 0, plan.stderr)
        for expected in [
            "ann: 2 features, a 30-second intro each week",
            "2026-03-02  1 · cafes  ",
            "2026-03-09  1 · cafes  ",
            "2026-03-16  2 · trades  never",
            "- You have 2 features; plan at least 4, so that each story comes round about once a month. Add one with: pitchcoach interview ann --story",
            "- The weeks of 2026-03-02 and 2026-03-09 gave feature 1 twice running;",
            "- Feature 2 has not been given yet; it is planned for the week of 2026-03-16.",
            "- The ask of feature 2 is not specific (“anyone who needs help”)",
            "- Feature 1 takes about 40 seconds, over the 30-second slot: shorten its story or its ask.",
        ] {
            XCTAssertTrue(plan.stdout.contains(expected), "missing \(expected) in:\n\(plan.stdout)")
        }
    }

    /// Thai vowel and tone marks take no column on screen: the plan's columns line up by what the eye sees.
    func testAThaiPlansColumnsLineUpOnScreen() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let store = ["--store", home.appendingPathComponent("pitchcoach.sqlite").path]
        let saved = try Pitchcoach.run(["drafts", "save", "somchai", goldenCards.appendingPathComponent("pitch-th.md").path] + store, home: home)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertEqual(try Pitchcoach.run(["given", "somchai", "--date", "2026-03-02"] + store, home: home).status, 0)
        let plan = try Pitchcoach.run(["plan", "somchai", "--date", "2026-03-09"] + store, home: home)
        XCTAssertEqual(plan.status, 0, plan.stderr)
        let lines = plan.stdout.split(separator: "\n").map(String.init)
        // The weeks given: a header (week, feature, time), then a row ending in its time.
        let header = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("สัปดาห์ ") && $0.hasSuffix("เวลา") })
        func column(_ line: String, _ cell: String) throws -> Int {
            let range = try XCTUnwrap(line.range(of: cell, options: .backwards), "\(cell) in \(line)")
            return Self.columns(String(line[..<range.lowerBound]))
        }
        let time = try XCTUnwrap(lines[header + 1].components(separatedBy: "  ").last)
        XCTAssertTrue(time.hasSuffix("วินาที"), lines[header + 1])
        XCTAssertEqual(try column(lines[header], "เวลา"), try column(lines[header + 1], time), plan.stdout)
        XCTAssertEqual(try column(lines[header], "เรื่อง"), try column(lines[header + 1], "1 · "), plan.stdout)
    }

    /// Columns a text takes in a terminal: combining marks take none.
    private static func columns(_ text: String) -> Int {
        text.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }

    func testACompleteRehearsalOfTheWeekOffersToRecordIt() throws {
        let (home, store) = try savedPitch()
        // Enter to start, once per part (opening, benefit, story, ask, close), then the answer.
        let result = try Pitchcoach.run(["rehearse", "ann", "--week", "--date", "2026-03-05"] + store, input: String(repeating: "\n", count: 6) + "maybe\nyes\n", home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Record this as the intro you give in the week of 2026-03-02? (yes/no)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Recorded: week of 2026-03-02, feature 1 (cafes), about 40 seconds."), result.stdout)
        let log = try Pitchcoach.run(["drafts", "log", "ann"] + store, home: home)
        XCTAssertTrue(log.stdout.contains("given 1 week: 2026-03-02 (feature 1, 40 s)"), log.stdout)
    }

    func testBadDatesAndFeaturesAreOneClearErrorAndChangeNothing() throws {
        let (home, store) = try savedPitch()
        let cases: [([String], String)] = [
            (["week", "ann", "--date", "2026-02-30"], "'2026-02-30' is not a date; write it as YYYY-MM-DD, such as 2026-03-05."),
            (["given", "ann", "--date", "5/3/2026"], "'5/3/2026' is not a date"),
            (["given", "ann", "--feature", "7", "--date", "2026-03-05"], "ann has no feature 7; its features are 1 to 1"),
            (["week", "nobody"], "there is no draft named 'nobody'"),
            (["interview", "nobody", "--story"], "there is no draft named 'nobody' to add a story to"),
            (["export", goldenCards.appendingPathComponent("pitch-en.md").path, "--format", "card", "--lang", "xx"], "--lang"),
        ]
        for (arguments, message) in cases {
            let result = try Pitchcoach.run(arguments + store, input: "", home: home)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let plan = try Pitchcoach.run(["plan", "ann", "--json"] + store, home: home)
        XCTAssertTrue(plan.stdout.contains("\"given\":[]"), plan.stdout)
    }

    func testTheCardInEveryLanguageMatchesItsGoldenFile() throws {
        for language in ["en", "th", "vi"] {
            for format in ["card", "vcard"] {
                let result = try Pitchcoach.run(["export", "--format", format, "pitch-\(language).md"], directory: goldenCards)
                XCTAssertEqual(result.status, 0, result.stderr)
                XCTAssertEqual(result.stderr, "")
                try Pitchcoach.assertGolden(result.stdout, "card/pitch-\(language).\(format == "card" ? "txt" : "vcf")")
            }
        }
        let sheet = try Pitchcoach.run(["cards", "pitch-en.md", "pitch-th.md", "pitch-vi.md"], directory: goldenCards)
        XCTAssertEqual(sheet.status, 0, sheet.stderr)
        try Pitchcoach.assertGolden(sheet.stdout, "card/chapter.md")
    }

    /// Parsed back as RFC 6350 says: CRLF line ends, lines of at most 75
    /// octets, each a whole UTF-8 text, continuations starting with a space,
    /// and the escapes of a text value undone.
    func testTheVCardParsesBackStrictly() throws {
        for language in ["en", "th", "vi"] {
            let vcard = try Pitchcoach.run(["export", "--format", "vcard", "pitch-\(language).md"], directory: goldenCards)
            let card = try Pitchcoach.run(["export", "--format", "card", "pitch-\(language).md"], directory: goldenCards)
            let bytes = Array(vcard.stdout.utf8)
            XCTAssertEqual(Array(bytes.suffix(2)), [13, 10], "ends in CRLF")
            var physical: [[UInt8]] = []
            var line: [UInt8] = []
            for (index, byte) in bytes.enumerated() {
                if byte == 10 {
                    XCTAssertEqual(index > 0 ? bytes[index - 1] : 0, 13, "LF only after CR")
                    physical.append(Array(line.dropLast()))
                    line = []
                } else {
                    line.append(byte)
                }
            }
            XCTAssertTrue(line.isEmpty)
            var logical: [String] = []
            for line in physical {
                XCTAssertLessThanOrEqual(line.count, 75, "\(language): a line over 75 octets")
                XCTAssertNotNil(String(validating: line, as: UTF8.self), "\(language): a fold split a UTF-8 sequence")
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix(" ") { logical[logical.count - 1] += text.dropFirst() } else { logical.append(text) }
            }
            XCTAssertEqual(logical.first, "BEGIN:VCARD")
            XCTAssertEqual(logical.dropFirst().first, "VERSION:4.0")
            XCTAssertEqual(logical.last, "END:VCARD")
            func value(_ name: String) -> String? {
                logical.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
            }
            let cardLines = card.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(try unescaped(XCTUnwrap(value("NOTE"))), cardLines.dropFirst().joined(separator: "\n"), language)
            XCTAssertEqual(try unescaped(XCTUnwrap(value("FN"))), cardLines[0].components(separatedBy: " · ")[0])
            XCTAssertNotNil(value("CATEGORIES"))
        }
    }

    /// A text value as RFC 6350 section 3.4 escapes it; any other escape is an error.
    private func unescaped(_ value: String) throws -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "\\", ",", ";": result.append(character)
                case "n", "N": result.append("\n")
                default: XCTFail("unknown escape \\\(character)")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                XCTAssertFalse(character == "," || character == ";", "an unescaped \(character) in a text value: \(value)")
                result.append(character)
            }
        }
        XCTAssertFalse(escaping)
        return result
    }
}
