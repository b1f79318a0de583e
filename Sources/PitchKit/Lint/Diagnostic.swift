/// How much a finding matters. The linter gives each rule a default; the user's
/// config may change it or turn the rule off.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// What a rule found, by byte range, before positions are worked out.
public struct Finding: Equatable, Sendable {
    public var rule: String
    public var range: Range<Int>
    public var message: String
    public var suggestion: String?
    /// A finding milder than its rule (a long sentence, where the rule's
    /// severity is for running over time); nil for the rule's own.
    public var severity: Severity?
    /// Found by a list entry that names no word (`WordListEntry.isCatchAll`).
    public var isCatchAll: Bool

    public init(rule: String, range: Range<Int>, message: String, suggestion: String? = nil, severity: Severity? = nil, isCatchAll: Bool = false) {
        self.rule = rule
        self.range = range
        self.message = message
        self.suggestion = suggestion
        self.severity = severity
        self.isCatchAll = isCatchAll
    }
}

/// One finding as users and tools see it: the single model every output
/// format renders, and `lint --format json` encodes as it is. Lines and
/// columns are 1-based; the end is the last character.
public struct Diagnostic: Codable, Equatable, Sendable {
    public var rule: String
    public var severity: Severity
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// The words the finding is about, as written.
    public var text: String
    public var message: String
    public var suggestion: String?

}
