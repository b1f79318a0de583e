import XCTest
@testable import PitchKit

/// Every rule's documented examples are its tests, in every language.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleHasExamplesInEveryLanguage() {
        for rule in RuleRegistry.all {
            for language in Language.allCases {
                let examples = rule.description.examples.filter { $0.language == language }
                XCTAssertTrue(examples.contains(where: \.triggers), "\(rule.description.id) has no triggering \(language) example")
                XCTAssertTrue(examples.contains(where: { !$0.triggers }), "\(rule.description.id) has no clean \(language) example")
            }
        }
    }

    func testTriggeringExamplesFireTheirRule() throws {
        for rule in RuleRegistry.all {
            for example in rule.description.examples where example.triggers {
                let ids = try ruleIDs(example.text, language: example.language)
                XCTAssertTrue(ids.contains(rule.description.id), "\(rule.description.id) should fire on \(example.language.rawValue): \(example.text) — got \(ids)")
            }
        }
    }

    func testNonTriggeringExamplesDoNotFireTheirRule() throws {
        for rule in RuleRegistry.all {
            for example in rule.description.examples where !example.triggers {
                let ids = try ruleIDs(example.text, language: example.language)
                XCTAssertFalse(ids.contains(rule.description.id), "\(rule.description.id) should not fire on \(example.language.rawValue): \(example.text)")
            }
        }
    }

    func testRuleIDsAreUniqueAndStable() {
        XCTAssertEqual(RuleRegistry.ids, ["jargon", "bland", "no-benefit", "length", "filler", "overpromise", "self-focus", "vague-ask"])
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
