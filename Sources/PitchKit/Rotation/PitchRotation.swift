import Foundation

/// A saved pitch with its features and the weeks it was given: what `week`,
/// `given` and `plan` start from. Feature 1 is always the pitch's latest text,
/// so an edit shows in next week's intro; the others are stored, or, until
/// the first is stored, the other client stories of its last interview.
public struct PitchRotation {
    public let name: String
    public let version: DraftVersion
    public let rotation: Rotation
    /// Features that came from the interview and are not stored yet: a write stores them first.
    public let derived: [Feature]
    private let document: PitchDocument
    private let linter: Linter

    public var features: [Feature] { rotation.features }

    /// The rotation of the pitch whose latest version is `version`.
    public init(latest version: DraftVersion, store: DraftStore, linter: Linter) throws(PitchError) {
        let name = version.pitchName
        self.name = name
        self.version = version
        self.linter = linter
        document = linter.document(Array(version.text.utf8))
        let stored = try store.storedFeatures(of: name)
        derived = stored.isEmpty ? try Self.interviewFeatures(of: name, store: store, linter: linter) : []
        let features = [Feature(number: 1, document: document)] + (stored.isEmpty ? derived : stored)
        rotation = Rotation(features: features, history: try store.givenIntros(of: name))
    }

    /// The client stories of the pitch's last finished interview, other than
    /// the one that leads its text, numbered from 2. None when the interview's
    /// language is no longer loaded: its questions cannot be replayed.
    private static func interviewFeatures(of name: String, store: DraftStore, linter: Linter) throws(PitchError) -> [Feature] {
        var last: InterviewSession?
        for session in try store.sessions(for: name) where session.finished != nil {
            if try store.storySession(session.id!) == nil {
                last = session
                break
            }
        }
        guard let last, linter.catalog.profiles[last.language] != nil else { return [] }
        // A replay that fails is said, not taken for "no stories": features stored from an empty list would stay short.
        let interview = try StoredInterview(resuming: last, targetSeconds: TargetTime.standard, linter: linter, store: store).interview
        let lead = interview.answers[.lead].flatMap(Int.init) ?? 1
        var features: [Feature] = []
        for client in 1...interview.clientCount where client != lead {
            var other = interview
            other.record(.lead, String(client))
            features.append(Feature(number: features.count + 2, document: linter.document(Array(other.draft.utf8))))
        }
        return features
    }

    /// The intro of a week that gives `feature`: the pitch with the feature's
    /// benefit, story and ask, timed as `export` times it.
    public func intro(featuring feature: Feature, language: Language?, seconds: Double?) throws(PitchError) -> FeaturedIntro {
        let headings = linter.catalog.profiles[version.summary.language]?.sectionNames ?? [:]
        let text = PitchParts.text(of: document, featuring: feature, headings: headings)
        let path = "\(name)@\(version.number)"
        let job = try linter.job(linter.document(Array(text.utf8)), path: path, language: language, seconds: seconds)
        let profile = linter.profile(job.language)
        let assembler = IntroAssembler(profile: profile, templates: try profile.templates())
        return FeaturedIntro(feature: feature, path: path, job: job, assembler: assembler, intro: try assembler.assemble(job))
    }

    /// Each feature's intro checked for the plan's advice: its time and its ask.
    public func checks(language: Language?, seconds: Double?) throws(PitchError) -> [Int: RotationAdvice.FeatureCheck] {
        let askRules = Set(linter.catalog.rules.filter { $0.sections == [.ask] }.map(\.id))
        var checks: [Int: RotationAdvice.FeatureCheck] = [:]
        for feature in features {
            let featured = try intro(featuring: feature, language: language, seconds: seconds)
            var vague: String?
            _ = linter.lint(featured.job) { if vague == nil, askRules.contains($0.rule) { vague = $0.text } }
            let intro = featured.intro
            checks[feature.number] = .init(
                seconds: intro.totalSeconds.wholeSeconds, target: intro.targetSeconds.wholeSeconds,
                isOverTarget: intro.isOverTarget, vagueAsk: vague
            )
        }
        return checks
    }
}

/// A week's intro: the feature it gives, assembled and timed.
public struct FeaturedIntro {
    public let feature: Feature
    /// How messages name it: NAME@N of the version it comes from.
    public let path: String
    public let job: LintJob
    public let assembler: IntroAssembler
    public let intro: Intro
}
