import ArgumentParser
import PitchKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every lint rule with what it looks for and an example."
    )

    func run() {
        let terminal = Terminal.standardOutput
        var text = ""
        for rule in RuleRegistry.all {
            let description = rule.description
            text += terminal.styled(description.id, .bold) + " (\(description.defaultSeverity.rawValue))\n"
            text += "  \(description.summary)\n"
            if let example = description.examples.first(where: { $0.triggers && $0.language == .english }) {
                text += "  Example: \(example.text)\n"
            }
            if let better = description.examples.first(where: { !$0.triggers && $0.language == .english }) {
                text += "  Better:  \(better.text)\n"
            }
            text += "\n"
        }
        text += "Change a rule's severity or turn it off in pitchcoach.toml, under [rules].\n"
        terminal.write(text)
    }
}
