import ArgumentParser
import Foundation
import PitchKit

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// The lowest severity that makes `lint` exit with 1.
enum FailLevel: String, CaseIterable, ExpressibleByArgument {
    case error, warning, never
}

/// Options for how a pitch is read, shared by the commands that lint or time it.
struct PitchOptions: ParsableArguments {
    @Option(name: .long, help: "The pitch's language: \(Language.codes). Default: from the file or its script.")
    var lang: Language?

    @Option(name: .long, help: "Target speaking time in seconds. Default: from the file or config, else 60.")
    var seconds: Double?

    func validate() throws {
        if let seconds, !(seconds > 0) {
            throw ValidationError("--seconds should be a number above 0, such as 60.")
        }
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pitches for jargon, blandness, length and more.",
        discussion: """
            Prints one line per finding, like a compiler: path:line:column: severity: message [rule],
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
        var linters: [[String]: Linter] = [:]
        var failed = false
        var inputErrors = 0
        for path in files {
            do {
                let isStandardInput = path == "-"
                let draft = isStandardInput ? nil : try Self.savedDraft(path, storeOptions)
                let name = draft.map { "\($0.pitchName)@\($0.number)" } ?? (isStandardInput ? SourceFile.standardInputName : path)
                let bytes = try draft.map { try SourceFile.validate(Array($0.text.utf8), name: name) }
                    ?? (isStandardInput ? SourceFile.readStandardInput() : SourceFile.read(path: path))
                let directory = isStandardInput || draft != nil ? FileManager.default.currentDirectoryPath : (path as NSString).deletingLastPathComponent
                let configuration = try Configuration.load(forFileIn: directory.isEmpty ? "." : directory)
                let linter = try linters[configuration.sources] ?? Linter(configuration: configuration)
                linters[configuration.sources] = linter
                let job = try linter.job(linter.document(bytes), path: name, language: pitch.lang, seconds: pitch.seconds)
                reporter.beginFile(path: name, language: job.language)
                let summary = linter.lint(job) { reporter.report($0, path: name) }
                reporter.endFile(path: name, summary: summary)
                failed = failed || Self.reaches(summary, failOn)
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

    /// The saved draft `NAME` or `NAME@N` names, when no file of that name
    /// exists; nil sends the name on to be read as a file (and fail as one).
    static func savedDraft(_ argument: String, _ storeOptions: StoreOptions) throws -> DraftVersion? {
        guard !FileManager.default.fileExists(atPath: argument),
              let reference = try? DraftName.reference(argument),
              let store = try storeOptions.openExisting(),
              try store.pitch(named: reference.name) != nil
        else { return nil }
        return try DraftsShowCommand.find(argument, storeOptions)
    }

    static func reaches(_ summary: LintSummary, _ level: FailLevel) -> Bool {
        switch level {
        case .error: summary.errors > 0
        case .warning: summary.errors + summary.warnings > 0
        case .never: false
        }
    }
}
