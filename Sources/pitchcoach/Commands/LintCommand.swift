import ArgumentParser
import Foundation
import PitchKit

/// The lowest severity that makes `lint` exit with 1.
enum FailLevel: String, CaseIterable, ExpressibleByArgument {
    case error, warning, never
}

/// Options for how a pitch is read, shared by the commands that lint or time it.
struct PitchOptions: ParsableArguments {
    @Option(name: .long, help: "The pitch's language, by code ('pitchcoach packs list' shows them). Default: from the file or its script.")
    var lang: String?

    @Option(name: .long, help: "Target speaking time in seconds, 5 to 3600. Default: from the file or config, else 60.", transform: TargetTime.argument)
    var seconds: Double?

    func language(in linter: Linter) throws -> Language? {
        try Self.language(lang, in: linter)
    }

    /// The language an option (`flag`) names, among those `linter` loaded:
    /// only the packs know which exist, so ArgumentParser cannot check it,
    /// but an unknown one is still a usage error.
    static func language(_ code: String?, flag: String = "--lang", in linter: Linter) throws -> Language? {
        do {
            return try code.map { code throws(PitchError) in try linter.language(named: code) }
        } catch {
            throw ValidationError("\(flag): \(error.description)")
        }
    }
}

extension TargetTime {
    /// Reads `--seconds`: a flag that no intro could take is a usage error, not a crash later.
    static func argument(_ text: String) throws -> Double {
        guard let seconds = validated(text: text) else { throw ValidationError("the target time \(rangeAdvice)") }
        return seconds
    }
}

/// The linters one command uses, one for each set of settings files: pitches
/// under the same settings share one, so its packs are loaded once.
final class CommandLinters {
    private var linters: [[String]: Linter] = [:]

    /// The linter for the settings that apply in `folder`.
    func linter(forFileIn folder: String) throws(PitchError) -> Linter {
        let configuration = try Configuration.load(forFileIn: folder)
        if let linter = linters[configuration.sources] { return linter }
        let linter = try Linter(configuration: configuration)
        linters[configuration.sources] = linter
        return linter
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pitches for jargon, blandness, length and more.",
        discussion: """
            Prints one line per finding, like a compiler: path:line:column: severity: message [rule], \
            with a suggestion below it, and a summary per file.

            Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 for a usage or input error.
            """
    )

    @Argument(help: "Pitch files (plain text or Markdown), - to read standard input, or the NAME (or NAME@N) of a saved draft.")
    var files: [String] = []

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Output format: text, json or github.")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a finding is at least this severe: error, warning or never.")
    var failOn: FailLevel = .error

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name a pitch file to check, for example: pitchcoach lint pitch.md") }
    }

    func run() throws {
        let output = OutputBuffer(.standardOutput)
        let reporter = format.reporter(output, terminal: .standardOutput)
        let store = CommandStore(storeOptions)
        let linters = CommandLinters()
        var failed = false
        var inputErrors = 0
        for path in files {
            do {
                let input = try PitchInput(path, store: store)
                let name = input.name
                let linter = try linters.linter(forFileIn: input.configurationFolder)
                let job = try linter.job(linter.document(input.bytes), path: name, language: pitch.language(in: linter), seconds: pitch.seconds)
                reporter.beginFile(path: name, language: job.language)
                let summary = linter.lint(job) { reporter.report($0, path: name) }
                reporter.endFile(path: name, summary: summary, profile: linter.profile(job.language))
                failed = failed || Self.reaches(summary, failOn)
            } catch let usage as ValidationError {
                // A flag is wrong for every file: one line and the usage hint, not one per file.
                output.flush()
                throw usage
            } catch {
                output.flush()
                Terminal.standardError.write("pitchcoach: \(error)\n")
                inputErrors += 1
            }
        }
        reporter.finish()
        if inputErrors > 0 { throw ExitCode(ExitStatus.inputError) }
        if failed { throw ExitCode(ExitStatus.findings) }
    }

    static func reaches(_ summary: LintSummary, _ level: FailLevel) -> Bool {
        switch level {
        case .error: summary.errors > 0
        case .warning: summary.errors + summary.warnings > 0
        case .never: false
        }
    }
}
