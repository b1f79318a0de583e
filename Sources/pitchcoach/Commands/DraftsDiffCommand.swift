import ArgumentParser
import Foundation
import PitchKit

struct DraftsDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions, word by word.",
        discussion: """
            With no versions, compares the last two; with one, compares it with the latest.

            Removed text is red and added text green on a terminal; elsewhere (or with NO_COLOR) \
            removed text is written [-like this-] and added text {+like this+}.

            Words are found by ICU, so Thai text diffs word by word.
            """
    )

    @Argument(help: "The draft's name.")
    var name: String

    @Argument(help: "The older version, such as 1 or v1.")
    var from: String?

    @Argument(help: "The newer version. Default: the latest.")
    var to: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try Drafts.checkName(name)
        for version in [from, to].compactMap({ $0 }) where DraftName.versionNumber(version) == nil {
            throw ValidationError("'\(version)' is not a version number; write a number such as 2 (see 'pitchcoach drafts log \(name)').")
        }
    }

    func run() throws {
        let name = try DraftName.validated(name)
        guard let store = try storeOptions.openForReading(), let latest = try store.version(of: name) else {
            throw Drafts.noDraft(name)
        }
        let newNumber = to.flatMap(DraftName.versionNumber) ?? latest.number
        let oldNumber = from.flatMap(DraftName.versionNumber) ?? max(1, latest.number - 1)
        let old = try DraftsShowCommand.find("\(name)@\(oldNumber)", in: store)
        let new = try DraftsShowCommand.find("\(name)@\(newNumber)", in: store)
        let terminal = Terminal.standardOutput
        let output = OutputBuffer(terminal)
        output.write(terminal.styled("--- \(name) v\(old.number)  \(Drafts.date(old.created))  \(Drafts.seconds(old.summary.seconds)), \(Drafts.findings(old.summary))", .bold) + "\n")
        output.write(terminal.styled("+++ \(name) v\(new.number)  \(Drafts.date(new.created))  \(Drafts.seconds(new.summary.seconds)), \(Drafts.findings(new.summary))", .bold) + "\n")
        let rendered = DiffRendering.render(WordDiff.diff(old.text, new.text), terminal: terminal)
        guard old.text.utf8.elementsEqual(new.text.utf8) == false else {
            output.write("v\(old.number) and v\(new.number) have the same text.\n")
            return
        }
        output.write(rendered.text.hasSuffix("\n") ? rendered.text : rendered.text + "\n")
        output.write("\(Drafts.plural(rendered.removedWords, "word")) removed, \(rendered.addedWords) added.\n")
        output.flush()
    }
}
