/// Flags every entry of one word list, in the parts of the intro the rule
/// reads: Vale's "existence" and "substitution" styles. Everything that makes
/// one list rule differ from another is in its `rules/<id>.toml`.
public struct ListRule: Rule {
    let spec: RuleSpec
    private let list: WordListID
    private let message: String

    /// How far past its last entry a finding runs to its clause's end: Thai may write a whole pitch without a space.
    static let clauseReach = 10
    /// How many statements at the end of a pitch in one paragraph make its ask, cue or no cue.
    static let closingStatements = 3

    public init(spec: RuleSpec) {
        self.spec = spec
        // The catalog resolved both before any rule is made.
        list = spec.list!
        message = spec.messageKey!
    }

    public mutating func check(_ block: AnalyzedBlock, in context: LintContext, report: (Finding) -> Void) {
        let isLastParagraph = spec.readsLastParagraph && block.block.range == context.document.blocks.last?.range
        // A pitch in one paragraph ends with its ask, but its story comes first ("everyone else quoted a week").
        let isWholePitch = isLastParagraph && context.document.blocks.count == 1
        let inSection = (spec.sections.map { $0.contains(block.block.section) } ?? true) || (isLastParagraph && !isWholePitch)
        // Outside its parts, the rule reads only the sentences that have an entry of `sentencesWith`.
        var sentencesRead = inSection ? [] : block.sentences(with: spec.sentencesWith)
        if isWholePitch && !inSection, let ask = block.statements(in: context).suffix(Self.closingStatements).first {
            sentencesRead.formUnion(block.tokens[ask.lowerBound...].map(\.sentence))
        }
        if !inSection && sentencesRead.isEmpty { return }
        var found: [(tokens: Range<Int>, entry: WordListEntry)] = []
        for match in block.matches(in: list) {
            let sentence = block.tokens[match.tokens.lowerBound].sentence
            if !inSection && !sentencesRead.contains(sentence) { continue }
            if spec.skipsNames, NameRun.contains(match.tokens, in: block.tokens, text: context.document.text) { continue }
            if spec.reportsOncePerSentence, let last = found.last, block.tokens[last.tokens.lowerBound].sentence == sentence {
                found[found.count - 1].tokens = last.tokens.lowerBound..<match.tokens.upperBound
                continue
            }
            found.append((match.tokens, match.entry))
        }
        // Words that end a clause without a comma (Vietnamese "thì"), from the list `[reads] clauses` names.
        let clauseBreaks = spec.reportsThroughClause && !found.isEmpty ? block.starts(of: spec.reads["clauses"], kinds: [Clause.endClass]) : []
        for (tokens, entry) in found {
            let clauseEnd = spec.reportsThroughClause
                ? min(tokens.upperBound + Self.clauseReach, Clause.end(after: tokens, in: block.tokens, gap: { context.document.original[$0] }, endsAt: clauseBreaks.contains))
                : tokens.upperBound
            let range = block.byteRange(tokens.lowerBound..<max(tokens.upperBound, clauseEnd))
            report(Finding(
                rule: spec.id,
                range: range,
                message: context.profile.ruleMessage(message, filling: "text", with: context.document.text(range)),
                suggestion: entry.suggestion.map { suggestion($0, in: context.profile) }
            ))
        }
    }

    /// List advice is written as a fragment ("cut it"); shown alone, it reads as a sentence.
    private func suggestion(_ text: String, in profile: LanguageProfile) -> String {
        if let key = spec.suggestionKey {
            return profile.ruleMessage(key, filling: "suggestion", with: text)
        }
        var text = text
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        if let last = text.last, !".!?…\"”)".contains(last) { text += profile.fullStop }
        return text
    }
}
