import Foundation
import XCTest

/// `pitchcoach export` through the real binary.
final class ExportCommandTests: XCTestCase {
    private var goldenExport: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("export")
    }

    private let overTimePitch = """
        I'm Ann from Lee Tax.

        ## Benefit
        We leverage synergies to deliver best-in-class holistic solutions for your business.
        You pay less tax.

        ## Ask
        A good referral is a cafe owner who dreads tax season.

        """

    func testEveryFormatMatchesItsGoldenFile() throws {
        for language in ["en", "th", "vi"] {
            for format in ["text", "markdown", "json", "srt"] {
                let result = try Pitchcoach.run(["export", "--format", format, "pitch-\(language).md"], directory: goldenExport)
                XCTAssertEqual(result.status, 0, result.stderr)
                XCTAssertEqual(result.stderr, "", "the sample pitches have every part")
                try Pitchcoach.assertGolden(result.stdout, "export/pitch-\(language).\(format)")
            }
        }
    }

    func testSubtitlesAreWellFormed() throws {
        let result = try Pitchcoach.run(["export", "--format", "srt", "pitch-vi.md"], directory: goldenExport)
        let json = try Pitchcoach.run(["export", "--format", "json", "pitch-vi.md"], directory: goldenExport)
        let total = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["totalSeconds"] as? Double)
        let cues = result.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        var previousEnd = 0.0
        for (index, cue) in cues.enumerated() {
            let lines = cue.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(lines[0], "\(index + 1)")
            let times = lines[1].components(separatedBy: " --> ").map(Self.seconds)
            XCTAssertEqual(times.count, 2, lines[1])
            XCTAssertGreaterThanOrEqual(times[0], previousEnd, "cues never overlap")
            XCTAssertLessThan(times[0], times[1])
            XCTAssertFalse(lines[2].isEmpty)
            previousEnd = times[1]
        }
        XCTAssertEqual(previousEnd, total, accuracy: 0.05, "the last cue ends at the estimated total")
    }

    func testOverTheTargetIsRefusedWithWhatToCut() throws {
        let file = try Pitchcoach.file("pitch.md", overTimePitch)
        let output = file.deletingLastPathComponent().appendingPathComponent("intro.txt")
        let result = try Pitchcoach.run(["export", "--seconds", "5", "--output", output.path, file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("this intro takes about 14 seconds to say and the target is 5, so it is 9 seconds over.\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\n  line 4, Benefit (6 s, bland, jargon): “We leverage synergies"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))

        let forced = try Pitchcoach.run(["export", "--seconds", "5", "--force", "--output", output.path, file.path])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stderr.contains("exported anyway because of --force"), forced.stderr)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).hasPrefix("[0:00–0:02] Name and business\nI'm Ann from Lee Tax.\n"))
    }

    func testAThaiPitchOverTimeIsToldInThai() throws {
        let pitch = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("export/pitch-th.md")
        let result = try Pitchcoach.run(["export", "--seconds", "30", pitch.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("การแนะนำตัวนี้ใช้เวลาพูดประมาณ 42 วินาที เป้าหมายคือ 30 วินาที จึงเกินมา 12 วินาที"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\n  บรรทัด "), result.stderr)
        XCTAssertFalse(result.stderr.contains("line"), result.stderr)
    }

    func testMissingPartsAreNamedInWarnings() throws {
        let file = try Pitchcoach.file("pitch.md", "---\nname: Ann\n---\n## Benefit\nYou pay less tax.\n")
        let result = try Pitchcoach.run(["export", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: \(file.path): there is no client story"), result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: \(file.path): there is no ask: under a '## Ask' heading"), result.stderr)
        XCTAssertTrue(result.stdout.contains("I'm Ann.\n"), result.stdout)
    }

    func testOutputFileTakesItsFormatFromTheExtension() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let output = folder.appendingPathComponent("intro.srt")
        let result = try Pitchcoach.run(["export", "--output", output.path, goldenExport.appendingPathComponent("pitch-en.md").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("Saved the intro to \(output.path): 6 parts"), result.stderr)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).hasPrefix("1\n00:00:00,000 --> "))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["intro.srt"], "no temporary file left")
    }

    func testBadInputIsOneLineAndExitTwo() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let pitch = try Pitchcoach.file("pitch.md", "I'm Ann.\n\n## Benefit\nYou pay less tax.\n", in: folder)
        let noParts = try Pitchcoach.file("plain.md", "I'm Ann and I do taxes.\n", in: folder)
        let onlyHeadings = try Pitchcoach.file("empty.md", "## Benefit\n\n## Ask\n", in: folder)
        let cases: [([String], String)] = [
            (["export", "no-such-draft"], "no-such-draft: no such file."),
            (["export", noParts.path], "export needs the parts of your intro under headings such as '## Benefit', '## Story', '## Ask'"),
            (["export", onlyHeadings.path], "there is nothing to say in this pitch"),
            (["export", "--format", "pdf", pitch.path], "unknown format 'pdf'; use one of text, markdown, json, srt, card, vcard."),
            (["export", "--output", "/nonexistent-folder/intro.txt", pitch.path], "the folder /nonexistent-folder does not exist"),
            (["export", "--output", folder.path, pitch.path], "this is a folder"),
        ]
        for (arguments, message) in cases {
            let result = try Pitchcoach.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").filter { !$0.hasPrefix("pitchcoach: warning:") }.count, 1, result.stderr)
        }
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["pitch.md", "plain.md", "empty.md"])
    }

    func testMeasuredPaceChangesTheEstimate() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let pitch = goldenExport.appendingPathComponent("pitch-en.md").path
        let before = try Pitchcoach.run(["export", "--format", "json", pitch], home: home)
        _ = try Pitchcoach.file("pace.toml", "en = 3.5\n", in: home.appendingPathComponent("data/pitchcoach"))
        let after = try Pitchcoach.run(["export", "--format", "json", pitch], home: home)
        func total(_ output: String) throws -> Double {
            try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["totalSeconds"] as? Double)
        }
        XCTAssertLessThan(try total(after.stdout), try total(before.stdout))
        XCTAssertTrue(after.stdout.contains("\"unitsPerSecond\" : 3.5"), after.stdout)
        // 122 words at 3.5 words a second.
        let lint = try Pitchcoach.run(["lint", pitch], home: home)
        XCTAssertTrue(lint.stdout.contains("122 words, about 35 seconds to say"), lint.stdout)
    }

    func testASavedDraftCanBeExportedByName() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let pitch = goldenExport.appendingPathComponent("pitch-en.md").path
        let saved = try Pitchcoach.run(["drafts", "save", "weekly", pitch], home: home)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        let result = try Pitchcoach.run(["export", "weekly"], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, try Pitchcoach.run(["export", pitch], home: home).stdout)
    }

    /// "00:01:02,345" in seconds.
    private static func seconds(_ time: String) -> Double {
        let parts = time.split(whereSeparator: { $0 == ":" || $0 == "," }).compactMap { Double($0) }
        guard parts.count == 4 else { return .nan }
        return parts[0] * 3600 + parts[1] * 60 + parts[2] + parts[3] / 1000
    }
}
