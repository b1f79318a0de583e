import Foundation
import XCTest
@testable import PitchKit

/// Two rules judged on many short cases each, written by coaches in each
/// language (Fixtures/rule-corpus/<lang>/): `no-benefit` must stay silent on
/// pitches that say what a client gained and speak on those that never do;
/// `vague-ask` must flag the asks that name no one and pass those that name a
/// person in a situation. Tuning data: every miss is printed.
final class RuleCorpusTests: XCTestCase {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("rule-corpus")

    /// One case per line; `#` lines and blank lines are comments.
    static func cases(_ language: Language, _ file: String) throws -> [String] {
        let url = root.appendingPathComponent(language.rawValue).appendingPathComponent(file)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
    }

    /// The share of `texts` on which `rule` fires as `fires` says it should, and the ones it gets wrong.
    static func agreement(_ rule: String, fires: Bool, on texts: [String], _ language: Language) throws -> (share: Double, wrong: [String]) {
        let wrong = try texts.filter { text in
            try lint(text, language: language).diagnostics.contains { $0.rule == rule } != fires
        }
        return (Double(texts.count - wrong.count) / Double(max(1, texts.count)), wrong)
    }

    /// What each language scores today, less a little: a change that makes it worse fails.
    static let floors: [String: Double] = [
        "en results": 0.95, "en no-results": 0.95, "en vague": 0.95, "en specific": 0.95,
        "th results": 0.9, "th no-results": 0.95, "th vague": 0.9, "th specific": 0.95,
        "vi results": 0.95, "vi no-results": 0.95, "vi vague": 0.95, "vi specific": 0.95,
    ]

    func testNoBenefitAndVagueAskAgreeWithTheCoaches() throws {
        var report: [String] = []
        for language in Language.builtIn {
            let asks = try Self.cases(language, "asks.txt").map { line -> (vague: Bool, text: String) in
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                XCTAssertEqual(parts.count, 2, "\(language.rawValue)/asks.txt: \(line)")
                return (parts[0] == "VAGUE", parts.last ?? "")
            }
            let checks: [(name: String, rule: String, fires: Bool, texts: [String])] = [
                ("results", "no-benefit", false, try Self.cases(language, "results.txt")),
                ("no-results", "no-benefit", true, try Self.cases(language, "no-results.txt")),
                ("vague", "vague-ask", true, asks.filter(\.vague).map(\.text)),
                ("specific", "vague-ask", false, asks.filter { !$0.vague }.map(\.text)),
            ]
            for check in checks {
                XCTAssertGreaterThanOrEqual(check.texts.count, 15, "\(language.rawValue) \(check.name) has too few cases")
                let (share, wrong) = try Self.agreement(check.rule, fires: check.fires, on: check.texts, language)
                let key = "\(language.rawValue) \(check.name)"
                report.append(String(format: "%@: %.1f%% of %d", key, share * 100, check.texts.count))
                report += wrong.map { "  \(check.fires ? "missed" : "false alarm") [\(check.rule)] \($0)" }
                XCTAssertGreaterThanOrEqual(share, Self.floors[key] ?? 1, "\(key) fell")
            }
        }
        print(report.joined(separator: "\n"))
    }
}
