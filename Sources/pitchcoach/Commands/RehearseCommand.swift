import ArgumentParser
import Foundation
import PitchKit

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Practise your intro aloud against the clock, one part at a time.",
        discussion: """
            pitchcoach shows one part; say it aloud, then press Enter for the next. You see how long \
            each part took against its estimate, and a bar for the whole intro that turns from green \
            to yellow at 75% of the target (time to wrap up with your ask and your name) and to red \
            at the target, like the timing lights of a speaking club. At the end, a table compares \
            estimated and actual times and shows your pace.

            With --calibrate, your pace is saved (per language, in pace.toml in pitchcoach's data \
            folder), and 'lint' and 'export' then time your pitches at your own pace.

            Press Ctrl-D to stop early.
            """
    )

    @Argument(help: "The pitch file to rehearse (plain text or Markdown), or a saved draft's NAME (NAME@N for version N).")
    var source: String

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Save your measured pace, so later estimates fit how you speak.")
    var calibrate = false

    @Flag(name: .long, help: "Rehearse this week's intro of a saved draft (see 'pitchcoach week'); when you finish, it offers to record it as given.")
    var week = false

    @OptionGroup var dateOptions: DateOptions

    func validate() throws {
        if source == "-" {
            throw ValidationError("rehearse reads your Enter presses from standard input; name a pitch file instead of -.")
        }
        if week { try Drafts.checkName(source) }
    }

    func run() throws {
        // A rehearsal of a saved draft is recorded in the store it was read from.
        let store = CommandStore(storeOptions, changes: true)
        let rotation = week ? try LoadedRotation(source, store: store) : nil
        // Read once: a rehearsal past midnight records the week it rehearsed.
        let date = dateOptions.meetingDate
        let thisWeek = rotation?.pitch.rotation.week(of: date)
        let loaded = try rotation.map { try $0.intro(thisWeek!, options: pitch) } ?? LoadedIntro(source, options: pitch, store: store)
        loaded.warnAboutMissingParts()
        let screen = RehearsalScreen(terminal: .standardOutput, words: loaded.intro.templates, profile: loaded.linter.profile(loaded.intro.language))
        let input = EnterKey()
        var rehearsal = Rehearsal(intro: loaded.intro) { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

        screen.showIntroduction(loaded.intro)
        guard input.wait() else {
            screen.showStoppedBeforeStart()
            return
        }
        rehearsal.start()
        while let part = rehearsal.currentPart {
            screen.showPart(part, index: rehearsal.actuals.count, of: loaded.intro)
            let pressed = input.wait(refresh: screen.isLive ? { if let status = rehearsal.status() { screen.showLive(status) } } : nil)
            guard pressed, let status = rehearsal.status() else { break }
            rehearsal.finishPart()
            screen.showPartDone(status, actual: rehearsal.actuals.last!)
        }
        let summary = rehearsal.summary()
        screen.showSummary(summary, of: loaded.intro)
        try reportPace(summary, of: loaded, in: store, screen: screen)
        if let rotation, let thisWeek, summary.isComplete {
            // A time no one speaks at (Enter pressed without speaking) is not kept: the estimate is.
            let measured = summary.pace.map { SpeakingPace.isPlausible($0, unit: loaded.intro.timing.unit) } ?? false
            try offerToRecord(thisWeek, seconds: measured ? summary.actual : loaded.intro.totalSeconds, date: date, rotation)
        }
    }

    /// After a complete rehearsal of the week's intro: record it as given, if the speaker says so.
    private func offerToRecord(_ week: Rotation.Week, seconds: Double, date: MeetingDate, _ rotation: LoadedRotation) throws {
        let script = try rotation.linter.profile(rotation.pitch.version.summary.language).interview()
        let question = rotation.texts.given(.offer, ["week": week.week.description])
        Terminal.standardOutput.write(question + "\n")
        // Read as the Enter presses were, through stdio's buffer, which holds the lines piped after them.
        while let answer = readLine(strippingNewline: true) {
            guard let yes = script.yesOrNo(answer) else {
                Terminal.standardOutput.write(script.message(.yesOrNo) + "\n" + question + "\n")
                continue
            }
            if yes { try GivenCommand.record(week, seconds: seconds, date: date, rotation) }
            return
        }
    }

    private func reportPace(_ summary: Rehearsal.Summary, of loaded: LoadedIntro, in store: CommandStore, screen: RehearsalScreen) throws(PitchError) {
        let intro = loaded.intro
        let words = screen.words
        guard let pace = summary.pace else { return }
        screen.showPace(pace, intro: intro)
        if let draft = loaded.draft, summary.isComplete, SpeakingPace.isPlausible(pace, unit: intro.timing.unit), let drafts = try store.existing() {
            let units = summary.rows.reduce(0) { $0 + $1.part.units }
            try drafts.recordRehearsal(name: draft.pitchName, version: draft.number, language: intro.language, units: units, seconds: summary.actual)
            screen.say(words.rehearsal(.savedRehearsal, ["name": draft.pitchName, "version": String(draft.number)]))
        }
        guard calibrate else {
            guard summary.isComplete else { return }
            // A run of piped presses or a held key: say why it was not kept.
            let plausible = SpeakingPace.isPlausible(pace, unit: intro.timing.unit)
            screen.say(plausible ? words.rehearsal(.calibrateHint) : words.rehearsal(.tooFast, ["pace": screen.formatted(pace), "unit": intro.unitName]))
            return
        }
        guard summary.isComplete else {
            screen.say(words.rehearsal(.paceIncomplete))
            return
        }
        guard SpeakingPace.isPlausible(pace, unit: intro.timing.unit) else {
            screen.say(words.rehearsal(.paceImplausible, ["pace": screen.formatted(pace), "unit": intro.unitName]))
            return
        }
        let path = SpeakingPace.path()
        try SpeakingPace.save(pace, for: intro.language, to: path, catalog: loaded.linter.catalog)
        screen.say(words.rehearsal(.paceSaved, ["pace": screen.pace(pace), "unit": intro.unitName, "path": path]))
    }
}

/// Waits for the speaker to press Enter. On a terminal it wakes a few times a
/// second so the clock on screen keeps moving; from a pipe it simply reads lines.
struct EnterKey {
    private let isTerminal = isatty(STDIN_FILENO) == 1

    /// False at end of input (Ctrl-D, or the end of a piped file).
    func wait(refresh: (() -> Void)? = nil) -> Bool {
        if isTerminal, let refresh {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            refresh()
            while poll(&descriptor, 1, 200) == 0 { refresh() }
        }
        return readLine(strippingNewline: true) != nil
    }
}
