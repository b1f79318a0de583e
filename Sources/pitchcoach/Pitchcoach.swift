import ArgumentParser
import Foundation
import PitchKit

@main
struct Pitchcoach: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "pitchcoach",
        abstract: "A coach for your 60-second networking intro and the benefit statement at its heart.",
        discussion: """
            Start with 'pitchcoach interview': it asks about past clients and drafts your intro.
            Already have a pitch? 'pitchcoach lint pitch.md' checks it.
            Languages come from packs: 'pitchcoach packs list' shows them, 'pitchcoach packs init' adds one.
            """,
        version: version,
        subcommands: [
            InterviewCommand.self, LintCommand.self, DraftsCommand.self, EditCommand.self,
            ExportCommand.self, RehearseCommand.self, RulesCommand.self, PacksCommand.self,
        ]
    )

    /// Runs the command line. Usage and input errors exit with 2, findings
    /// with 1; a user never sees a stack trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PitchError {
            Terminal.standardError.write("pitchcoach: \(error.description)\n")
            Foundation.exit(ExitStatus.inputError)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            Terminal.standardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(ExitStatus.inputError)
        }
    }
}

/// The process exit statuses pitchcoach promises.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
}
