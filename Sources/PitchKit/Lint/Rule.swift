/// A check over a pitch, made from its `RuleSpec`. The linter shows it one
/// block (paragraph or list item) at a time, then calls `finish` for findings
/// about the whole pitch.
public protocol Rule: Sendable {
    /// The kinds its list's entries may have (the list's `kind` column); nil
    /// when it shows the list's suggestions instead.
    static var kinds: Set<String>? { get }
    init(spec: RuleSpec)
    mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void)
    mutating func finish(in context: LintContext, report: (Finding) -> Void)
}

extension Rule {
    public static var kinds: Set<String>? { nil }
    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {}
    public mutating func finish(in context: LintContext, report: (Finding) -> Void) {}
}

/// The code a rule's `check = "..."` names. Most rules are `list`: data only.
public enum RuleCheck: String, CaseIterable, Sendable {
    case list
    case length
    case noBenefit = "no-benefit"
    case selfFocus = "self-focus"

    public var type: any Rule.Type {
        switch self {
        case .list: ListRule.self
        case .length: LengthRule.self
        case .noBenefit: NoBenefitRule.self
        case .selfFocus: SelfFocusRule.self
        }
    }

    /// Whether the rule cannot work without a word list.
    var readsList: Bool { self != .length }

    static let names = allCases.map(\.rawValue).joined(separator: ", ")
}
