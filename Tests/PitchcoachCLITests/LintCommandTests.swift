import Foundation
import PitchKit
import XCTest

/// `pitchcoach lint` through the real binary.
final class LintCommandTests: XCTestCase {
    private var goldenLint: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("lint")
    }

    func testOutputFormatsMatchGoldenFiles() throws {
        for language in ["en", "th", "vi"] {
            for format in ["text", "json", "github"] {
                let result = try Pitchcoach.run(["lint", "--format", format, "--fail-on", "never", "pitch-\(language).md"], directory: goldenLint)
                XCTAssertEqual(result.status, 0, result.stderr)
                try Pitchcoach.assertGolden(result.stdout, "lint/pitch-\(language).\(format)")
            }
        }
    }

    func testJSONIsOneValidDocument() throws {
        let result = try Pitchcoach.run(["lint", "--format", "json", "pitch-en.md", "pitch-th.md"], directory: goldenLint)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try XCTUnwrap(object?["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, ["pitch-en.md", "pitch-th.md"])
        XCTAssertEqual(files.map { $0["language"] as? String }, ["en", "th"])
        let diagnostic = try XCTUnwrap((files[0]["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(diagnostic.keys), ["rule", "severity", "line", "column", "endLine", "endColumn", "text", "message", "suggestion"])
    }

    /// The JSON reporter writes a finding's members itself, not through Encodable:
    /// each decodes back to the very diagnostic the linter found.
    func testEachJSONFindingDecodesToTheLintersDiagnostic() throws {
        struct Output: Decodable {
            struct File: Decodable { var diagnostics: [Diagnostic] }
            var files: [File]
        }
        let home = try Pitchcoach.temporaryDirectory()
        let linter = try Linter(configuration: Configuration.load(forFileIn: goldenLint.path, home: home.path, environment: [:]))
        for language in ["en", "th", "vi"] {
            let file = goldenLint.appendingPathComponent("pitch-\(language).md")
            let result = try Pitchcoach.run(["lint", "--format", "json", "--fail-on", "never", file.path], home: home)
            let written = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8)).files.flatMap(\.diagnostics)
            var found: [Diagnostic] = []
            _ = linter.lint(try linter.job(linter.document(try SourceFile.read(path: file.path)), path: file.path)) { found.append($0) }
            XCTAssertFalse(found.isEmpty, language)
            XCTAssertEqual(written, found, language)
        }
    }

    func testExitStatusFollowsFailOn() throws {
        let clean = try Pitchcoach.file("clean.md", "You pay less tax, so you get your evenings back.\n")
        let warnings = try Pitchcoach.file("warn.md", "You pay less tax, basically.\n")
        let errors = try Pitchcoach.file("error.md", "I do bookkeeping.\n")
        XCTAssertEqual(try Pitchcoach.run(["lint", clean.path]).status, 0)
        XCTAssertEqual(try Pitchcoach.run(["lint", warnings.path]).status, 0)
        XCTAssertEqual(try Pitchcoach.run(["lint", "--fail-on", "warning", warnings.path]).status, 1)
        XCTAssertEqual(try Pitchcoach.run(["lint", errors.path]).status, 1)
        XCTAssertEqual(try Pitchcoach.run(["lint", "--fail-on", "never", errors.path]).status, 0)
    }

    func testStandardInputAndFlags() throws {
        let result = try Pitchcoach.run(["lint", "--lang", "th", "--seconds", "5", "-"], input: "ผมทำ IT consult ครับ\n")
        // Messages speak the pitch's language.
        XCTAssertTrue(result.stdout.hasPrefix("<stdin>:1:6: warning: “IT consult” เป็นศัพท์เฉพาะ"), result.stdout)
        XCTAssertTrue(result.stdout.contains("(เป้าหมาย 5 วินาที)"), result.stdout)
    }

    func testNoColourWhenNotATerminal() throws {
        let file = try Pitchcoach.file("pitch.md", "We leverage synergy.\n")
        let result = try Pitchcoach.run(["lint", file.path])
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "escape codes in piped output")
    }

    func testBadInputGetsOneLineAndStatusTwo() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let invalid = folder.appendingPathComponent("latin1.md")
        try Data([0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: invalid)
        let binary = folder.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: binary)
        let empty = try Pitchcoach.file("empty.md", "", in: folder)
        let pitch = try Pitchcoach.file("pitch.md", "I help cafes.\n", in: folder)
        let cases: [([String], String)] = [
            (["lint", folder.appendingPathComponent("missing.md").path], "no such file"),
            (["lint", folder.path], "this is a folder"),
            (["lint", invalid.path], "not valid UTF-8 at byte 3 (line 1)"),
            (["lint", binary.path], "looks like a binary file"),
            (["lint", empty.path], "the file is empty"),
            (["lint", "--format", "xml", empty.path], "xml"),
            (["lint", "--lang", "fr", pitch.path], "--lang: unknown language 'fr'; known languages are en, th, vi."),
            (["lint"], "Name a pitch file"),
        ]
        for (arguments, expected) in cases {
            let result = try Pitchcoach.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
        }
        let oneLine = try Pitchcoach.run(["lint", invalid.path])
        XCTAssertEqual(oneLine.stderr.split(separator: "\n").count, 1, oneLine.stderr)
    }

    func testAMalformedConfigNamesFileAndLine() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.file("pitchcoach.toml", "seconds = 60\ncolour = \"red\"\n", in: folder)
        let pitch = try Pitchcoach.file("pitch.md", "You pay less tax.\n", in: folder)
        let result = try Pitchcoach.run(["lint", pitch.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("pitchcoach.toml:2: unknown setting 'colour'"), result.stderr)
    }

    func testRulesListsEveryRule() throws {
        let result = try Pitchcoach.run(["rules"])
        for id in ["jargon", "bland", "no-benefit", "length", "filler", "overpromise", "self-focus"] {
            XCTAssertTrue(result.stdout.contains("\(id) ("), "missing \(id)")
        }
    }

    func testVersionAndHelpEverywhere() throws {
        XCTAssertEqual(try Pitchcoach.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, false)
        for arguments in [["--help"], ["lint", "--help"], ["rules", "--help"]] {
            let result = try Pitchcoach.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stdout.contains("USAGE"), "\(arguments)")
        }
    }

    /// A list's context column: entries count only beside the words it names, and
    /// a clause or word class that cannot work is one line naming the file and line.
    func testAUsersListCanSayWhenAnEntryCounts() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.file("pitchcoach.toml", "[lists]\nfiller = [\"mine.tsv\"]\n", in: folder)
        try Pitchcoach.file("mine.tsv", "phrase\tsuggestion\tnote\tcontext\nbasically\tcut it\tpadding\n", in: folder)
        try Pitchcoach.file("pitch.md", "You get paid on time verily.\n", in: folder)
        let lint = ["lint", "--fail-on", "never", folder.appendingPathComponent("pitch.md").path]
        XCTAssertEqual(try Pitchcoach.run(lint).status, 0)

        try Pitchcoach.file("mine.tsv", "phrase\tsuggestion\tnote\tcontext\nverily\tcut it\tpadding\tunless previous: time\n", in: folder)
        XCTAssertFalse(try Pitchcoach.run(lint).stdout.contains("“verily”"), "after 'time' the entry does not count")
        try Pitchcoach.file("pitch.md", "You get paid verily.\n", in: folder)
        XCTAssertTrue(try Pitchcoach.run(lint).stdout.contains("“verily”"), "elsewhere it does")

        try Pitchcoach.file("mine.tsv", "phrase\tsuggestion\tnote\tcontext\nverily\tcut it\tpadding\tunless previous: @nosuch\n", in: folder)
        var result = try Pitchcoach.run(lint)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasSuffix("mine.tsv:2: no word class @nosuch in the language's classes list; known classes are @area, @asker, @clause-end, @clientele, @conjunction, @explanation, @greeting, @group, @habit, @known, @material, @moment, @naming, @number, @offer, @only, @praise, @promiser, @recent-past, @record, @situation, @speaker, @spelled, @staff, @tenure, @wish.\n"), result.stderr)

        try Pitchcoach.file("mine.tsv", "phrase\tsuggestion\tnote\tcontext\nverily\tcut it\tpadding\tnever before: time\n", in: folder)
        result = try Pitchcoach.run(lint)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("mine.tsv:2: context clause 'never before: time' should read 'unless next: ...'"), result.stderr)
    }
}
