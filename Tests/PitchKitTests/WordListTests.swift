import XCTest
@testable import PitchKit

/// The built-in word lists: well formed, no duplicates, big enough, and every
/// entry able to match in running text.
final class WordListTests: XCTestCase {
    let tokenizer = Tokenizer()

    /// Sentences an entry is placed in, to check that ICU splits it the same
    /// way in running text as alone.
    let carriers: [Language: [String]] = [
        .english: ["%@", "Well, I said %@ today.", "%@: that is what they told me"],
        .thai: ["%@", "ผมคิดว่า %@ ครับ", "เขาบอกว่า %@"],
        .vietnamese: ["%@", "Tôi nghĩ %@ là vậy.", "Họ nói %@"],
    ]

    let catalog = try! PackCatalog.builtIn()

    private func entries(_ name: String, _ language: Language) -> [WordListEntry] {
        catalog.list(named: name).map { try! catalog.entries(of: $0, in: language) } ?? []
    }

    /// pitchcoach's own lists are read when a run needs them, so the checks a user's pack gets at once run here.
    func testEveryBuiltInListPassesThePacksChecks() throws {
        for language in catalog.languages {
            for name in catalog.listNames {
                XCTAssertNoThrow(try catalog.entries(of: catalog.list(named: name)!, in: language), "\(language) \(name)")
            }
        }
    }

    func testMinimumSizes() throws {
        let minimums: [Language: [String: Int]] = [
            .english: ["jargon": 300, "bland": 150, "benefit": 50, "filler": 30, "overpromise": 20, "pronouns": 10, "vague": 15],
            .thai: ["jargon": 80, "bland": 50, "benefit": 30, "filler": 15, "overpromise": 15, "pronouns": 5, "vague": 10],
            .vietnamese: ["jargon": 80, "bland": 50, "benefit": 30, "filler": 15, "overpromise": 15, "pronouns": 5, "vague": 10],
        ]
        for (language, lists) in minimums {
            for (name, minimum) in lists {
                let count = entries(name, language).count
                XCTAssertGreaterThanOrEqual(count, minimum, "\(language)/\(name) has \(count) entries")
            }
        }
    }

    func testNoDuplicatesWithinAListOrBetweenJargonAndBland() throws {
        for language in Language.builtIn {
            var seenInJargonOrBland: [[String]: String] = [:]
            for name in catalog.listNames {
                var seen: [[String]: Int] = [:]
                for entry in entries(name, language) {
                    // A word may be in several word classes, so a class list's kind is part of its key.
                    let keys = Lexicon.words(entry.phrase, tokenizer).map(catalog.profiles[language]!.folding.folded) + (name == Lexicon.classesList ? [entry.kind ?? ""] : [])
                    if let line = seen[keys] {
                        XCTFail("\(entry.file):\(entry.line): “\(entry.phrase)” duplicates line \(line)")
                    }
                    seen[keys] = entry.line
                    guard name == "jargon" || name == "bland" else { continue }
                    if let other = seenInJargonOrBland[keys], other != name {
                        XCTFail("\(entry.file):\(entry.line): “\(entry.phrase)” is in both \(other) and \(name)")
                    }
                    seenInJargonOrBland[keys] = name
                }
            }
        }
    }

    /// No rule flags an everyday word, so a jargon or bland entry that is also everyday could never fire.
    func testNoJargonOrBlandEntryIsAlsoEveryday() throws {
        for language in Language.builtIn {
            let folding = catalog.profiles[language]!.folding
            let keys = { (entry: WordListEntry) in Lexicon.words(entry.phrase, self.tokenizer).map(folding.folded) }
            let everyday = Set(entries(Lexicon.everydayList, language).map(keys))
            for name in ["jargon", "bland"] {
                for entry in entries(name, language) where everyday.contains(keys(entry)) {
                    XCTFail("\(entry.file):\(entry.line): “\(entry.phrase)” is everyday too, so it never fires")
                }
            }
        }
    }

    func testTheKindColumnIsTyped() throws {
        let counted = try XCTUnwrap(entries("pronouns", .english).first)
        XCTAssertEqual(counted.kind, "self")
        XCTAssertNil(counted.suggestion)
        XCTAssertEqual(entries("jargon", .english).first?.kind, nil)
        let list = try XCTUnwrap(catalog.list(named: "pronouns"))
        let wrongKind = try WordListParser.parse("phrase\tkind\tnote\nthey\tothers\tnote\n", file: "mine.tsv")
        XCTAssertThrowsError(try catalog.check(wrongKind, of: list)) { error in
            XCTAssertEqual("\(error)", "mine.tsv:2: rule self-focus reads this list and needs a kind column: audience, introduction, self.")
        }
        let suggestions = try WordListParser.parse("they\tthem\tnote\n", file: "mine.tsv")
        XCTAssertThrowsError(try catalog.check(suggestions, of: list)) { error in
            XCTAssertEqual("\(error)", "mine.tsv:1: rule self-focus reads this list and needs a kind column: audience, introduction, self.")
        }
    }

    func testEveryEntryMatchesInRunningText() throws {
        for language in Language.builtIn {
            // Everyday words are never reported: `EverydayWordTests` shows what they cover.
            for name in catalog.listNames where name != Lexicon.everydayList {
                // An entry with a context counts only beside certain words; its rule's examples show where.
                for entry in entries(name, language) where entry.context == nil {
                    let lexicon = Lexicon(language: language, folding: catalog.profiles[language]!.folding, lists: [(catalog.list(named: name)!, [entry])], tokenizer: tokenizer)
                    for carrier in carriers[language]! {
                        let text = carrier.replacingOccurrences(of: "%@", with: entry.phrase)
                        let matches = lexicon.matches(in: text, tokenizer: tokenizer)
                        if matches.isEmpty {
                            XCTFail("\(entry.file):\(entry.line): “\(entry.phrase)” can never match: not found in “\(text)” (words: \(Lexicon.words(text, tokenizer)))")
                            break
                        }
                    }
                }
            }
        }
    }

    func testParserReportsTheLineOfAMalformedEntry() {
        let text = "# comment\nsynergy\tworking together\tnote\nleverage\tuse\n"
        XCTAssertThrowsError(try WordListParser.parse(text, file: "mine.tsv")) { error in
            XCTAssertEqual((error as? PitchError)?.description, "mine.tsv:3: expected 3 fields separated by tabs (phrase, suggestion, note), found 2")
        }
        XCTAssertThrowsError(try WordListParser.parse("a\t\tnote\n", file: "mine.tsv")) { error in
            XCTAssertEqual((error as? PitchError)?.description, "mine.tsv:1: the suggestion is empty")
        }
        XCTAssertThrowsError(try WordListParser.parse("# note\r\na\tb\t\r\n", file: "mine.tsv")) { error in
            XCTAssertEqual((error as? PitchError)?.description, "mine.tsv:2: the note is empty")
        }
        XCTAssertEqual(try WordListParser.parse(" a \t b \t c \r\n", file: "mine.tsv").map(\.phrase), ["a"])
    }
}
