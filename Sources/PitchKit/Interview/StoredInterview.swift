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

    /// The step recorded for a `:back`; its answer is the step reopened.
    static let backMarker = ":back"

    /// Starts a new session for `pitchName`.
    public init(starting pitchName: String, language: Language, targetSeconds: Double, linter: Linter, store: DraftStore) throws(PitchError) {
        let interview = try Interview(language: language, targetSeconds: targetSeconds, linter: linter)
        self.interview = interview
        self.pitchName = try DraftName.validated(pitchName)
        self.store = store
        session = try store.startSession(InterviewSession(pitchName: self.pitchName, language: language))
    }

    /// Resumes a stored session by replaying its answers in order.
    public init(resuming session: InterviewSession, targetSeconds: Double, linter: Linter, store: DraftStore) throws(PitchError) {
        var interview = try Interview(language: session.language, targetSeconds: targetSeconds, linter: linter)
        for answer in try store.answers(in: session.id!) {
            if answer.step == Self.backMarker {
                if let step = InterviewStep(key: answer.answer) { interview.reopen(step) }
            } else if let step = InterviewStep(key: answer.step) {
                interview.record(step, answer.answer)
            }
        }
        self.interview = interview
        pitchName = session.pitchName
        self.store = store
        self.session = session
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
        if step == .review { saved = try saveDraft(of: candidate) }
        _ = try store.record(answer: text.trimmingSpaces(), step: step.key, in: session.id!)
        interview = candidate
        if interview.isFinished { try markFinished() }
        return (outcome, saved)
    }

    /// Stores an answer the interview never asks for (a phone number from an
    /// answers file), unless it is stored already.
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

    // MARK: Drafts

    /// Saves the intro so far as a new version (source: interview).
    @discardableResult
    public func saveDraft() throws(PitchError) -> SaveOutcome {
        try saveDraft(of: interview)
    }

    /// Completes a session that stopped between saving its draft and being
    /// marked finished (saving again is harmless: identical text is not saved twice).
    public func finishResumed() throws(PitchError) -> SaveOutcome {
        let saved = try saveDraft(of: interview)
        try markFinished()
        return saved
    }

    private func markFinished() throws(PitchError) {
        session.finished = Date()
        session.updated = Date()
        try store.update(session)
    }

    private func saveDraft(of interview: Interview) throws(PitchError) -> SaveOutcome {
        let (_, summary) = interview.lintDraft()
        return try store.save(name: pitchName, text: interview.draft, source: .interview, summary: summary)
    }

    /// The latest saved version of this draft, for `:diff` and `:history`.
    public func savedVersions() throws(PitchError) -> [DraftVersionInfo] {
        try store.versions(of: pitchName) ?? []
    }

    public func latestSavedText() throws(PitchError) -> String? {
        try store.version(of: pitchName)?.text
    }
}
