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
    /// The word classes that explain a term on the spot: after it ("IPM, which means…",
    /// "layout, tức là…", "อินเวอร์เตอร์ คือ…") and before it ("what we call reverb", "gọi là ransomware").
    static let explanationClass = "explanation"
    static let namingClass = "naming"

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
        let matches = block.matches(in: list)
        guard !matches.isEmpty else { return }
        let explained = explainedTerms(among: matches, in: block, context)
        let explanations = explanationsOfTerms(in: block)
        for match in matches {
            let sentence = block.tokens[match.tokens.lowerBound].sentence
            if !inSection && !sentencesRead.contains(sentence) { continue }
            if explanations.contains(where: { $0.overlaps(match.tokens) }) { continue }
            if spec.skipsNames, NameRun.contains(match.tokens, in: block.tokens, text: context.document.text) { continue }
            if !explained.isEmpty, explained.contains(term(match.tokens, in: block, context)) { continue }
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
                suggestion: entry.suggestion.map { suggestion($0, in: context.profile) },
                isCatchAll: entry.isCatchAll
            ))
        }
    }

    /// The terms a rule that reads `[reads] explanations` lets pass, case-folded as
    /// written: those explained where they stand once in the block, by an `explanation`
    /// right after them or one word on ("outsource IT, tức là…"), a mark of the language's
    /// `explanation_marks` ("IPM (integrated pest management)", "a combi — a boiler that…"),
    /// or a `naming` right before or one word back ("is called a soffit"). Once explained, a
    /// term is plain for the rest of the block ("RO ให้ RO คือ…").
    private func explainedTerms(among matches: [Lexicon.Match], in block: AnalyzedBlock, _ context: LintContext) -> Set<String> {
        guard let classes = spec.reads["explanations"], spec.reads["explained"] == nil else { return [] }
        let explanations = block.starts(of: classes, kinds: [Self.explanationClass])
        let namings = Set(block.matches(in: classes).filter { $0.entry.kind == Self.namingClass }.map(\.tokens.upperBound))
        let tokens = block.tokens
        let marks = context.profile.explanationMarks.map { Array($0.utf8) }
        func isExplained(_ range: Range<Int>) -> Bool {
            let sentence = tokens[range.lowerBound].sentence
            if namings.contains(range.lowerBound) || (range.lowerBound > 0 && tokens[range.lowerBound - 1].sentence == sentence && namings.contains(range.lowerBound - 1)) {
                return true
            }
            let next = range.upperBound
            guard next < tokens.count, continuesPhrase(at: next) else { return false }
            let gap = context.document.original[tokens[next - 1].range.upperBound..<tokens[next].range.lowerBound]
            return gap.indices.contains { start in marks.contains { gap[start...].starts(with: $0) } } || explanations.contains(next)
                || (next + 1 < tokens.count && continuesPhrase(at: next + 1) && explanations.contains(next + 1))
        }
        // Thai marks a pause with a space, which starts a new sentence; an explanation
        // may follow the pause ("ทำ SEO ให้ คือปรับเว็บไซต์…"), though not a full stop.
        func continuesPhrase(at index: Int) -> Bool {
            tokens[index].sentence == tokens[index - 1].sentence
                || context.document.original[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].allSatisfy { $0 == 0x20 }
        }
        return Set(matches.filter { isExplained($0.tokens) }.map { term($0.tokens, in: block, context) })
    }

    /// The explanations straight after a term of the list `[reads] explained` names ("an
    /// ERV, basically meaning…", "RO ก็คือ…"): the rule lets its own entries pass inside
    /// them, since explaining a term is what the jargon rule asks for. One word on is too
    /// far: in "full service ครับ ก็คือ…" the ก็คือ starts a new statement.
    private func explanationsOfTerms(in block: AnalyzedBlock) -> [Range<Int>] {
        guard let classes = spec.reads["explanations"], let terms = spec.reads["explained"] else { return [] }
        let termEnds = Set(block.matches(in: terms).map(\.tokens.upperBound))
        guard !termEnds.isEmpty else { return [] }
        return block.matches(in: classes)
            .filter { $0.entry.kind == Self.explanationClass && termEnds.contains($0.tokens.lowerBound) }
            .map(\.tokens)
    }

    private func term(_ tokens: Range<Int>, in block: AnalyzedBlock, _ context: LintContext) -> String {
        context.document.text(block.byteRange(tokens)).lowercased()
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
