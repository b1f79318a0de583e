import Foundation
import XCTest

/// `--help` as an 80-column terminal shows it.
final class HelpTests: XCTestCase {
    static let commands = [
        [], ["interview"], ["lint"], ["drafts"], ["drafts", "list"], ["drafts", "diff"], ["drafts", "rm"],
        ["edit"], ["export"], ["rehearse"], ["rules"], ["packs"], ["packs", "init"],
        ["week"], ["given"], ["plan"], ["cards"],
    ]

    /// A paragraph wraps at the width: no line ends where the next line's first word
    /// would still have fitted, which is what a hard line break inside a sentence looks like.
    func testHelpParagraphsWrapCleanly() throws {
        for command in Self.commands {
            let result = try Pitchcoach.run(command + ["--help"], environment: ["COLUMNS": "80"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let lines = result.stdout.components(separatedBy: "\n")
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty && !line.hasPrefix("USAGE:") {
                // Prose (no indent) continued, or an option's help column (deep indent) continued.
                let indent = next.prefix { $0 == " " }.count
                guard (indent == 0 && !line.hasPrefix(" ")) || indent > 20, !next.hasSuffix(":") else { continue }
                let firstWord = next.dropFirst(indent).prefix { $0 != " " }
                XCTAssertGreaterThanOrEqual(line.count + 1 + firstWord.count, 80, "pitchcoach \(command.joined(separator: " ")) --help breaks a line early:\n\(line)\n\(next)")
            }
        }
    }

    func testTheCueCardKeepsEachPartAParagraph() throws {
        let pitch = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("export/pitch-en.md")
        let card = try Pitchcoach.run(["export", "--format", "markdown", pitch.path]).stdout
        XCTAssertFalse(card.contains("\n### "), card)
    }
}
