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
            ExportCommand.self, RehearseCommand.self, WeekCommand.self, GivenCommand.self, PlanCommand.self,
            CardsCommand.self, RulesCommand.self, PacksCommand.self,
        ]
    )

    /// Runs the command line. Usage and input errors exit with 2, findings
    /// with 1; a user never sees a stack trace.
    static func main() {
        // A reader that goes away (`| head`) should end the command quietly
        // through its failed write (OutputFailure), not kill it with a signal.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PitchError {
            Terminal.standardError.write("pitchcoach: \(error.description)\n")
            Foundation.exit(ExitStatus.inputError)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            // --help and --version arrive here too, and print in full, through
            // the same checked write as every other output.
            if exitCode(for: error) == .success {
                Terminal.standardOutput.write(fullMessage(for: error) + "\n")
                Foundation.exit(ExitStatus.clean)
            }
            let command = commandTyped(in: Array(CommandLine.arguments.dropFirst()))
            Terminal.standardError.write("pitchcoach: \(message(for: error))\nSee '\(command) --help'.\n")
            Foundation.exit(ExitStatus.inputError)
        }
    }

    /// "pitchcoach drafts log": the command that the words typed name, for the
    /// one line of usage hint under an error.
    static func commandTyped(in arguments: [String]) -> String {
        var command: any ParsableCommand.Type = Pitchcoach.self
        var words = [configuration.commandName ?? "pitchcoach"]
        for argument in arguments {
            guard let subcommand = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument }) else { break }
            command = subcommand
            words.append(argument)
        }
        return words.joined(separator: " ")
    }
}

/// The process exit statuses pitchcoach promises.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    /// Also what a failed write of the output ends with (OutputFailure).
    static let inputError: Int32 = 2
}
