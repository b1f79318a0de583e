@testable import PitchKit

/// One linter for the whole test run: compiling word lists is the slow part.
nonisolated(unsafe) let sharedLinter = try! Linter()

/// Lints `text` as a pitch and returns its diagnostics and summary.
func lint(_ text: String, language: Language? = nil, seconds: Double? = nil, linter: Linter = sharedLinter) throws -> (diagnostics: [Diagnostic], summary: LintSummary) {
    let job = try linter.job(linter.document(Array(text.utf8)), path: "pitch.md", language: language, seconds: seconds)
    var diagnostics: [Diagnostic] = []
    let summary = linter.lint(job) { diagnostics.append($0) }
    return (diagnostics, summary)
}

func ruleIDs(_ text: String, language: Language? = nil) throws -> [String] {
    try lint(text, language: language).diagnostics.map(\.rule)
}

/// The built-in languages, for tests of what each of them does.
extension Language {
    static let english = Language(rawValue: "en")
    static let thai = Language(rawValue: "th")
    static let vietnamese = Language(rawValue: "vi")
    static let builtIn = [english, thai, vietnamese]
}
