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

    public init(rule: String, range: Range<Int>, message: String, suggestion: String? = nil) {
        self.rule = rule
        self.range = range
        self.message = message
        self.suggestion = suggestion
    }
}

/// One finding as users and tools see it: the single model every output
/// format renders. Lines and columns are 1-based; the end is the last character.
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

    enum CodingKeys: String, CodingKey {
        case rule, severity, line, column, endLine, endColumn, text, message, suggestion
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(endLine, forKey: .endLine)
        try container.encode(endColumn, forKey: .endColumn)
        try container.encode(text, forKey: .text)
        try container.encode(message, forKey: .message)
        // Always present, so readers need not test for the key.
        try container.encode(suggestion, forKey: .suggestion)
    }
}
