/// A rule's identity and documentation. Its examples are also its tests: each
/// triggering example must fire the rule and each other example must not.
public struct RuleDescription: Sendable {
    public struct Example: Sendable {
        public var language: Language
        public var text: String
        public var triggers: Bool
    }

    /// Stable id, used in output, config and suppression comments.
    public var id: String
    public var summary: String
    public var defaultSeverity: Severity
    public var examples: [Example]

    public init(id: String, summary: String, defaultSeverity: Severity, triggering: [(Language, String)], nonTriggering: [(Language, String)]) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        examples = triggering.map { Example(language: $0.0, text: $0.1, triggers: true) }
            + nonTriggering.map { Example(language: $0.0, text: $0.1, triggers: false) }
    }
}

/// A check over a pitch. The linter shows it one block (paragraph or list
/// item) at a time, then calls `finish` for findings about the whole pitch.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void)
    mutating func finish(in context: LintContext, report: (Finding) -> Void)
}

extension Rule {
    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {}
    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {}
}

/// Every rule pitchcoach has, in the order `pitchcoach rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        JargonRule.self,
        BlandRule.self,
        NoBenefitRule.self,
        LengthRule.self,
        FillerRule.self,
        OverpromiseRule.self,
        SelfFocusRule.self,
        VagueAskRule.self,
    ]

    public static let ids = all.map { $0.description.id }

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
