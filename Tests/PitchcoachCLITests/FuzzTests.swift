import Foundation
import TestSupport
import XCTest

/// Random and mutated pitches in the three languages, with odd numbers in
/// front matter and config, through the real `lint` and `export --force`.
/// Every run must exit with 0, 1 or 2, saying why on 2, and never die by a
/// signal, print a backtrace or hang.
///
/// A hundred and twenty inputs (each run twice) keep CI quick; `bench/fuzz` runs thousands
/// (PITCHCOACH_FUZZ_INPUTS, PITCHCOACH_FUZZ_SEED).
final class FuzzTests: XCTestCase {
    func testHostilePitchesNeverCrashLintOrExport() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["PITCHCOACH_FUZZ_INPUTS"].flatMap { Int($0) } ?? 120
        let seed = environment["PITCHCOACH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2026
        var input = HostileInput(seed: seed)
        let formats = ["text", "markdown", "json", "srt"]
        var failures = 0
        for index in 0..<count {
            let folder = try Pitchcoach.temporaryDirectory()
            let pitch = input.pitch()
            try Data(pitch).write(to: folder.appendingPathComponent("pitch.md"))
            if let configuration = input.configuration() {
                try Pitchcoach.file("pitchcoach.toml", configuration, in: folder)
            }
            var inputFailed = false
            for arguments in [["lint", "pitch.md"], ["export", "--force", "--format", formats[index % formats.count], "pitch.md"]] {
                let result = try Pitchcoach.run(arguments, bytes: [], directory: folder, timeout: 30)
                let crashed = !result.exited || result.stderr.contains("Fatal error") || result.stderr.contains("Backtrac")
                let unexplained = result.status == 2 && !result.stderr.hasPrefix("pitchcoach: ")
                if crashed || ![0, 1, 2].contains(result.status) || unexplained {
                    failures += 1
                    inputFailed = true
                    // The input stays in its folder to be run again by hand.
                    XCTFail("input \(index) (seed \(seed)), \(arguments.joined(separator: " ")) in \(folder.path): status \(result.status), exited \(result.exited)\n\(result.stderr.prefix(600))")
                }
            }
            if !inputFailed { try? FileManager.default.removeItem(at: folder) }
            if failures >= 5 { return }
        }
    }
}
