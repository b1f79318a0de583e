import XCTest
@testable import PitchKit

final class PhraseMatcherTests: XCTestCase {
    let tokenizer = Tokenizer()

    private func matched(_ phrases: [String], in text: String, refusing refused: Set<Int> = [], classes: [String: [String]] = [:]) -> [String] {
        matches(phrases, in: text, refusing: refused, classes: classes).map(\.text)
    }

    /// Each match's words and entry; the entries in `refused` are refused wherever they stand.
    private func matches(_ phrases: [String], in text: String, refusing refused: Set<Int> = [], classes: [String: [String]] = [:]) -> [(text: String, entry: Int)] {
        var matcher = PhraseMatcher()
        for (slot, members) in classes { matcher.addClass(slot, members: members) }
        for (index, phrase) in phrases.enumerated() {
            matcher.add(Lexicon.words(phrase, tokenizer), tag: 0, entry: index)
        }
        let tokens = tokenizer.tokens(of: text)
        let utf8 = Array(text.utf8)
        let matches = utf8.withUnsafeBufferPointer { matcher.matches(in: tokens, of: $0) { !refused.contains($0.entry) } }
        return matches.map { match in
            let bytes = tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
            return (String(decoding: utf8[bytes], as: UTF8.self), match.entry)
        }
    }

    func testNeverMatchesInsideALongerWord() {
        XCTAssertEqual(matched(["best"], in: "I bestow the bestest gifts"), [])
        XCTAssertEqual(matched(["best"], in: "Simply the best."), ["best"])
    }

    func testThaiEntryNeverMatchesInsideALongerThaiWord() {
        // "ดี" (good) is inside "ดีใจ" (glad) and "คนดี"; ICU keeps "ดีใจ" as one word.
        XCTAssertEqual(matched(["ดี"], in: "ผมดีใจมาก"), [])
        XCTAssertEqual(matched(["บัญชี"], in: "ฉันทำบัญชี"), ["บัญชี"])
    }

    func testMultiWordPhrasesIgnoreCaseAndPunctuationBetweenWords() {
        XCTAssertEqual(matched(["one stop shop"], in: "We are a One-Stop Shop for print."), ["One-Stop Shop"])
    }

    func testLongestMatchWins() {
        XCTAssertEqual(matched(["quality", "quality service"], in: "Quality service, always."), ["Quality service"])
    }

    func testARefusedPhraseGivesWayToAShorterOneButKeepsItsWords() {
        // "quality service" refused where it stands: "quality" from the same word still counts,
        // and "service" inside the refused phrase does not start a match of its own.
        XCTAssertEqual(matched(["quality", "quality service", "service"], in: "Quality service, always.", refusing: [1]), ["Quality"])
    }

    func testOfTwoPhrasesWithTheSameWordsTheFirstAddedCounts() {
        XCTAssertEqual(matches(["100%", "100%"], in: "It works 100% of the time").map(\.entry), [0])
        XCTAssertEqual(matched(["100%", "100%"], in: "It works 100% of the time", refusing: [0]), [], "the second never stands in for the first")
    }

    func testARunOfNumberWordsIsOneNumber() {
        let english = ["@number": ["two", "twelve", "twenty"]]
        XCTAssertEqual(matched(["for @number years"], in: "I've been a locksmith for twenty-two years.", classes: english), ["for twenty-two years"])
        XCTAssertEqual(matched(["for @number years"], in: "for twelve years, and for 12 years", classes: english), ["for twelve years", "for 12 years"])
        // "năm" is both five and year: the run may end before it.
        let vietnamese = ["@number": ["hai", "mươi", "năm"]]
        XCTAssertEqual(matched(["hơn @number năm kinh nghiệm"], in: "Bên em có hơn hai mươi năm kinh nghiệm.", classes: vietnamese), ["hơn hai mươi năm kinh nghiệm"])
        XCTAssertEqual(matched(["for @number years"], in: "for twenty, two years", classes: english), [], "a comma ends a number")
    }

    func testAPlaceholderDoesNotReachAcrossACommaButAWrittenWordDoes() {
        XCTAssertEqual(matched(["@latin @latin"], in: "เรามี hot desk, private office ค่ะ"), ["hot desk", "private office"])
        XCTAssertEqual(matched(["on time every time"], in: "On time, every time."), ["On time, every time"])
    }

    func testMatchesDoNotCrossSentences() {
        XCTAssertEqual(matched(["best price"], in: "We are the best. Price matters."), [])
    }

    func testCanonicallyEquivalentSpellingsMatch() {
        let decomposed = "uy ti\u{301}n" // í written as i + combining acute
        XCTAssertEqual(matched(["uy tín"], in: "Công ty \(decomposed) lắm").count, 1)
    }

    func testSymbolsThatCarryMeaningMatch() {
        XCTAssertEqual(matched(["100%"], in: "It works 100% of the time"), ["100%"])
        XCTAssertEqual(matched(["100%"], in: "I have 100 clients"), [])
    }

    func testCurlyAndStraightApostrophesMeet() {
        XCTAssertEqual(matched(["I'm"], in: "Hi, I’m Ann"), ["I’m"])
    }
}
