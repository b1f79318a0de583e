import Foundation

/// An interview bound to its stored session: every accepted answer is written
/// to the store before the next question is asked, so Ctrl-C, a crash or a
/// closed terminal loses nothing, and a later run replays the answers to
/// continue at the first unanswered question.
public final class StoredInterview {
    public private(set) var interview: Interview
    public let pitchName: String
    private let store: DraftStore
    private var session: InterviewSession
    /// Set for `interview NAME --story`: the review adds a feature instead of saving a version.
    public private(set) var story: StorySession?
    /// The feature a story session added, once its review was answered yes.
    public private(set) var addedFeature: Feature?
    private let linter: Linter

    /// The step recorded for a `:back`; its answer is the step reopened.
    static let backMarker = ":back"
    /// The step recorded for a sentence shortened in the trimming step; its answer is the cut as JSON.
    static let cutMarker = ":cut"

    /// Starts a new session for `pitchName`.
    public init(starting pitchName: String, language: Language, targetSeconds: Double, linter: Linter, store: DraftStore) throws(PitchError) {
        let interview = try Interview(language: language, targetSeconds: targetSeconds, linter: linter)
        self.interview = interview
        self.pitchName = try DraftName.validated(pitchName)
        self.store = store
        self.linter = linter
        session = try store.startSession(InterviewSession(pitchName: self.pitchName, language: language))
    }

    /// Starts a session that adds one client story to a saved pitch as a new
    /// feature: the pitch's name and business are kept, and only the story,
    /// statement and ask questions are asked.
    public init(addingStoryTo pitchName: String, topic: String?, language: Language, targetSeconds: Double, linter: Linter, store: DraftStore) throws(PitchError) {
        let pitchName = try DraftName.validated(pitchName)
        guard let version = try store.version(of: pitchName) else {
            throw PitchError(try linter.profile(language).rotation().story(.noPitch, ["name": pitchName]))
        }
        interview = try Interview(language: language, targetSeconds: targetSeconds, linter: linter)
        self.pitchName = pitchName
        self.store = store
        self.linter = linter
        session = try store.startStorySession(InterviewSession(pitchName: pitchName, language: language), topic: topic)
        story = try store.storySession(session.id!)
        let frontMatter = linter.document(Array(version.text.utf8)).frontMatter
        // The pitch's own contact details stay as they are, like its name.
        let kept: [(InterviewStep, String)] = [
            (.name, frontMatter["name"] ?? ""), (.business, frontMatter["business"] ?? ""), (.idealClient, ""),
            (.moreClients(1), interview.script.no), (.hook, ""),
        ] + InterviewStep.contacts.map { ($0, frontMatter[$0.key] ?? "") }
        for (step, answer) in kept {
            _ = try store.record(answer: answer, step: step.key, in: session.id!)
            interview.record(step, answer)
        }
    }

    /// Resumes a stored session by replaying its answers in order.
    public init(resuming session: InterviewSession, targetSeconds: Double, linter: Linter, store: DraftStore) throws(PitchError) {
        var interview = try Interview(language: session.language, targetSeconds: targetSeconds, linter: linter)
        for answer in try store.answers(in: session.id!) {
            if answer.step == Self.backMarker {
                if let step = InterviewStep(key: answer.answer) { interview.reopen(step) }
            } else if answer.step == Self.cutMarker {
                guard let cut = try? JSONDecoder().decode(Interview.Cut.self, from: Data(answer.answer.utf8)) else {
                    throw PitchError("the interview \(session.pitchName) has a trimmed sentence this version cannot read; start it again with 'pitchcoach interview \(session.pitchName)'.")
                }
                interview.apply(cut)
            } else if let step = InterviewStep(key: answer.step) {
                interview.record(step, answer.answer)
            }
        }
        self.interview = interview
        pitchName = session.pitchName
        self.store = store
        self.linter = linter
        self.session = session
        story = try store.storySession(session.id!)
    }

    /// The newest unfinished session for a draft name, if any.
    public static func unfinishedSession(for pitchName: String, in store: DraftStore) throws(PitchError) -> InterviewSession? {
        try store.sessions(for: pitchName).first { $0.finished == nil }
    }

    /// Whether a resumed session had already reached its end (it stopped
    /// between saving the draft and marking the session finished).
    public var needsFinishing: Bool { interview.isFinished && session.finished == nil }

    // MARK: Answers

    /// Checks and stores an answer. Answering the review with yes saves the
    /// intro as a new draft version first, so a crash cannot record a "yes"
    /// without its draft.
    public func submit(_ text: String) throws(PitchError) -> (outcome: Interview.Outcome, saved: SaveOutcome?) {
        guard let step = interview.current else { return (.rejected(interview.script.message(.goodbye)), nil) }
        var candidate = interview
        let outcome = candidate.submit(text)
        guard case .accepted = outcome else { return (outcome, nil) }
        var saved: SaveOutcome?
        if step == .review {
            if story != nil { addedFeature = try addFeature(of: candidate) } else { saved = try saveDraft(of: candidate) }
        }
        // Stored as the interview took it (Enter on the statement is the statement kept), so a resume replays the same.
        _ = try store.record(answer: candidate.answers[step] ?? text.trimmingSpaces(), step: step.key, in: session.id!)
        interview = candidate
        if interview.isFinished { try markFinished() }
        return (outcome, saved)
    }

    /// Stores an answer before its question comes (the persona an answers file
    /// gives, which English never asks), unless it is stored already.
    public func provide(_ step: InterviewStep, _ text: String) throws(PitchError) {
        let answer = text.trimmingSpaces()
        guard interview.answers[step] != answer else { return }
        _ = try store.record(answer: answer, step: step.key, in: session.id!)
        interview.record(step, answer)
    }

    /// Skips an optional question; returns why not for a required one.
    public func skip() throws(PitchError) -> String? {
        guard let step = interview.current else { return nil }
        var candidate = interview
        if let refusal = candidate.skip() { return refusal }
        _ = try store.record(answer: "", step: step.key, in: session.id!)
        interview = candidate
        return nil
    }

    /// Goes back one question; nil at the first.
    public func back() throws(PitchError) -> InterviewStep? {
        var candidate = interview
        guard let reopened = candidate.back() else { return nil }
        _ = try store.record(answer: reopened.key, step: Self.backMarker, in: session.id!)
        interview = candidate
        return reopened
    }

    /// Stores a sentence shortened (or cut, when `replacement` is empty) to fit the target.
    public func apply(_ cut: Interview.Cut) throws(PitchError) {
        // Encoding two strings cannot fail.
        let json = String(decoding: try! JSONEncoder().encode(cut), as: UTF8.self)
        _ = try store.record(answer: json, step: Self.cutMarker, in: session.id!)
        interview.apply(cut)
    }

    // MARK: Drafts

    /// Saves the intro so far as a new version (source: interview).
    @discardableResult
    public func saveDraft() throws(PitchError) -> SaveOutcome {
        try saveDraft(of: interview)
    }

    /// Completes a session that stopped between saving its draft and being
    /// marked finished (saving again is harmless: identical text is not saved twice).
    /// Nil for a story session: there is no version to save.
    public func finishResumed() throws(PitchError) -> SaveOutcome? {
        // A story session added its feature before its "yes" was recorded.
        let saved = story == nil ? try saveDraft(of: interview) : nil
        try markFinished()
        return saved
    }

    private func markFinished() throws(PitchError) {
        session.finished = Date()
        session.updated = Date()
        try store.update(session)
    }

    /// What the rotation says in the interview's language.
    public func rotationTexts() throws(PitchError) -> RotationTexts {
        try linter.profile(interview.language).rotation()
    }

    /// The question to show now: a story session's review asks to add the feature.
    public var prompt: Interview.Prompt? {
        guard var prompt = interview.prompt else { return nil }
        if story != nil, prompt.step == .review, let texts = try? rotationTexts() {
            prompt.question = texts.story(.review, ["name": pitchName])
        }
        return prompt
    }

    /// Adds the session's client story to the pitch as its next feature.
    private func addFeature(of interview: Interview) throws(PitchError) -> Feature {
        var feature = Feature(number: 0, document: linter.document(Array(interview.draft.utf8)))
        feature.topic = story?.topic
        guard let latest = try store.version(of: pitchName) else { throw PitchError("the draft '\(pitchName)' was deleted; its story cannot be added.") }
        let derived = try PitchRotation(latest: latest, store: store, linter: linter).derived
        return try store.addFeature(feature, to: pitchName, derived: derived)
    }

    private func saveDraft(of interview: Interview) throws(PitchError) -> SaveOutcome {
        let (_, summary) = interview.lintDraft()
        return try store.save(name: pitchName, text: interview.draft, source: .interview, summary: summary)
    }

    /// The latest saved version of this draft, for `:diff` and `:history`.
    public func savedVersions() throws(PitchError) -> [DraftVersionInfo] {
        try store.versions(of: pitchName) ?? []
    }

    public func latestSavedVersion() throws(PitchError) -> DraftVersion? {
        try store.version(of: pitchName)
    }
}
