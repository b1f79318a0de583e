import ArgumentParser
import Foundation
import PitchKit

/// `--date YYYY-MM-DD`: the meeting a command is about. Without it, today.
struct DateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The meeting's date, YYYY-MM-DD. Default: today.", valueName: "date"))
    var date: MeetingDateArgument?

    func validate() throws {
        if let date, date.value == nil {
            throw ValidationError("'\(date.text)' is not a date; write it as YYYY-MM-DD, such as 2026-03-05.")
        }
    }

    var meetingDate: MeetingDate { date?.value ?? MeetingDate.today() }
}

/// A date as typed; checked in `DateOptions.validate()` so the error can say how to write one.
struct MeetingDateArgument: ExpressibleByArgument {
    let text: String
    let value: MeetingDate?

    init(argument: String) {
        text = argument
        value = MeetingDate(argument)
    }
}

/// A saved draft opened for its rotation, with the linter its texts need.
struct LoadedRotation {
    let linter: Linter
    let store: DraftStore
    let pitch: PitchRotation
    let texts: RotationTexts

    init(_ name: String, store commandStore: CommandStore) throws {
        let name = try DraftName.validated(name)
        linter = try Linter(configuration: try Configuration.load(forFileIn: FileManager.default.currentDirectoryPath))
        guard let store = try commandStore.existing(),
              let latest = try store.version(of: name)
        else { throw Drafts.noDraft(name) }
        self.store = store
        pitch = try PitchRotation(latest: latest, store: store, linter: linter)
        texts = try linter.profile(pitch.version.summary.language).rotation()
    }

    /// "last week", "3 weeks ago".
    func ago(_ week: MeetingDate, from now: MeetingDate) -> String {
        let weeks = week.weeks(to: now)
        return texts.label(.weeksAgo, count: weeks)
    }

    /// The week's intro, timed as `export` times it.
    func intro(_ week: Rotation.Week, options: PitchOptions) throws -> LoadedIntro {
        let featured = try pitch.intro(featuring: week.feature, language: options.language(in: linter), seconds: options.seconds)
        return LoadedIntro(featured, draft: pitch.version, linter: linter)
    }
}

struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "This week's intro: the feature given least recently, never last week's.",
        discussion: """
            A pitch holds several features: client stories, each with its benefit and its own \
            specific ask. Feature 1 is the pitch's own text; add more with \
            'pitchcoach interview NAME --story'. The intro keeps your opening and closing and gives \
            the week's feature, timed and fitted like 'pitchcoach export' (same --format, --output, \
            --force). It says which feature it is and when you last gave it. --date plans ahead.

            Exit status: 0 written, 1 over the target time, 2 for a usage or input error.
            """
    )

    @Argument(help: "The saved draft's name.")
    var name: String

    @OptionGroup var dateOptions: DateOptions

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var exportOptions: ExportOptions

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let loaded = try LoadedRotation(name, store: CommandStore(storeOptions))
        let date = dateOptions.meetingDate
        let week = loaded.pitch.rotation.week(of: date)
        let texts = loaded.texts
        var lines = [texts.week(.heading, ["week": week.week.description, "feature": texts.name(of: week.feature)])]
        if let lastGiven = week.lastGiven {
            lines.append(texts.week(.lastGiven, ["last": lastGiven.description, "ago": loaded.ago(lastGiven, from: week.week)]))
        } else {
            lines.append(texts.week(.neverGiven))
        }
        if let given = week.given {
            lines.append(texts.week(.alreadyGiven, ["date": given.date.description]))
        } else {
            lines.append(texts.week(.recordHint, ["name": loaded.pitch.name, "date": date.description]))
        }
        Terminal.standardError.write(lines.joined(separator: "\n") + "\n")
        try exportOptions.export(try loaded.intro(week, options: pitch))
    }
}

struct GivenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "given",
        abstract: "Record that you gave your intro at a meeting.",
        discussion: """
            Records the week of --date (default today) with the feature 'pitchcoach week' gives \
            for it, or the one --feature names. A week has one intro: recording it again replaces \
            it. 'pitchcoach plan NAME' shows the weeks given and the weeks ahead.
            """
    )

    @Argument(help: "The saved draft's name.")
    var name: String

    @OptionGroup var dateOptions: DateOptions

    @Option(name: .long, help: "The feature you gave, by number (see 'pitchcoach plan NAME'). Default: this week's.")
    var feature: Int?

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let loaded = try LoadedRotation(name, store: CommandStore(storeOptions, changes: true))
        let date = dateOptions.meetingDate
        let rotation = loaded.pitch.rotation
        var week = rotation.week(of: date)
        if let feature {
            guard let chosen = rotation.feature(feature) else {
                throw PitchError(loaded.texts.given(.unknownFeature, [
                    "name": loaded.pitch.name, "number": String(feature), "count": String(rotation.features.count),
                ]))
            }
            week.feature = chosen
        }
        let intro = try loaded.intro(week, options: pitch).intro
        let given = try Self.record(week, seconds: intro.totalSeconds, date: date, loaded)
        let after = Rotation(features: rotation.features, history: rotation.history.filter { $0.week != given.week } + [given])
        let next = after.week(of: date.adding(weeks: 1))
        Terminal.standardOutput.write(loaded.texts.given(.next, ["feature": loaded.texts.name(of: next.feature), "name": loaded.pitch.name]) + "\n")
    }

    /// Stores a week as given and says so; what `given` and a rehearsal of the week both do.
    @discardableResult
    static func record(_ week: Rotation.Week, seconds: Double, date: MeetingDate, _ loaded: LoadedRotation) throws -> GivenIntro {
        let given = GivenIntro(date: date, feature: week.feature.number, seconds: seconds)
        let replaced = try loaded.store.recordGiven(given, for: loaded.pitch.name, derived: loaded.pitch.derived)
        let texts = loaded.texts
        var lines = [texts.given(.recorded, [
            "week": given.week.description, "feature": texts.name(of: week.feature), "seconds": String(seconds.wholeSeconds),
        ])]
        if let replaced, replaced.feature != given.feature, let old = loaded.pitch.rotation.feature(replaced.feature) {
            lines.append(texts.given(.replaced, ["feature": texts.name(of: old)]))
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
        return given
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Your intro calendar: the weeks given, the next six weeks, and a coach's advice.",
        discussion: """
            The advice follows the method: plan at least four features; do not give the same \
            feature, or the same ask, two weeks running; give every feature its turn; keep each \
            ask specific and each intro within its time.
            """
    )

    @Argument(help: "The saved draft's name.")
    var name: String

    @OptionGroup var dateOptions: DateOptions

    @Flag(name: .long, help: "Print the calendar and the advice as JSON.")
    var json = false

    @OptionGroup var pitch: PitchOptions

    @OptionGroup var storeOptions: StoreOptions

    static let weeksAhead = 6

    func validate() throws { try Drafts.checkName(name) }

    func run() throws {
        let loaded = try LoadedRotation(name, store: CommandStore(storeOptions))
        let rotation = loaded.pitch.rotation
        let date = dateOptions.meetingDate
        let upcoming = rotation.upcoming(from: date, count: Self.weeksAhead)
        let checks = try loaded.pitch.checks(language: pitch.language(in: loaded.linter), seconds: pitch.seconds)
        let advice = RotationAdvice.advice(for: rotation, upcoming: upcoming, checks: checks)
        let texts = loaded.texts
        let name = loaded.pitch.name
        if json {
            let plan = PlanJSON(
                name: name, language: loaded.pitch.version.summary.language.rawValue, date: date.description,
                features: rotation.features.map { .init($0, check: checks[$0.number]) },
                given: rotation.history.map { .init(week: $0.week.description, date: $0.date.description, feature: $0.feature, seconds: $0.seconds.wholeSeconds) },
                upcoming: upcoming.map { .init(week: $0.week.description, feature: $0.feature.number, lastGiven: $0.lastGiven?.description) },
                advice: advice.map { .init(kind: $0.kind, features: $0.features, weeks: $0.weeks.map(\.description), message: texts.text(of: $0, name: name)) }
            )
            Terminal.standardOutput.write(JSONText.encode(plan) + "\n")
            return
        }
        let terminal = Terminal.standardOutput
        let output = OutputBuffer(terminal)
        let target = checks[1]?.target ?? Int(TargetTime.standard)
        output.write(terminal.styled(texts.plan(.title, count: rotation.features.count, ["name": name, "target": String(target)]), .bold) + "\n\n")
        output.write(terminal.styled(texts.plan(.givenHeading), .bold) + "\n")
        if rotation.history.isEmpty {
            output.write(texts.plan(.noneGiven, ["name": name]) + "\n")
        } else {
            let rows = rotation.history.map { given in
                [given.week.description, rotation.feature(given.feature).map(Self.title) ?? String(given.feature),
                 texts.plan(.seconds, ["seconds": String(given.seconds.wholeSeconds)])]
            }
            output.write(terminal.rendered(TextTable(header: [texts.plan(.columnWeek), texts.plan(.columnFeature), texts.plan(.columnTime)], rows: rows)))
        }
        output.write("\n" + terminal.styled(texts.plan(.upcomingHeading, count: upcoming.count, ["count": String(upcoming.count)]), .bold) + "\n")
        let rows = upcoming.map { week in
            [week.week.description, Self.title(week.feature), week.lastGiven?.description ?? texts.plan(.never)]
        }
        output.write(terminal.rendered(TextTable(header: [texts.plan(.columnWeek), texts.plan(.columnFeature), texts.plan(.columnLastGiven)], rows: rows)))
        output.write("\n" + terminal.styled(texts.plan(.adviceHeading), .bold) + "\n")
        if advice.isEmpty { output.write(texts.plan(.noAdvice) + "\n") }
        for item in advice { output.write("- " + texts.text(of: item, name: name) + "\n") }
        output.flush()
    }

    /// "2 · tax season", else "2 · I help cafe owners who…": enough to tell the features apart.
    static func title(_ feature: Feature) -> String {
        let words = feature.topic ?? String(feature.benefit.split(whereSeparator: \.isNewline).first ?? "")
        return "\(feature.number) · \(words.shortened(to: 40))"
    }
}

/// `plan --json`: the calendar and the advice, as `plan` shows them.
private struct PlanJSON: Encodable {
    struct FeatureJSON: Encodable {
        var number: Int
        var topic: String?
        var benefit: String
        var story: String
        var ask: String
        var seconds: Int?
        var overTarget: Bool?
        var vagueAsk: String?

        init(_ feature: Feature, check: RotationAdvice.FeatureCheck?) {
            number = feature.number
            topic = feature.topic
            benefit = feature.benefit
            story = feature.story
            ask = feature.ask
            seconds = check?.seconds
            overTarget = check?.isOverTarget
            vagueAsk = check?.vagueAsk
        }
    }

    struct GivenJSON: Encodable {
        var week: String
        var date: String
        var feature: Int
        var seconds: Int
    }

    struct WeekJSON: Encodable {
        var week: String
        var feature: Int
        var lastGiven: String?
    }

    struct AdviceJSON: Encodable {
        var kind: String
        var features: [Int]
        var weeks: [String]
        var message: String
    }

    var name: String
    var language: String
    var date: String
    var features: [FeatureJSON]
    var given: [GivenJSON]
    var upcoming: [WeekJSON]
    var advice: [AdviceJSON]
}
