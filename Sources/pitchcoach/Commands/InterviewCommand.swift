import ArgumentParser
import Foundation
import PitchKit

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Find your benefit statement and build a 60-second intro, guided question by question.",
        discussion: """
            Answers are saved the moment you enter them: leave any time (Ctrl-D, or Ctrl-C twice) \
            and continue later with --resume. Type :help at any question for the commands.

            When standard input is not a terminal, answers are read line by line, so it can be scripted. \
            With --answers FILE.toml the file answers what it can (see README for its keys); the rest is \
            asked as usual, and optional questions the file leaves out are skipped when input is not a terminal.
            """
    )

    @Argument(help: "The draft to build (default: intro, or a name you choose when intro is taken). A draft with an unfinished interview offers to continue it.")
    var name: String?

    @Option(help: "Continue the unfinished interview of this draft.")
    var resume: String?

    @Option(name: .long, help: "Interview language, by code ('pitchcoach packs list' shows them). Default: from your locale, else the first built in.")
    var lang: String?

    @Option(name: .long, help: "Target speaking time in seconds, 5 to 3600. Default: from config, else 60.", transform: TargetTime.argument)
    var seconds: Double?

    @Flag(name: .long, help: "Add one more client story to a saved pitch, as a new feature for the weekly rotation. Asks only the story, statement and ask questions.")
    var story = false

    @Option(name: .long, help: "With --story: a label for the new feature, such as \"tax season\".")
    var topic: String?

    @Option(help: ArgumentHelp("Answers prepared in a TOML file (name, business, [[client]] who/before/did/after, ask...).", valueName: "file"))
    var answers: String?

    @Flag(help: "Save the intro at the end without asking.")
    var yes = false

    @OptionGroup var storeOptions: StoreOptions

    static let defaultName = "intro"

    func validate() throws {
        if topic != nil, !story {
            throw ValidationError("--topic labels a story added with --story; add --story, such as: pitchcoach interview NAME --story --topic \"tax season\".")
        }
        if name != nil, resume != nil, name != resume {
            throw ValidationError("Give the draft name once: either 'pitchcoach interview NAME' or 'pitchcoach interview --resume NAME'.")
        }
        try Drafts.checkName(resume ?? name ?? Self.defaultName)
    }

    func run() throws {
        var pitchName = resume ?? name ?? Self.defaultName
        let configuration = try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath)
        let linter = try Linter(configuration: configuration)
        let store = try storeOptions.open()
        let target = seconds ?? configuration.seconds ?? TargetTime.standard
        let isTerminal = isatty(STDIN_FILENO) == 1
        let editor: LineEditor = isTerminal
            ? ReadlineEditor(historyPath: Self.historyPath(), completions: InterviewScript.commandNames.map { ":" + $0 })
            : PlainLineReader(output: .standardOutput)
        let language = try PitchOptions.language(lang, in: linter) ?? linter.preferredLanguage ?? Self.localeLanguage(linter.catalog)
        let script = try linter.profile(language).interview()
        // Read before anything is stored, so a bad file changes nothing.
        let file = try answers.map { path throws(PitchError) in try AnswersFile(path: path, script: script) }
        func repl(_ stored: StoredInterview) -> InterviewREPL {
            InterviewREPL(stored: stored, editor: editor, answers: file, saveWithoutAsking: yes, isTerminal: isTerminal)
        }

        var unfinished = try StoredInterview.unfinishedSession(for: pitchName, in: store)
        var versions = try store.versions(of: pitchName) ?? []
        // Someone else's interview, or one in another language, must not become the next version of
        // the default draft: unless the user says so, it gets a name of its own. (A story is for that draft.)
        if name == nil, resume == nil, !story, unfinished == nil, !versions.isEmpty {
            guard let chosen = try Self.askForName(instead: pitchName, versions: versions.count, script: script, editor: editor, store: store) else {
                // At a terminal the user chose to leave; a script ran out of lines before naming its draft.
                if isTerminal { return }
                throw PitchError("the draft \(pitchName) is taken and no new name was given; name this interview's draft: pitchcoach interview NAME.")
            }
            if chosen != pitchName {
                // A name the user typed may have versions or an unfinished interview of its own.
                pitchName = chosen
                unfinished = try StoredInterview.unfinishedSession(for: pitchName, in: store)
                versions = try store.versions(of: pitchName) ?? []
            }
        }
        func startNew() throws -> StoredInterview {
            if story { return try startStory(pitchName, language: language, target: target, linter: linter, store: store) }
            if let latest = versions.last {
                Terminal.standardOutput.write(script.message(.addsVersion, count: latest.number, ["name": pitchName, "next": String(latest.number + 1)]) + "\n")
            }
            return try StoredInterview(starting: pitchName, language: language, targetSeconds: target, linter: linter, store: store)
        }

        let stored: StoredInterview
        if let unfinished, file == nil || resume != nil {
            let script = try linter.profile(linter.language(named: unfinished.language.rawValue)).interview()
            if resume == nil {
                switch Self.askToResume(pitchName, script: script, editor: editor) {
                case nil: return
                case .resume?: break
                case .startOver?: return try repl(startNew()).run()
                }
            }
            stored = try StoredInterview(resuming: unfinished, targetSeconds: target, linter: linter, store: store)
            Terminal.standardOutput.write(script.message(.resumed) + "\n")
        } else if resume != nil {
            throw PitchError(script.message(.noResume, ["name": pitchName]))
        } else {
            stored = try startNew()
        }
        try repl(stored).run()
    }

    /// With --story, a new session for one more feature of a saved pitch, in the pitch's language unless --lang.
    private func startStory(_ pitchName: String, language: Language, target: Double, linter: Linter, store: DraftStore) throws -> StoredInterview {
        let saved = try store.version(of: pitchName)?.summary.language
        let language = try PitchOptions.language(lang, in: linter) ?? saved.flatMap { linter.catalog.profiles[$0] != nil ? $0 : nil } ?? language
        let stored = try StoredInterview(addingStoryTo: pitchName, topic: topic, language: language, targetSeconds: target, linter: linter, store: store)
        Terminal.standardOutput.write(try stored.rotationTexts().story(.welcome, ["name": pitchName]) + "\n")
        return stored
    }

    /// `$XDG_STATE_HOME/pitchcoach/history`, else `~/.local/state/pitchcoach/history`.
    static func historyPath() -> String {
        let environment = ProcessInfo.processInfo.environment
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/state")
        return (state as NSString).appendingPathComponent("pitchcoach/history")
    }

    /// The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), else the first loaded (English).
    static func localeLanguage(_ catalog: PackCatalog) -> Language {
        let environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return catalog.language(matching: value) ?? catalog.defaultLanguage
            }
        }
        return catalog.defaultLanguage
    }

    /// A name for a new draft when `taken` already has versions: Enter takes the first
    /// free `taken-2`, `taken-3`...; typing `taken` itself adds to it. nil when the user leaves.
    static func askForName(instead taken: String, versions: Int, script: InterviewScript, editor: LineEditor, store: DraftStore) throws -> String? {
        var number = 2
        while try store.pitch(named: "\(taken)-\(number)") != nil || StoredInterview.unfinishedSession(for: "\(taken)-\(number)", in: store) != nil {
            number += 1
        }
        let suggestion = "\(taken)-\(number)"
        Terminal.standardOutput.write(script.message(.nameTaken, count: versions, ["name": taken, "suggestion": suggestion]) + "\n")
        while true {
            switch editor.read(prompt: "> ", prefill: nil) {
            case .line(let answer):
                let typed = answer.trimmingCharacters(in: .whitespaces)
                if typed.isEmpty { return suggestion }
                if let name = try? DraftName.validated(typed) { return name }
                Terminal.standardOutput.write(script.message(.nameInvalid) + "\n")
            case .unreadable:
                Terminal.standardOutput.write(script.message(.unreadableAnswer) + "\n")
            case .interrupted, .endOfInput:
                return nil
            }
        }
    }

    /// Whether to continue the unfinished interview of `pitchName` or start over; nil when the
    /// user leaves instead of answering. Anything else ("not now") is asked again, so nothing is left behind on a guess.
    static func askToResume(_ pitchName: String, script: InterviewScript, editor: LineEditor) -> InterviewScript.ResumeChoice? {
        let question = script.message(.offerResume, ["name": pitchName])
        Terminal.standardOutput.write(question + "\n")
        while true {
            switch editor.read(prompt: "> ", prefill: nil) {
            case .line(let answer):
                if let choice = script.resumeChoice(answer) { return choice }
                Terminal.standardOutput.write(script.message(.resumeOrStartOver) + "\n")
            case .unreadable:
                Terminal.standardOutput.write(script.message(.unreadableAnswer) + "\n" + question + "\n")
            case .interrupted, .endOfInput:
                return nil
            }
        }
    }
}
