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

    @Option(name: .long, help: "Output format: \(IntroFormat.names). Default: from the --output file's extension, else text.")
    var format: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of the screen.")
    var output: String?

    @Flag(name: .long, help: "Export even when the intro runs over its target time.")
    var force = false

    func run() throws {
        let format = try chosenFormat()
        let loaded = try LoadedIntro(source, options: pitch, store: storeOptions)
        let intro = loaded.intro
        loaded.warnAboutMissingParts()
        if intro.isOverTarget {
            guard force else {
                Terminal.standardError.write(overTimeMessage(loaded))
                throw ExitCode(ExitStatus.findings)
            }
            Terminal.standardError.write("pitchcoach: warning: \(loaded.path): \(intro.templates.export(.forced, ["over": overTimeSentence(intro)]))\n")
        }
        let text = format.render(intro)
        guard let output else {
            Terminal.standardOutput.write(text)
            return
        }
        try AtomicFile.write(text, to: output)
        Terminal.standardError.write(intro.templates.export(.saved, [
            "path": output, "parts": String(intro.parts.count),
            "seconds": String(intro.totalSeconds.wholeSeconds), "target": String(intro.targetSeconds.wholeSeconds),
        ]) + "\n")
    }

    private func chosenFormat() throws(PitchError) -> IntroFormat {
        if let format {
            guard let chosen = IntroFormat(rawValue: format.lowercased()) else {
                throw PitchError("unknown format '\(format)'; use one of \(IntroFormat.names).")
            }
            return chosen
        }
        return output.flatMap { IntroFormat(fileExtension: ($0 as NSString).pathExtension) } ?? .text
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

    init(_ source: String, options: PitchOptions, store: StoreOptions) throws {
        let input = try PitchInput(source, store: store)
        path = input.name
        draft = input.draft
        linter = try Linter(configuration: try Configuration.load(forFileIn: input.configurationFolder))
        job = try linter.job(linter.document(input.bytes), path: path, language: options.language(in: linter), seconds: options.seconds)
        let profile = linter.profile(job.language)
        assembler = IntroAssembler(profile: profile, templates: try profile.templates())
        intro = try assembler.assemble(job)
    }

    func warnAboutMissingParts() {
        for part in intro.missing {
            Terminal.standardError.write("pitchcoach: warning: \(path): \(assembler.advice(forMissing: part))\n")
        }
    }
}
