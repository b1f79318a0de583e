/// Which feature a week's intro gives (METHOD.md 7: a curriculum, not one
/// speech): the one given least recently, never the one given the week
/// before, so the room hears a new story every week. Pure: weeks are the
/// meeting dates it is given, never the machine's clock.
public struct Rotation: Sendable {
    public let features: [Feature]
    /// The weeks given, oldest first.
    public let history: [GivenIntro]

    public init(features: [Feature], history: [GivenIntro]) {
        self.features = features
        self.history = history.sorted { $0.week < $1.week }
    }

    /// One week of the calendar.
    public struct Week: Equatable, Sendable {
        /// Its Monday.
        public var week: MeetingDate
        public var feature: Feature
        /// The week that feature was last given before this one; nil if never.
        public var lastGiven: MeetingDate?
        /// The record, when this week's intro has been given.
        public var given: GivenIntro?
    }

    /// The week of `date`: what was given then, or else what to give.
    public func week(of date: MeetingDate) -> Week {
        pick(date.weekStart, after: history.map { ($0.week, $0.feature) })
    }

    /// The next `count` weeks to give from `date`'s week on (from the week
    /// after, when this one is given), each planned as if the ones before it were given.
    public func upcoming(from date: MeetingDate, count: Int = 6) -> [Week] {
        var past = history.map { ($0.week, $0.feature) }
        var week = date.weekStart
        if past.contains(where: { $0.0 == week }) { week = week.adding(weeks: 1) }
        var planned: [Week] = []
        while planned.count < count {
            if !past.contains(where: { $0.0 == week }) {
                let next = pick(week, after: past)
                planned.append(next)
                past.append((week, next.feature.number))
            }
            week = week.adding(weeks: 1)
        }
        return planned
    }

    private func pick(_ week: MeetingDate, after past: [(week: MeetingDate, feature: Int)]) -> Week {
        let before = past.filter { $0.week < week }
        func lastPlanned(_ number: Int) -> MeetingDate? { before.last { $0.feature == number }?.week }
        // What the week says is when the room last heard it, not a week only planned.
        func lastGiven(_ number: Int) -> MeetingDate? { history.last { $0.week < week && $0.feature == number }?.week }
        if let given = history.first(where: { $0.week == week }), let feature = feature(given.feature) {
            return Week(week: week, feature: feature, lastGiven: lastGiven(feature.number), given: given)
        }
        let lastWeek = before.first { $0.week == week.adding(weeks: -1) }?.feature
        let candidates = features.count > 1 ? features.filter { $0.number != lastWeek } : features
        // Never given first, then the longest ago; the lower number breaks a tie.
        let chosen = candidates.min { first, second in
            switch (lastPlanned(first.number), lastPlanned(second.number)) {
            case (nil, nil): first.number < second.number
            case (nil, _?): true
            case (_?, nil): false
            case let (a?, b?): a < b || (a == b && first.number < second.number)
            }
        }!
        return Week(week: week, feature: chosen, lastGiven: lastGiven(chosen.number), given: nil)
    }

    public func feature(_ number: Int) -> Feature? { features.first { $0.number == number } }
}

/// What a coach would point out about a rotation (METHOD.md 3 and 7).
public enum RotationAdvice: Equatable, Sendable {
    /// Four features bring each story round about once a month.
    public static let enoughFeatures = 4

    case fewFeatures(count: Int)
    /// The same feature in two weeks running.
    case featureRepeated(feature: Int, weeks: [MeetingDate])
    /// Two features with the same ask in two weeks running.
    case askRepeated(features: [Int], weeks: [MeetingDate])
    case neverGiven(feature: Int, planned: MeetingDate?)
    /// The ask has a finding of an ask rule (`vague-ask`): the words it found.
    case vagueAsk(feature: Int, text: String)
    case overTime(feature: Int, seconds: Int, target: Int)

    /// A feature's intro, as `week` would give it: its time and what lint says of its ask.
    public struct FeatureCheck: Equatable, Sendable {
        public var seconds: Int
        public var target: Int
        public var isOverTarget: Bool
        /// The words an ask rule found in the ask; nil when it is specific.
        public var vagueAsk: String?

        public init(seconds: Int, target: Int, isOverTarget: Bool, vagueAsk: String?) {
            self.seconds = seconds
            self.target = target
            self.isOverTarget = isOverTarget
            self.vagueAsk = vagueAsk
        }
    }

    /// The advice for a rotation's history and its next weeks, in the order a coach would say it.
    public static func advice(for rotation: Rotation, upcoming: [Rotation.Week], checks: [Int: FeatureCheck]) -> [RotationAdvice] {
        var advice: [RotationAdvice] = []
        if rotation.features.count < enoughFeatures { advice.append(.fewFeatures(count: rotation.features.count)) }
        let calendar = rotation.history.compactMap { given in rotation.feature(given.feature).map { (given.week, $0) } }
            + upcoming.map { ($0.week, $0.feature) }
        let runs = zip(calendar, calendar.dropFirst()).filter { $0.0.adding(weeks: 1) == $1.0 }
        if let run = runs.first(where: { $0.1.number == $1.1.number }), rotation.features.count > 1 {
            advice.append(.featureRepeated(feature: run.0.1.number, weeks: [run.0.0, run.1.0]))
        }
        if let run = runs.first(where: { $0.1.number != $1.1.number && sameWords($0.1.ask, $1.1.ask) }) {
            advice.append(.askRepeated(features: [run.0.1.number, run.1.1.number], weeks: [run.0.0, run.1.0]))
        }
        let given = Set(rotation.history.map(\.feature))
        for feature in rotation.features where !given.contains(feature.number) {
            advice.append(.neverGiven(feature: feature.number, planned: upcoming.first { $0.feature.number == feature.number }?.week))
        }
        for feature in rotation.features {
            if let text = checks[feature.number]?.vagueAsk { advice.append(.vagueAsk(feature: feature.number, text: text)) }
        }
        for feature in rotation.features {
            if let check = checks[feature.number], check.isOverTarget {
                advice.append(.overTime(feature: feature.number, seconds: check.seconds, target: check.target))
            }
        }
        return advice
    }

    /// A stable id, for `plan --json`.
    public var kind: String {
        switch self {
        case .fewFeatures: "few-features"
        case .featureRepeated: "feature-repeated"
        case .askRepeated: "ask-repeated"
        case .neverGiven: "never-given"
        case .vagueAsk: "vague-ask"
        case .overTime: "over-time"
        }
    }

    /// The features it is about.
    public var features: [Int] {
        switch self {
        case .fewFeatures: []
        case .featureRepeated(let feature, _), .neverGiven(let feature, _), .vagueAsk(let feature, _), .overTime(let feature, _, _): [feature]
        case .askRepeated(let features, _): features
        }
    }

    /// The weeks it is about.
    public var weeks: [MeetingDate] {
        switch self {
        case .featureRepeated(_, let weeks), .askRepeated(_, let weeks): weeks
        case .neverGiven(_, let planned): planned.map { [$0] } ?? []
        default: []
        }
    }

    /// The same words, whatever the spacing, case or marks.
    private static func sameWords(_ first: String, _ second: String) -> Bool {
        func words(_ text: String) -> [String] { text.split(whereSeparator: \.isWhitespace).map { WordFolding.plain.folded(String($0)) } }
        return words(first) == words(second)
    }
}
