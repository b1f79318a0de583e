/// What the weekly rotation and the referral card say, per language, from
/// `[rotation.*]` in its language file. Written per language, not translated.
public struct RotationTexts: Sendable {
    /// Keys of `[rotation.labels]`: how a feature and a span of weeks are named.
    public enum Label: String, CaseIterable, Sendable {
        case feature
        case featureTopic = "feature_topic"
        case weeksAgo = "weeks_ago"
    }

    /// Keys of `[rotation.week]`: what `pitchcoach week` says about the week's feature.
    public enum WeekText: String, CaseIterable, Sendable {
        case heading
        case lastGiven = "last_given"
        case neverGiven = "never_given"
        case alreadyGiven = "already_given"
        case recordHint = "record_hint"
    }

    /// Keys of `[rotation.given]`: what `pitchcoach given` and a rehearsal of the week say.
    public enum GivenText: String, CaseIterable, Sendable {
        case recorded, replaced, next
        case unknownFeature = "unknown_feature"
        case offer
    }

    /// Keys of `[rotation.plan]`: the calendar and the coach's advice.
    public enum PlanText: String, CaseIterable, Sendable {
        case title
        case givenHeading = "given_heading"
        case noneGiven = "none_given"
        case upcomingHeading = "upcoming_heading"
        case columnWeek = "column_week"
        case columnFeature = "column_feature"
        case columnTime = "column_time"
        case columnLastGiven = "column_last_given"
        case never
        case seconds
        case adviceHeading = "advice_heading"
        case noAdvice = "no_advice"
        case fewFeatures = "few_features"
        case featureRepeated = "feature_repeated"
        case askRepeated = "ask_repeated"
        case neverGivenPlanned = "never_given_planned"
        case neverGivenUnplanned = "never_given_unplanned"
        case vagueAsk = "vague_ask"
        case overTime = "over_time"
    }

    /// Keys of `[rotation.card]`: the referral card a fellow member keeps.
    public enum CardText: String, CaseIterable, Sendable {
        case title
        case nameOnly = "name_only"
        case refer
        case benefit
        case reach
        case contactSeparator = "contact_separator"
        case noName = "no_name"
        case noAsk = "no_ask"
        case saved
        case sheetSaved = "sheet_saved"
    }

    /// Keys of `[rotation.story]`: what `interview NAME --story` says.
    public enum StoryText: String, CaseIterable, Sendable {
        case noPitch = "no_pitch"
        case welcome
        case review
        case added
        case saveAtEnd = "save_at_end"
    }

    private let labels: MessageTable
    private let weekTexts: MessageTable
    private let givenTexts: MessageTable
    private let planTexts: MessageTable
    private let cardTexts: MessageTable
    private let storyTexts: MessageTable
    /// How members open an ask ("A good referral for me is"), dropped from the card's "who to refer".
    public let askOpeners: [String]
    /// How members close an ask ("If you meet one"), where the card's "who to refer" ends.
    public let askClosers: [String]

    init(reader: TOMLReader) throws(PitchError) {
        try reader.requireOnly(["labels", "week", "given", "plan", "card", "story"], in: reader.table)
        labels = try MessageTable("labels", keys: Label.allCases.map(\.rawValue), of: reader)
        weekTexts = try MessageTable("week", keys: WeekText.allCases.map(\.rawValue), of: reader)
        givenTexts = try MessageTable("given", keys: GivenText.allCases.map(\.rawValue), of: reader)
        planTexts = try MessageTable("plan", keys: PlanText.allCases.map(\.rawValue), of: reader)
        cardTexts = try MessageTable("card", keys: CardText.allCases.map(\.rawValue), lists: ["ask_openers", "ask_closers"], of: reader)
        storyTexts = try MessageTable("story", keys: StoryText.allCases.map(\.rawValue), of: reader)
        let card = try reader.table("card")
        askOpeners = try reader.strings("ask_openers", in: card, section: "card") ?? []
        askClosers = try reader.strings("ask_closers", in: card, section: "card") ?? []
    }

    public func label(_ key: Label, count: Int = 0, _ values: [String: String] = [:]) -> String {
        labels.text(key.rawValue, count: count, values)
    }

    public func week(_ key: WeekText, _ values: [String: String] = [:]) -> String { weekTexts.text(key.rawValue, values) }

    public func given(_ key: GivenText, _ values: [String: String] = [:]) -> String { givenTexts.text(key.rawValue, values) }

    public func plan(_ key: PlanText, count: Int = 0, _ values: [String: String] = [:]) -> String {
        planTexts.text(key.rawValue, count: count, values)
    }

    public func card(_ key: CardText, count: Int = 0, _ values: [String: String] = [:]) -> String {
        cardTexts.text(key.rawValue, count: count, values)
    }

    public func story(_ key: StoryText, _ values: [String: String] = [:]) -> String { storyTexts.text(key.rawValue, values) }

    /// "feature 2" or "feature 2 (tax season)".
    public func name(of feature: Feature) -> String {
        guard let topic = feature.topic else { return label(.feature, ["number": String(feature.number)]) }
        return label(.featureTopic, ["number": String(feature.number), "topic": topic])
    }

    /// What the plan says about one piece of advice, for the pitch `name`.
    public func text(of advice: RotationAdvice, name: String) -> String {
        switch advice {
        case .fewFeatures(let count):
            plan(.fewFeatures, count: count, ["name": name, "enough": String(RotationAdvice.enoughFeatures)])
        case .featureRepeated(let feature, let weeks):
            plan(.featureRepeated, ["feature": String(feature), "first": weeks[0].description, "second": weeks[1].description])
        case .askRepeated(let features, let weeks):
            plan(.askRepeated, [
                "first_feature": String(features[0]), "second_feature": String(features[1]),
                "first": weeks[0].description, "second": weeks[1].description,
            ])
        case .neverGiven(let feature, let planned?):
            plan(.neverGivenPlanned, ["feature": String(feature), "week": planned.description])
        case .neverGiven(let feature, nil):
            plan(.neverGivenUnplanned, ["feature": String(feature)])
        case .vagueAsk(let feature, let text):
            plan(.vagueAsk, ["feature": String(feature), "text": text])
        case .overTime(let feature, let seconds, let target):
            plan(.overTime, ["feature": String(feature), "seconds": String(seconds), "target": String(target)])
        }
    }
}

extension LanguageProfile {
    /// What the rotation and the referral card say (`[rotation.*]`).
    public func rotation() throws(PitchError) -> RotationTexts {
        try RotationTexts(reader: file.laterTables().scoped("rotation"))
    }
}
