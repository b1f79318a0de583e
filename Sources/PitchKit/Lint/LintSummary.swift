/// What linting one pitch found, besides its diagnostics.
public struct LintSummary: Codable, Equatable, Sendable {
    public var language: Language
    public var words: Int
    /// Words (English) or syllables (Thai, Vietnamese): what the time is counted in.
    public var units: Int
    public var seconds: Double
    public var targetSeconds: Double
    public var errors: Int
    public var warnings: Int
    /// Findings per rule id.
    public var counts: [String: Int]

    public var findings: Int { errors + warnings }
}

extension LintSummary {
    /// "English, 95 words, about 41 seconds to say (target 60): 7 warnings",
    /// in the pitch's own language, from its `[messages]`.
    public func line(in profile: LanguageProfile) -> String {
        let size = profile.message("summary_size", count: words, ["words": String(words), "units": String(units)])
        let errorCount = profile.message("summary_errors", count: errors)
        let warningCount = profile.message("summary_warnings", count: warnings)
        let findings = switch (errors, warnings) {
        case (0, 0): profile.message("summary_clean")
        case (_, 0): errorCount
        case (0, _): warningCount
        default: profile.message("summary_both", ["errors": errorCount, "warnings": warningCount])
        }
        let spokenSeconds = Int(seconds.rounded())
        return profile.message("summary", count: spokenSeconds, [
            "language": profile.message("language_name"), "size": size, "seconds": String(spokenSeconds),
            "target": String(Int(targetSeconds)), "findings": findings,
        ])
    }
}
