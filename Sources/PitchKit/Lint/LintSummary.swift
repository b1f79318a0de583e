/// What linting one pitch found, besides its diagnostics.
public struct LintSummary: Codable, Equatable, Sendable {
    public var language: Language
    public var words: Int
    /// Words or syllables, as the language counts its speaking time.
    public var units: Int
    public var seconds: Double
    public var targetSeconds: Double
    public var errors: Int
    public var warnings: Int
    /// Findings per rule id.
    public var counts: [String: Int]

    public var findings: Int { errors + warnings }

    /// The figures `lint --format json` gives for a file after its diagnostics.
    public var figures: Figures { Figures(summary: self) }

    public struct Figures: Encodable, Sendable {
        let summary: LintSummary

        enum CodingKeys: String, CodingKey {
            case words, units, seconds, targetSeconds, errors, warnings
        }

        /// To a tenth: the estimate is no finer.
        public var seconds: Double { summary.seconds.rounded(toPlaces: 1) }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(summary.words, forKey: .words)
            try container.encode(summary.units, forKey: .units)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(summary.targetSeconds, forKey: .targetSeconds)
            try container.encode(summary.errors, forKey: .errors)
            try container.encode(summary.warnings, forKey: .warnings)
        }
    }
}

extension LintSummary {
    /// "English, 95 words, about 41 seconds to say (target 60): 7 warnings",
    /// in the pitch's own language, from its `[messages]`.
    public func line(in profile: LanguageProfile) -> String {
        let size = profile.message(.summarySize, count: words, ["words": String(words), "units": String(units)])
        let spokenSeconds = seconds.wholeSeconds
        return profile.message(.summary, count: spokenSeconds, [
            "language": profile.message(.languageName), "size": size, "seconds": String(spokenSeconds),
            "target": String(targetSeconds.wholeSeconds), "findings": findings(in: profile),
        ])
    }

    /// "1 error, 2 warnings" or "nothing to fix", in the profile's language.
    public func findings(in profile: LanguageProfile) -> String {
        let errorCount = profile.message(.summaryErrors, count: errors)
        let warningCount = profile.message(.summaryWarnings, count: warnings)
        return switch (errors, warnings) {
        case (0, 0): profile.message(.summaryClean)
        case (_, 0): errorCount
        case (0, _): warningCount
        default: profile.message(.summaryBoth, ["errors": errorCount, "warnings": warningCount])
        }
    }
}
