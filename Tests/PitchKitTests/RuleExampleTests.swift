import XCTest
@testable import PitchKit

/// Every rule's examples, in every language of every built-in pack, are its
/// tests, SwiftLint's way: each runs through the real linter with that rule
/// alone, and must report exactly the spans it marks; a triggering example is
/// also tried in variants where it must report nothing, and after a prefix of
/// Thai and an emoji, where it must report the same spans, moved.
final class RuleExampleTests: XCTestCase {
    let catalog = try! PackCatalog.builtIn()
    /// One linter per rule, with every other rule off.
    private var linters: [String: Linter] = [:]

    private func linter(for rule: RuleSpec) throws -> Linter {
        if let linter = linters[rule.id] { return linter }
        var configuration = Configuration()
        for other in catalog.rules where other.id != rule.id {
            configuration.rules[other.id] = .init(value: .off, file: "test", line: 1)
        }
        let linter = try Linter(configuration: configuration)
        linters[rule.id] = linter
        return linter
    }

    /// Where the linter reports a span: 1-based line and column in code points, the end inclusive.
    private struct Position: Equatable, CustomStringConvertible {
        var line, column, endLine, endColumn: Int
        var description: String { "\(line):\(column)-\(endLine):\(endColumn)" }
    }

    private func positions(of spans: [Range<Int>], in text: String) -> [Position] {
        var places: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            places.append((line, column))
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return spans.map { span in
            let start = places[span.lowerBound]
            let end = places[span.upperBound - 1]
            return Position(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
        }
    }

    private func reported(_ text: String, _ example: RuleSpec.Example, _ rule: RuleSpec) throws -> [Position] {
        let diagnostics = try lint(text, language: example.language, linter: linter(for: rule)).diagnostics
        XCTAssertEqual(Set(diagnostics.map(\.rule)).subtracting([rule.id]), [], "only \(rule.id) runs")
        return diagnostics.map { Position(line: $0.line, column: $0.column, endLine: $0.endLine, endColumn: $0.endColumn) }
    }

    /// `text` with `insertion` at the start of the line where the first span starts.
    private func inserting(_ insertion: String, beforeLineOf example: RuleSpec.Example) -> (text: String, offset: Int) {
        let scalars = Array(example.text.unicodeScalars)
        var lineStart = example.spans[0].lowerBound
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<lineStart])
        view.append(contentsOf: insertion.unicodeScalars)
        view.append(contentsOf: scalars[lineStart...])
        return (String(view), lineStart)
    }

    func testEveryRuleHasADescriptionAndExamplesInEveryBuiltInLanguage() {
        for rule in catalog.rules {
            for language in catalog.languages {
                let examples = rule.texts[language]?.examples ?? []
                XCTAssertFalse(rule.texts[language]?.description.isEmpty ?? true, "\(rule.id) has no \(language) description")
                XCTAssertTrue(examples.contains(where: \.triggers), "\(rule.id) has no triggering \(language) example")
                XCTAssertTrue(examples.contains(where: { !$0.triggers }), "\(rule.id) has no clean \(language) example")
            }
        }
    }

    func testEachExampleReportsExactlyTheSpansItMarks() throws {
        for rule in catalog.rules {
            for example in rule.texts.values.flatMap(\.examples) {
                XCTAssertEqual(try reported(example.text, example, rule), positions(of: example.spans, in: example.text),
                               "\(rule.id) in \(example.language): \(example.text)")
            }
        }
    }

    func testTriggeringExamplesAreSilentInCodeUnderOffAndUnderIgnore() throws {
        for rule in catalog.rules {
            for example in rule.texts.values.flatMap(\.examples) where example.triggers {
                let variants = [
                    "code fence": "```\n\(example.text)\n```\n",
                    "pitchcoach off": "<!-- pitchcoach off -->\n\(example.text)",
                    "ignore \(rule.id)": inserting("<!-- pitchcoach ignore \(rule.id) -->\n", beforeLineOf: example).text,
                ]
                for (variant, text) in variants {
                    XCTAssertEqual(try reported(text, example, rule), [], "\(rule.id) in \(example.language), \(variant): \(text)")
                }
            }
        }
    }

    func testTriggeringExamplesReportTheSameSpansAfterAThaiAndEmojiPrefix() throws {
        let prefix = "<!-- สวัสดี 👋 --> "
        for rule in catalog.rules {
            for example in rule.texts.values.flatMap(\.examples) where example.triggers {
                let (text, lineStart) = inserting(prefix, beforeLineOf: example)
                let moved = example.spans.map { $0.lowerBound >= lineStart ? $0.lowerBound + prefix.unicodeScalars.count : $0.lowerBound }
                let spans = zip(example.spans, moved).map { span, start in start..<(start + span.count) }
                XCTAssertEqual(try reported(text, example, rule), positions(of: spans, in: text), "\(rule.id) in \(example.language): \(text)")
            }
        }
    }

    func testRuleIDsAreUniqueAndTheBuiltInOnesStable() {
        XCTAssertEqual(Set(catalog.ruleIDs).count, catalog.ruleIDs.count)
        for id in ["jargon", "bland", "no-benefit", "length", "filler", "overpromise", "self-focus", "vague-ask"] {
            XCTAssertNotNil(catalog.rule(id: id), "configs and comments name \(id)")
        }
    }
}

/// The examples from the source article (METHOD.md section 2).
final class SeedExampleTests: XCTestCase {
    func testSeedJargonExampleFiresJargon() throws {
        let diagnostics = try lint("ผมทำ IT consult ครับ").diagnostics
        let jargon = try XCTUnwrap(diagnostics.first { $0.rule == "jargon" })
        XCTAssertEqual(jargon.text, "IT consult")
        XCTAssertEqual(jargon.column, 6)
    }

    func testSeedBlandExampleHasNoBenefit() throws {
        XCTAssertTrue(try ruleIDs("ฉันทำบัญชี ดูแลเรื่องภาษี").contains("no-benefit"))
    }

    func testSeedRewritesPassClean() throws {
        let rewrites = [
            "ผมดูแลคอมพิวเตอร์ให้ทำงานได้ตลอดทุกวัน ปัญหาส่งเมลไม่ได้ พิมพ์เอกสารไม่ได้ จะหมดไป",
            "ฉันวางแผนเรื่องเอกสารทางบัญชีอย่างฉลาดและรัดกุม ทำให้เสียภาษีน้อยลงได้จริง",
        ]
        for rewrite in rewrites {
            let result = try lint(rewrite)
            XCTAssertEqual(result.summary.language, .thai)
            XCTAssertEqual(result.diagnostics, [], rewrite)
        }
    }
}
