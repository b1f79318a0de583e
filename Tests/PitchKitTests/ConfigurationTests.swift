import TestSupport
import XCTest
@testable import PitchKit

final class ConfigurationTests: XCTestCase {
    private func error(_ toml: String) -> String? {
        do {
            _ = try Configuration(toml: toml, path: "pitchcoach.toml")
            return nil
        } catch {
            return error.description
        }
    }

    func testReadsEveryKey() throws {
        let configuration = try Configuration(toml: """
            version = 1
            seconds = 45
            language = "vi"
            accept = ["cloud kitchen"]
            [lists]
            jargon = ["words/ours.tsv"]
            [rules]
            filler = "off"
            jargon = "error"
            """, path: "/project/pitchcoach.toml")
        XCTAssertEqual(configuration.seconds, 45)
        XCTAssertEqual(configuration.language?.value, "vi")
        XCTAssertEqual(configuration.accepted, ["cloud kitchen"])
        XCTAssertEqual(configuration.lists["jargon"]?.value, ["/project/words/ours.tsv"])
        XCTAssertEqual(configuration.rules.mapValues(\.value), ["filler": .off, "jargon": .error])
        XCTAssertEqual(configuration.rules["jargon"]?.line, 9)
    }

    func testUnknownKeysAndRulesNameFileAndLine() {
        XCTAssertEqual(error("seconds = 60\ntarget = 3\n"),
                       "pitchcoach.toml:2: unknown setting 'target' in this file; known settings are: version, seconds, language, accept, packs, lists, rules.")
        XCTAssertEqual(error("[rules]\njargon = \"loud\"\n"), "pitchcoach.toml:2: 'jargon' should be \"error\", \"warning\" or \"off\".")
        XCTAssertEqual(error("seconds = \"sixty\"\n"), "pitchcoach.toml:1: 'seconds' should be a number.")
        XCTAssertEqual(error("version = 2\n"), "pitchcoach.toml:1: config version 2 is newer than this pitchcoach understands (1); update pitchcoach.")
        XCTAssertEqual(error("seconds = = 1\n")?.hasPrefix("pitchcoach.toml:1: this is not valid TOML"), true)
    }

    func testNearestProjectFileOverridesTheUserFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pitchcoach-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("project/pitches/2026")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home/.config/pitchcoach"), withIntermediateDirectories: true)
        try "seconds = 90\nlanguage = \"th\"\naccept = [\"a\"]\n".write(to: root.appendingPathComponent("home/.config/pitchcoach/config.toml"), atomically: true, encoding: .utf8)
        try "seconds = 45\naccept = [\"b\"]\n".write(to: root.appendingPathComponent("project/pitchcoach.toml"), atomically: true, encoding: .utf8)
        let configuration = try Configuration.load(forFileIn: nested.path, home: root.appendingPathComponent("home").path, environment: [:])
        XCTAssertEqual(configuration.seconds, 45)
        XCTAssertEqual(configuration.language?.value, "th")
        XCTAssertEqual(configuration.accepted, ["a", "b"])
    }

    func testRuleSettingsAcceptedPhrasesAndExtraLists() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pitchcoach-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "flux capacitor\ttime machine part\tour own word\n".write(to: directory.appendingPathComponent("ours.tsv"), atomically: true, encoding: .utf8)
        let configuration = try Configuration(toml: """
            accept = ["synergy", "quality service"]
            [lists]
            jargon = ["ours.tsv"]
            [rules]
            no-benefit = "off"
            overpromise = "error"
            """, path: directory.appendingPathComponent("pitchcoach.toml").path)
        let linter = try Linter(configuration: configuration)
        let diagnostics = try lint("Our flux capacitor gives synergy and quality service, guaranteed.", linter: linter).diagnostics
        XCTAssertEqual(diagnostics.map(\.rule), ["jargon", "overpromise"])
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .error])
        XCTAssertEqual(diagnostics.first?.text, "flux capacitor")
    }

    /// Languages, lists and rules are the packs' to name, so the linter checks them, at the line that named them.
    func testUnknownLanguageListAndRuleNameFileAndLine() throws {
        func linterError(_ toml: String) -> String? {
            do {
                _ = try Linter(configuration: try Configuration(toml: toml, path: "pitchcoach.toml"))
                return nil
            } catch {
                return error.description
            }
        }
        XCTAssertEqual(linterError("seconds = 60\nlanguage = \"xx\"\n"), "pitchcoach.toml:2: unknown language 'xx'; known languages are en, th, vi.")
        XCTAssertEqual(linterError("[lists]\nhedges = [\"h.tsv\"]\n")?.hasPrefix("pitchcoach.toml:2: unknown list 'hedges' in [lists]; lists are: jargon,"), true)
        XCTAssertEqual(linterError("[rules]\njargon = \"warning\"\njargn = \"off\"\n")?.hasPrefix("pitchcoach.toml:3: unknown rule 'jargn' in [rules]; rules are: jargon,"), true)
    }

    func testSuppressionComments() throws {
        let text = """
            We leverage synergy.

            <!-- pitchcoach ignore jargon -->
            We leverage synergy.

            <!-- pitchcoach off -->
            We leverage synergy.
            <!-- pitchcoach on -->
            """
        let jargon = try lint(text).diagnostics.filter { $0.rule == "jargon" }
        XCTAssertEqual(Set(jargon.map(\.line)), [1])
        XCTAssertThrowsError(try lint("<!-- pitchcoach ignore jargn -->\nHi")) { error in
            XCTAssertTrue((error as? PitchError)?.description.hasPrefix("pitch.md:1: unknown rule 'jargn'") == true)
        }
    }
}

final class SourceFileTests: XCTestCase {
    private func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SourceFile.validate(bytes, name: "pitch.md")
            return nil
        } catch {
            return error.description
        }
    }

    func testInvalidUTF8SaysWhere() {
        XCTAssertEqual(message(Array("Hello\nthere ".utf8) + [0xC3, 0x28]),
                       "pitch.md: the text is not valid UTF-8 at byte 12 (line 2); save the file as UTF-8 in your editor.")
    }

    func testEmptyAndBinaryFilesAreRefused() {
        XCTAssertEqual(message(Array(" \n\n".utf8)), "pitch.md: the file is empty; write your pitch in it first.")
        XCTAssertEqual(message([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "pitch.md: this looks like a binary file, not text; give pitchcoach a plain text or Markdown file.")
    }

    /// Property: the fast validator finds the same first bad byte as the
    /// standard library's UTF-8 decoder, on random mixes of valid and broken text.
    func testFastValidationAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(seed: 7)
        let pieces: [[UInt8]] = [Array("plain ascii text ".utf8), Array("ภาษาไทย".utf8), Array("tiếng Việt".utf8), Array("😀".utf8),
                                 [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0]]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 1...8, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            XCTAssertEqual(SourceFile.firstInvalidUTF8(bytes), referenceFirstInvalid(bytes), "\(bytes)")
        }
    }

    private func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    func testByteOrderMarkIsDropped() throws {
        XCTAssertEqual(try SourceFile.validate([0xEF, 0xBB, 0xBF] + Array("Hi".utf8), name: "x"), Array("Hi".utf8))
    }

    func testMissingFileAndFolder() {
        XCTAssertThrowsError(try SourceFile.read(path: "/no/such/pitch.md"))
        XCTAssertThrowsError(try SourceFile.read(path: NSTemporaryDirectory())) { error in
            XCTAssertTrue((error as? PitchError)?.description.contains("this is a folder") == true)
        }
    }
}
