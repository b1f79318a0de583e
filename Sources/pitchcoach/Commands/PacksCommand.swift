import ArgumentParser
import Foundation
import PitchKit

struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "The packs that give pitchcoach its languages, word lists and rules.",
        discussion: """
            A pack is a folder: pack.toml, languages/<code>.toml, wordlists/<code>/<list>.tsv and \
            rules/<id>.toml. Add yours with packs = ["path/to/pack"] in pitchcoach.toml or config.toml.
            """,
        subcommands: [PacksListCommand.self, PacksInitCommand.self],
        defaultSubcommand: PacksListCommand.self
    )
}

struct PacksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show every loaded pack, where it comes from and what it provides."
    )

    func run() throws {
        let catalog = try Linter(configuration: try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath)).catalog
        let terminal = Terminal.standardOutput
        var text = ""
        for pack in catalog.packs {
            text += terminal.styled(pack.name, .bold) + " \(pack.version)  " + (pack.isBuiltIn ? "built in" : pack.directory) + "\n"
            if !pack.languages.isEmpty {
                text += "  languages: " + pack.languages.map { "\($0) (\(catalog.profiles[$0]?.name ?? $0.rawValue))" }.joined(separator: ", ") + "\n"
            }
            if !pack.lists.isEmpty { text += "  lists: \(pack.lists.joined(separator: ", "))\n" }
            if !pack.rules.isEmpty { text += "  rules: \(pack.rules.joined(separator: ", "))\n" }
        }
        terminal.write(text)
    }
}

struct PacksInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a pack for a new language, copied from one pitchcoach has, to translate.",
        discussion: """
            The copy is complete and valid: once the folder is in pitchcoach.toml (packs = ["DIR"]), \
            'pitchcoach lint --lang CODE' works, in the words of the language it was copied from \
            until you translate languages/CODE.toml and the lists in wordlists/CODE/.
            """
    )

    @Argument(help: "The folder to create; its name becomes the pack's name.")
    var directory: String

    @Option(name: .long, help: "The new language's code, such as id or pt-br.")
    var lang: String

    @Option(name: .long, help: "The new language's English name, such as Indonesian.")
    var name: String

    @Option(name: .long, help: "The code of the language to copy. Default: the first built in.")
    var from: String?

    func run() throws {
        let linter = try Linter(configuration: try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath))
        let source = try PitchOptions.language(from, flag: "--from", in: linter) ?? linter.catalog.defaultLanguage
        let pack = try PackTemplate.create(at: directory, code: lang, name: name, from: source, catalog: linter.catalog)
        Terminal.standardOutput.write("""
            Wrote pack \(pack.name) for \(name) (\(lang)), copied from \(linter.profile(source).name): \
            pack.toml, languages/\(lang).toml and \(pack.lists.count) word lists in wordlists/\(lang)/.
            Add it to pitchcoach.toml: packs = ["\(directory)"]
            Then 'pitchcoach lint --lang \(lang) FILE' works; translate what the copy says as you go.

            """)
    }
}
