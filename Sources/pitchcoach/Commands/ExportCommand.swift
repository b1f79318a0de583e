import ArgumentParser
import Foundation
import PitchKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your intro in its parts, timed: a script, a cue card, JSON or captions.",
        discussion: """
            The parts come from the pitch's headings, in speaking order: name and business, benefit, \
            client story, specific ask, memory hook (optional), name again. Without an opening or a \
            closing, pitchcoach writes them from the front matter's 'name:' and 'business:'.

            Each part is timed like 'pitchcoach lint' times it. An intro over its target is refused, \
            with the sentences to cut first, unless you add --force.

            Exit status: 0 exported, 1 over the target time, 2 for a usage or input error.
            """
    )

    @Argument(help: "The pitch file (plain text or Markdown), a saved draft's NAME (NAME@N for version N), or - to read standard input.")
    var source: String

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        try exportOptions.export(try LoadedIntro(source, options: pitch, store: CommandStore(storeOptions)))
    }
}

/// What an intro is exported as: one of the intro's formats, or its referral card.
enum ExportFormat {
    case intro(IntroFormat)
    case card(CardFormat)

    static let names = "\(IntroFormat.names), \(CardFormat.names)"

    init?(name: String) {
        if let format = IntroFormat(rawValue: name.lowercased()) {
            self = .intro(format)
        } else if let format = CardFormat(rawValue: name.lowercased()) {
            self = .card(format)
        } else {
            return nil
        }
    }

    init?(fileExtension: String) {
        if let format = IntroFormat(fileExtension: fileExtension) {
            self = .intro(format)
        } else if let format = CardFormat(fileExtension: fileExtension) {
            self = .card(format)
        } else {
            return nil
        }
    }
}

/// `--format`, `--output` and `--force`: how `export` and `week` write an intro.
struct ExportOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(ExportFormat.names). Default: from the --output file's extension, else text.")
    var format: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of the screen.")
    var output: String?

    @Flag(name: .long, help: "Export even when the intro runs over its target time.")
    var force = false

    /// Writes the intro, or its card, where the options say. An intro over its
    /// target is refused with what to cut, unless --force; a card is not timed.
    func export(_ loaded: LoadedIntro) throws {
        let intro = loaded.intro
        let text: String
        var saved = intro.templates.export(.saved, [
            "path": output ?? "", "parts": String(intro.parts.count),
            "seconds": String(intro.totalSeconds.wholeSeconds), "target": String(intro.targetSeconds.wholeSeconds),
        ])
        switch try chosenFormat() {
        case .intro(let format):
            loaded.warnAboutMissingParts()
            if intro.isOverTarget {
                guard force else {
                    Terminal.standardError.write(overTimeMessage(loaded))
                    throw ExitCode(ExitStatus.findings)
                }
                Terminal.standardError.write("pitchcoach: warning: \(loaded.path): \(intro.templates.export(.forced, ["over": overTimeSentence(intro)]))\n")
            }
            text = format.render(intro)
        case .card(let format):
            let card = try loaded.card()
            if let warning = card.warning { Terminal.standardError.write("pitchcoach: warning: \(loaded.path): \(warning)\n") }
            text = format.render(card)
            saved = try loaded.rotationTexts().card(.saved, ["path": output ?? "", "name": card.name])
        }
        guard let output else {
            Terminal.standardOutput.write(text)
            return
        }
        try AtomicFile.write(text, to: output)
        Terminal.standardError.write(saved + "\n")
    }

    private func chosenFormat() throws(PitchError) -> ExportFormat {
        if let format {
            guard let chosen = ExportFormat(name: format) else {
                throw PitchError("unknown format '\(format)'; use one of \(ExportFormat.names).")
            }
            return chosen
        }
        return output.flatMap { ExportFormat(fileExtension: ($0 as NSString).pathExtension) } ?? .intro(.text)
    }

    private func overTimeSentence(_ intro: Intro) -> String {
        intro.templates.export(.over, count: intro.secondsOver, [
            "seconds": String(intro.totalSeconds.wholeSeconds), "target": String(intro.targetSeconds.wholeSeconds),
        ])
    }

    /// Says how much to cut and where: the sentences that cost the most time for the least benefit.
    private func overTimeMessage(_ loaded: LoadedIntro) -> String {
        let intro = loaded.intro
        var diagnostics: [Diagnostic] = []
        _ = loaded.linter.lint(loaded.job) { diagnostics.append($0) }
        let suggestions = CutAdvisor.suggestions(for: intro, document: loaded.job.document, diagnostics: diagnostics)
        let words = intro.templates
        var message = "pitchcoach: \(loaded.path): \(words.export(.refused, ["over": overTimeSentence(intro)]))\n"
        if !suggestions.isEmpty {
            message += words.export(.cutFirst) + "\n"
            for suggestion in suggestions {
                message += "  " + words.export(.cutSentence, [
                    "line": String(suggestion.line), "part": suggestion.label,
                    "seconds": String(max(1, suggestion.seconds.wholeSeconds)),
                    "rules": suggestion.rules.map { ", " + $0 }.joined(),
                    "sentence": suggestion.sentence.text.shortened(),
                ]) + "\n"
            }
        }
        message += words.export(.then) + "\n"
        return message
    }
}

/// A pitch named on the command line, read, checked and assembled into an intro:
/// what `export` and `rehearse` both start from.
struct LoadedIntro {
    let path: String
    /// The saved version, when the intro came from a draft.
    let draft: DraftVersion?
    let linter: Linter
    let job: LintJob
    let assembler: IntroAssembler
    let intro: Intro

    /// `linters`: those of the command, when it reads several pitches.
    init(_ source: String, options: PitchOptions, store: CommandStore, linters: CommandLinters = CommandLinters()) throws {
        let input = try PitchInput(source, store: store)
        path = input.name
        draft = input.draft
        linter = try linters.linter(forFileIn: input.configurationFolder)
        job = try linter.job(linter.document(input.bytes), path: path, language: options.language(in: linter), seconds: options.seconds)
        let profile = linter.profile(job.language)
        assembler = IntroAssembler(profile: profile, templates: try profile.templates())
        intro = try assembler.assemble(job)
    }

    /// A week's intro: the draft's latest version with the week's feature.
    init(_ featured: FeaturedIntro, draft: DraftVersion, linter: Linter) {
        path = featured.path
        self.draft = draft
        self.linter = linter
        job = featured.job
        assembler = featured.assembler
        intro = featured.intro
    }

    /// What the rotation and the card say, in the intro's language.
    func rotationTexts() throws(PitchError) -> RotationTexts {
        try linter.profile(job.language).rotation()
    }

    /// The intro's referral card, with the contact lines of its front matter.
    func card() throws(PitchError) -> ReferralCard {
        try ReferralCard(intro: intro, frontMatter: job.document.frontMatter, texts: try rotationTexts())
    }

    func warnAboutMissingParts() {
        for part in intro.missing {
            Terminal.standardError.write("pitchcoach: warning: \(path): \(assembler.advice(forMissing: part))\n")
        }
    }
}
