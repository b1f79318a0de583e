import TestSupport
import XCTest
@testable import PitchKit

/// Property: no input traps the text engine. Hostile pitches and raw random
/// bytes go through everything a command does with a file (reading, parsing,
/// the settings it asks for, linting, assembling and every export format);
/// each either fails with a PitchError or gives findings that point inside the file.
final class TextEngineRobustnessTests: XCTestCase {
    func testNoInputTrapsTheTextEngine() throws {
        var input = HostileInput(seed: 99)
        var generator = SeededGenerator(seed: 100)
        let templates = try Dictionary(uniqueKeysWithValues: Language.builtIn.map { ($0, try sharedLinter.profile($0).templates()) })
        var linted = 0, rendered = 0
        for index in 0..<1500 {
            let bytes = index.isMultiple(of: 5)
                ? (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                : input.pitch()
            guard let text = try? SourceFile.validate(bytes, name: "pitch.md") else { continue }
            let document = sharedLinter.document(text)
            let seconds: Double? = index.isMultiple(of: 3) ? nil : [5, 60, 3600][index % 3]
            guard let job = try? sharedLinter.job(document, path: "pitch.md", seconds: seconds) else { continue }
            linted += 1
            let lineCount = text.count(where: { $0 == 0x0A }) + 1
            var diagnostics: [Diagnostic] = []
            let summary = sharedLinter.lint(job) { diagnostics.append($0) }
            for diagnostic in diagnostics {
                XCTAssertTrue((1...lineCount).contains(diagnostic.line), "input \(index): line \(diagnostic.line) of \(lineCount)")
                XCTAssertGreaterThanOrEqual(diagnostic.column, 1, "input \(index)")
            }
            XCTAssertTrue(summary.seconds.isFinite, "input \(index)")
            let assembler = IntroAssembler(profile: sharedLinter.profile(job.language), templates: templates[job.language]!)
            guard let intro = try? assembler.assemble(job) else { continue }
            for format in IntroFormat.allCases { XCTAssertFalse(format.render(intro).isEmpty, "input \(index), \(format)") }
            rendered += 1
        }
        // Enough inputs must get through each stage for the property to say much
        // (with this seed, 704 are linted and 342 exported).
        XCTAssertGreaterThan(linted, 500)
        XCTAssertGreaterThan(rendered, 250)
    }
}
