import ArgumentParser
import Foundation
import PitchKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every lint rule with what it looks for and an example."
    )

    @Option(name: .long, help: "Describe the rules in this language, by code. Default: the first built in.")
    var lang: String?

    func run() throws {
        let linter = try Linter(configuration: try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath))
        let catalog = linter.catalog
        let language = try PitchOptions.language(lang, in: linter) ?? catalog.defaultLanguage
        let terminal = Terminal.standardOutput
        var text = ""
        for rule in catalog.rules {
            text += terminal.styled(rule.id, .bold) + " (\(rule.defaultSeverity.rawValue))\n"
            // A language without its own texts for a rule (one a pack just added) shows the first language's.
            if let texts = rule.texts(in: language, fallback: catalog.defaultLanguage) {
                text += "  \(texts.description)\n"
                if let example = texts.examples.first(where: { $0.triggers }) {
                    text += "  Example: \(example.text)\n"
                }
                if let better = texts.examples.first(where: { !$0.triggers }) {
                    text += "  Better:  \(better.text)\n"
                }
            }
            text += "\n"
        }
        text += "Change a rule's severity or turn it off in pitchcoach.toml, under [rules].\n"
        terminal.write(text)
    }
}
