import XCTest
@testable import PitchKit

final class DraftsDiffTests: XCTestCase {
    let segmenter = WordSegmenter()

    func testThaiDiffsByWordNotByByteOrSpace() {
        let old = "ผมช่วยร้านอาหารลดต้นทุน"
        let new = "ผมช่วยร้านกาแฟลดต้นทุน"
        let changes = WordDiff.diff(old, new, segmenter: segmenter)
        XCTAssertEqual(changes, [.same("ผมช่วยร้าน"), .changed(removed: "อาหาร", added: "กาแฟ"), .same("ลดต้นทุน")])
    }

    func testThaiInsertionOfAWord() {
        let old = "ผมช่วยร้านอาหารลดต้นทุน"
        let new = "ผมช่วยร้านอาหารลดต้นทุนได้มาก"
        let changes = WordDiff.diff(old, new, segmenter: segmenter)
        XCTAssertEqual(changes.first, .same(old))
        XCTAssertEqual(WordDiff.newText(changes), new)
        guard case .changed(let removed, let added)? = changes.last else { return XCTFail("\(changes)") }
        XCTAssertEqual(removed, "")
        XCTAssertEqual(added, "ได้มาก")
    }

    func testEnglishWordsAndJoinedChanges() {
        XCTAssertEqual(
            WordDiff.diff("We offer quality service to firms.", "We help firms cut tax bills.", segmenter: segmenter),
            [.same("We "), .changed(removed: "offer quality service to firms", added: "help firms cut tax bills"), .same(".")]
        )
        XCTAssertEqual(WordDiff.diff("a b", "a b", segmenter: segmenter), [.same("a b")])
        XCTAssertEqual(WordDiff.diff("", "new text", segmenter: segmenter), [.changed(removed: "", added: "new text")])
        XCTAssertEqual(WordDiff.diff("I help owners.", "I help busy owners.", segmenter: segmenter),
                       [.same("I help "), .changed(removed: "", added: "busy "), .same("owners.")])
    }

    func testARewrittenPhraseReadsAsOneChange() {
        let old = "Hi, I am Ana. We provide quality service and a one-stop shop."
        let new = "Hi, I am Ana. I help café owners cut their tax bill by a fifth."
        let changes = WordDiff.diff(old, new, segmenter: segmenter)
        XCTAssertEqual(changes, [
            .same("Hi, I am Ana. "),
            .changed(removed: "We provide quality service and a one-stop shop", added: "I help café owners cut their tax bill by a fifth"),
            .same("."),
        ])
        XCTAssertEqual(WordDiff.oldText(changes), old)
        XCTAssertEqual(WordDiff.newText(changes), new)
    }

    func testVietnameseSyllables() {
        let changes = WordDiff.diff("Tôi giúp quán cà phê tăng doanh thu.", "Tôi giúp tiệm bánh tăng doanh thu.", segmenter: segmenter)
        XCTAssertEqual(changes, [.same("Tôi giúp "), .changed(removed: "quán cà phê", added: "tiệm bánh"), .same(" tăng doanh thu.")])
    }

    /// Myers' script is a shortest one: its keeps are a longest common subsequence.
    func testEditScriptsAreShortestAndRebuildBothSides() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int.random(in: 0...3, using: &generator) }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int.random(in: 0...3, using: &generator) }
            let script = WordDiff.edits(a, b)
            var rebuiltA: [Int] = [], rebuiltB: [Int] = []
            var keeps = 0
            for edit in script {
                switch edit {
                case .keep(let old, let new): XCTAssertEqual(a[old], b[new]); rebuiltA.append(a[old]); rebuiltB.append(b[new]); keeps += 1
                case .delete(let old): rebuiltA.append(a[old])
                case .insert(let new): rebuiltB.append(b[new])
                }
            }
            XCTAssertEqual(rebuiltA, a)
            XCTAssertEqual(rebuiltB, b)
            XCTAssertEqual(keeps, lcsLength(a, b), "\(a) \(b)")
        }
    }

    func testDiffRebuildsBothTexts() {
        let pairs = [
            ("สวัสดีครับ ผมชื่อสมชาย\nผมช่วยร้านอาหาร", "สวัสดีค่ะ ดิฉันชื่อสมศรี\nดิฉันช่วยร้านอาหารและคาเฟ่"),
            ("Line one.\nLine two.\n", "Line one.\n\nLine three!\n"),
            ("a b c d e f", "a x c y e"),
            ("  lead and trail  ", " lead, trail and more   "),
        ]
        for (old, new) in pairs {
            let changes = WordDiff.diff(old, new, segmenter: segmenter)
            XCTAssertEqual(WordDiff.oldText(changes), old)
            XCTAssertEqual(WordDiff.newText(changes), new)
        }
    }

    func testRandomTextsRebuildExactly() {
        let pieces = ["ผม", "ช่วย", "ร้าน", "อาหาร", " ", "  ", "we", "help", "cà phê", ",", ".", "\n", "\t"]
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...14)).map { _ in pieces.randomElement()! }.joined()
            let new = (0..<Int.random(in: 0...14)).map { _ in pieces.randomElement()! }.joined()
            let changes = WordDiff.diff(old, new, segmenter: segmenter)
            XCTAssertEqual(WordDiff.oldText(changes), old)
            XCTAssertEqual(WordDiff.newText(changes), new)
            XCTAssertFalse(changes.contains(.changed(removed: "", added: "")))
        }
    }

    func testSparklines() {
        XCTAssertEqual(Sparkline.render([82, 70, 58]), "█▅▁")
        XCTAssertEqual(Sparkline.render([3, 3]), "▁▁")
        XCTAssertEqual(Sparkline.render([]), "")
        XCTAssertEqual(Sparkline.render((0..<10_000).map(Double.init), width: 8), "▁▂▃▄▅▆▇█")
    }

    private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}
