import Foundation
import PitchKit

/// What `rehearse` shows. On a terminal the running clock redraws in place;
/// piped, every line is printed once, so the output reads as a plain log.
struct RehearsalScreen {
    let terminal: Terminal
    /// What the screen says, in the intro's language.
    let words: IntroTemplates
    /// How the intro's language writes numbers.
    let profile: LanguageProfile
    static let barWidth = 24

    init(terminal: Terminal, words: IntroTemplates, profile: LanguageProfile) {
        self.terminal = terminal
        self.words = words
        self.profile = profile
    }

    /// Whether the clock can redraw in place while the speaker talks.
    var isLive: Bool { terminal.isInteractive && isatty(STDIN_FILENO) == 1 }

    func say(_ line: String) {
        terminal.write(line + "\n")
    }

    func showIntroduction(_ intro: Intro) {
        say(terminal.styled(words.rehearsal(.introduction, [
            "parts": String(intro.parts.count), "seconds": String(intro.totalSeconds.wholeSeconds),
            "target": String(intro.targetSeconds.wholeSeconds),
        ]), .bold))
        say(words.rehearsal(.instructions))
        say(words.rehearsal(.start, ["presses": String(intro.parts.count + 1)]))
    }

    func showStoppedBeforeStart() {
        say(words.rehearsal(.stoppedBeforeStart))
    }

    func showPart(_ part: Intro.Part, index: Int, of intro: Intro) {
        let estimate = intro.timing.seconds(forUnits: part.units)
        say("")
        say(terminal.styled("\(index + 1)/\(intro.parts.count) \(part.label)", .bold)
            + terminal.styled(" · " + words.rehearsal(.partEstimate, ["seconds": formatted(estimate)]), .dim))
        say("  " + part.text)
    }

    func showLive(_ status: Rehearsal.Status) {
        terminal.write("\r\u{1B}[2K  " + statusLine(status))
    }

    func showPartDone(_ status: Rehearsal.Status, actual: Double) {
        if isLive { terminal.write("\u{1B}[1A\r\u{1B}[2K") }
        var done = status
        done.partElapsed = actual
        say("  " + statusLine(done))
    }

    /// "6.1 s of about 5.1 · [██████░░░░] 0:06 / 1:00 green"
    private func statusLine(_ status: Rehearsal.Status) -> String {
        let part = words.rehearsal(.partProgress, [
            "elapsed": formatted(status.partElapsed), "estimate": formatted(status.partEstimate),
        ])
        let filled = min(Self.barWidth, Int((status.totalElapsed / status.target * Double(Self.barWidth)).rounded(.down)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
        let style: Terminal.Style = switch status.light {
        case .green: .green
        case .yellow: .yellow
        case .red: .red
        }
        let clock = "\(IntroFormat.clock(status.totalElapsed)) / \(IntroFormat.clock(status.target))"
        return "\(part) · [\(terminal.styled(bar, style))] \(clock) \(terminal.styled(name(of: status.light), style, .bold))"
    }

    func showSummary(_ summary: Rehearsal.Summary, of intro: Intro) {
        say("")
        guard !summary.rows.isEmpty else {
            say(words.rehearsal(.nothingToCompare))
            return
        }
        func cells(_ label: String, estimated: Double, actual: Double) -> [String] {
            [label, formatted(estimated) + " s", formatted(actual) + " s", difference(actual, estimated) + " s"]
        }
        var rows = summary.rows.map { cells($0.part.label, estimated: $0.estimated, actual: $0.actual) }
        rows.append(cells(words.card(.totalRow), estimated: summary.estimated, actual: summary.actual))
        let header = [IntroTemplates.RehearsalText.columnPart, .columnEstimate, .columnActual, .columnDifference].map { words.rehearsal($0) }
        let lines = TextTable(header: header, rows: rows, rightAligned: [1, 2, 3]).lines
        // The header and the total in bold.
        say(terminal.styled(lines[0], .bold))
        for line in lines.dropFirst().dropLast() { say(line) }
        say(terminal.styled(lines[lines.count - 1], .bold))
        let light = Rehearsal.Light(elapsed: summary.actual, target: intro.targetSeconds)
        if !summary.isComplete {
            say(words.rehearsal(.stoppedAfter, ["done": String(summary.rows.count), "parts": String(intro.parts.count)]))
        }
        say(words.rehearsal(.finalLight, [
            "light": name(of: light), "elapsed": IntroFormat.clock(summary.actual), "target": IntroFormat.clock(intro.targetSeconds),
        ]))
    }

    func showPace(_ measured: Double, intro: Intro) {
        say(words.rehearsal(.pace, [
            "pace": pace(measured), "unit": intro.unitName, "perMinute": String(Int((measured * 60).rounded())),
            "estimate": pace(intro.timing.unitsPerSecond),
        ]))
    }

    private func name(of light: Rehearsal.Light) -> String {
        switch light {
        case .green: words.rehearsal(.lightGreen)
        case .yellow: words.rehearsal(.lightYellow)
        case .red: words.rehearsal(.lightRed)
        }
    }

    /// Units a second, as the pace messages write it.
    func pace(_ value: Double) -> String { profile.decimal(value, places: 2) }

    /// Seconds to a tenth, rounded once: the table's figures, their difference and the clock agree.
    func formatted(_ value: Double) -> String { profile.decimal(value, places: 1) }

    /// The difference of the two figures as shown, so "4.2 s" against "3.9 s" reads "+0.3 s".
    func difference(_ actual: Double, _ estimated: Double) -> String {
        let shown = Rehearsal.shownDifference(actual, estimated)
        return (shown >= 0.05 ? "+" : "") + formatted(shown)
    }
}
