import ArgumentParser
import Foundation
import PitchKit

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Put several members' referral cards on one sheet for the chapter.",
        discussion: """
            Each card says, in its pitch's language, who the member is, who to refer to them and \
            when, their benefit in one line, and how to reach them (front matter 'phone:', 'email:' \
            and 'web:'). The sheet is Markdown, one section per card, in the order given.

            For one member's card, or a vCard for a phone's contacts, use \
            'pitchcoach export NAME --format card' or '--format vcard'.
            """
    )

    @Argument(help: "Pitch files or saved drafts' NAMEs (NAME@N for version N), one per member.")
    var sources: [String]

    @Option(name: .shortAndLong, help: "Write the sheet to this file instead of the screen.")
    var output: String?

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one pitch file or draft, such as: pitchcoach cards ann.md bao.md --output chapter.md") }
    }

    func run() throws {
        var cards: [ReferralCard] = []
        var firstTexts: RotationTexts?
        let store = CommandStore(storeOptions), linters = CommandLinters()
        for source in sources {
            let loaded = try LoadedIntro(source, options: pitch, store: store, linters: linters)
            let card = try loaded.card()
            if let warning = card.warning { Terminal.standardError.write("pitchcoach: warning: \(loaded.path): \(warning)\n") }
            cards.append(card)
            if firstTexts == nil { firstTexts = try loaded.rotationTexts() }
        }
        let sheet = CardFormat.sheet(cards)
        guard let output else {
            Terminal.standardOutput.write(sheet)
            return
        }
        try AtomicFile.write(sheet, to: output)
        if let texts = firstTexts {
            Terminal.standardError.write(texts.card(.sheetSaved, count: cards.count, ["path": output, "count": String(cards.count)]) + "\n")
        }
    }
}
