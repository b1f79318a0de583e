extension Linter {
    /// Lints a draft's text the way `pitchcoach lint` would, for the summary
    /// stored with each version. Throws what `lint` would refuse (empty text,
    /// a bad `lang:` or pitchcoach comment).
    public func summary(ofDraft text: String, name: String, language: Language? = nil, seconds: Double? = nil) throws(PitchError) -> LintSummary {
        let bytes = try SourceFile.validate(Array(text.utf8), name: name)
        let job = try job(document(bytes), path: name, language: language, seconds: seconds)
        return lint(job) { _ in }
    }
}
