import Foundation

/// One client's story as read from the answers, ready to be told.
struct Story: Sendable {
    var client: ReadAnswer
    var before: ReadAnswer
    var did: ReadAnswer
    /// The result, with the number follow-up's answer added to it.
    var result: ReadAnswer
}

/// Builds benefit statements from a story's parts instead of pasting the
/// answers into a sentence: one relative clause per noun, the tense each
/// statement needs, a connecting verb for an answer that names a thing, the
/// result as the outcome, in the speaker's own words. The sentences are the
/// language file's (`[interview.compose]`, `[interview.statements]`).
struct StoryComposer: Sendable {
    /// `[interview.compose]`: how parts join.
    private let joins: MessageTable
    /// `[interview.statements]`: the candidates, benefit first, story first, result first.
    private let statements: [StatementForms]

    /// One candidate's sentences: the form for a result that starts with its
    /// verb (`_predicate`) and a shorter one for when the story, told
    /// shorter, still runs long (`_short`), where the language file has them.
    private struct StatementForms: Sendable {
        var forms: [String: TemplateText]

        func template(predicate: Bool, short: Bool) -> TemplateText {
            let keys = [(predicate, short), (false, short), (predicate, false), (false, false)]
                .map { ($0.0 ? "_predicate" : "") + ($0.1 ? "_short" : "") }
            return keys.lazy.compactMap { forms[$0] }.first!
        }
    }

    static let formSuffixes = ["", "_predicate", "_short", "_predicate_short"]
    private let clauseBreaks: [String]
    /// Where the details of a part start ("on Mondays", "for the whole office"), cut at the last when a statement runs long.
    private let detailBreaks: [String]
    /// Detail breaks that belong to the verb before them ("dealt with the bank"): no cut there.
    private let verbParticles: [String]
    /// Words that make a problem the client's own ("her cleaners…"), told with "whose" and "'s".
    private let possessives: [String]
    /// A statement measured longer than this is told shorter, part by part.
    let longestSeconds: Double
    /// Whether the language's script is spaced from Latin words and digits ("มี WiFi", "วัย 70 ที่"),
    /// and the marks a space follows (Thai ๆ).
    private let spacesScripts: Bool
    private let spaceAfter: Set<Character>
    private let letters: ScriptLetters
    let reader: AnswerReader
    private let grammar: Grammar

    static let joinKeys = ["noun_past", "noun_present", "clause_past", "clause_present", "relative", "relative_and", "then",
                           "with_subject", "clause_result", "noun_result", "they", "add_predicate", "add_clause", "add_noun", "did_noun",
                           "possessive_relative", "possessive_then"]
    static let statementKeys = ["benefit", "story", "result"]

    init(reader toml: TOMLReader, answers: AnswerReader, grammar: Grammar, letters: ScriptLetters) throws(PitchError) {
        // The table's other settings (lists, a number, a flag) are read below.
        let settings = ["clause_breaks", "detail_breaks", "verb_particles", "possessives", "longest_seconds", "space_between_scripts", "space_after"]
        self.letters = letters
        joins = try MessageTable("compose", keys: Self.joinKeys, lists: settings, of: toml)
        guard let composeTable = try toml.table("compose"),
              let breaks = try toml.strings("clause_breaks", in: composeTable, section: "compose"),
              let details = try toml.strings("detail_breaks", in: composeTable, section: "compose"),
              let possessives = try toml.strings("possessives", in: composeTable, section: "compose"),
              let verbParticles = try toml.strings("verb_particles", in: composeTable, section: "compose"),
              let longest = try toml.number("longest_seconds", in: composeTable, section: "compose"),
              let statementTable = try toml.table("statements") else {
            throw PitchError("\(toml.path): needs [interview.compose] clause_breaks, detail_breaks, possessives, verb_particles and longest_seconds, and an [interview.statements] table.")
        }
        try toml.requireOnly(Self.statementKeys.flatMap { key in Self.formSuffixes.map { key + $0 } }, in: statementTable, section: "statements")
        var statements: [StatementForms] = []
        for key in Self.statementKeys {
            guard try toml.string(key, in: statementTable, section: "statements") != nil else {
                throw .at(toml.path, line: toml.line(of: "statements"), "[interview.statements] needs '\(key)'.")
            }
            var forms: [String: TemplateText] = [:]
            for suffix in Self.formSuffixes {
                if let text = try toml.string(key + suffix, in: statementTable, section: "statements") { forms[suffix] = TemplateText(text) }
            }
            statements.append(StatementForms(forms: forms))
        }
        self.statements = statements
        clauseBreaks = breaks
        detailBreaks = details
        self.possessives = possessives.map { $0 + " " }
        self.verbParticles = verbParticles
        spacesScripts = try toml.bool("space_between_scripts", in: composeTable, section: "compose") ?? false
        spaceAfter = Set((try toml.strings("space_after", in: composeTable, section: "compose") ?? []).compactMap(\.first))
        longestSeconds = longest
        self.reader = answers
        self.grammar = grammar
    }

    var count: Int { statements.count }

    /// Reads a story's answers; `number` is the answer to the number follow-up, added to the result.
    func story(who: String, before: String, did: String, after: String, number: String?) -> Story {
        var result = reader.read(after, as: .after)
        if let number, !number.isEmpty, !reader.isNonAnswer(number) {
            let addition = reader.read(number, as: .after)
            if !addition.isEmpty {
                let key = switch addition.shape {
                case .predicate: "add_predicate"
                case .clause: "add_clause"
                case .noun: "add_noun"
                }
                let text = result.isEmpty ? addition.text : joins.text(key, ["result": result.text, "addition": addition.text])
                result = ReadAnswer(text: text, shape: result.isEmpty ? addition.shape : result.shape, subject: result.subject ?? addition.subject)
            }
        }
        return Story(client: reader.read(who, as: .client), before: reader.read(before, as: .before), did: reader.read(did, as: .did), result: result)
    }

    /// The candidate statements, each told shorter where it runs over `longestSeconds` by `measure`.
    func candidates(_ story: Story, speaker: Speaker, measure: (String) -> Double) -> [String] {
        statements.indices.map { statement($0, story, speaker: speaker, measure: measure) }
    }

    /// Candidate `index` (0-based), as `candidates` gives it.
    func statement(_ index: Int, _ story: Story, speaker: Speaker, measure: (String) -> Double) -> String {
        let isPredicate = story.result.shape == .predicate
        let told = told(story, speaker: speaker, within: longestSeconds, measure: measure) {
            statements[index].template(predicate: isPredicate, short: false).fill($0)
        }
        guard measure(told) > longestSeconds else { return told }
        let short = statements[index].template(predicate: isPredicate, short: true)
        return self.told(story, speaker: speaker, within: longestSeconds, measure: measure) { short.fill($0) }
    }

    /// `fill` with the story's values, the story told shorter until `measure` says it fits `seconds`.
    func told(_ story: Story, speaker: Speaker, within seconds: Double, measure: (String) -> Double, _ fill: ([String: String]) -> String) -> String {
        var told = story
        var statement = spaced(fill(values(told, speaker: speaker)))
        // Shorter in steps, each keeping who the client is and the whole result:
        // what was done without its details and to its first clause, the
        // before to its first clause, the client without its own relative
        // clause and cut to the noun it is about, the before and what was
        // done without their (further) details, and last the client's noun alone.
        let steps: [(WritableKeyPath<Story, ReadAnswer>, (String) -> String)] = [
            (\.did, { reader.withoutClientEnding(withoutDetails($0)) }), (\.did, { reader.withoutClientEnding(firstClause($0)) }), (\.before, firstClause), (\.client, reader.withoutRelativeClause),
            (\.client, grammar.core), (\.before, withoutDetails), (\.did, withoutDetails), (\.client, grammar.noun),
        ]
        for (part, shorten) in steps where measure(statement) > seconds {
            told[keyPath: part].text = shorten(told[keyPath: part].text)
            statement = spaced(fill(values(told, speaker: speaker)))
        }
        return statement
    }

    /// A space between the language's script and a Latin word or a digit, and after
    /// a `space_after` mark, where the language file asks for it.
    func spaced(_ text: String) -> String {
        guard spacesScripts else { return text }
        func isOwn(_ character: Character) -> Bool { letters.contains(character) && !character.isNumber }
        func isOther(_ character: Character) -> Bool { character.isNumber || (character.isLetter && !isOwn(character)) }
        var result = ""
        for character in text {
            if let last = result.last, (isOwn(last) && !spaceAfter.contains(last) && isOther(character)) || (isOther(last) && isOwn(character))
                || (spaceAfter.contains(last) && isOwn(character)) {
                result.append(" ")
            }
            result.append(character)
        }
        return result
    }

    /// The values a template fills: the speaker's words and the story's parts in every form a sentence needs.
    func values(_ story: Story, speaker: Speaker) -> [String: String] {
        let one = grammar.one(story.client.text)
        let general = grammar.general(story.client.text)
        let (past, present) = predicates(story.before)
        let relative = reader.hasRelativeClause(story.client.text) ? "relative_and" : "relative"
        let they = story.result.subject ?? joins.text("they")
        let resultClause = switch story.result.shape {
        case .predicate: joins.text("with_subject", ["they": they, "result": story.result.text])
        case .clause: joins.text("clause_result", filling: "result", with: story.result.text)
        case .noun: joins.text("noun_result", filling: "result", with: story.result.text)
        }
        var values = speaker.words
        values["client"] = one
        values["clients"] = general
        values["client_before"] = joins.text(relative, ["client": one, "before": past])
        // Where verbs change with time, the kind of client goes without this one's details ("every time it rained" would clash with now).
        let generalBefore = grammar.knowsVerbs ? withoutDetails(present) : present
        values["clients_before"] = present.isEmpty ? general : joins.text(relative, ["client": general, "before": generalBefore])
        values["client_then"] = joins.text("then", ["client": one, "before": past])
        if story.before.shape == .clause, let owned = possessives.first(where: story.before.text.lowercased().hasPrefix) {
            // "her cleaners never showed up": an office manager whose cleaners…, an office manager's cleaners…
            let rest = String(story.before.text.dropFirst(owned.count))
            values["client_before"] = joins.text("possessive_relative", ["client": one, "before": rest])
            values["client_then"] = joins.text("possessive_then", ["client": one, "before": rest])
        }
        values["did"] = story.did.shape == .noun ? joins.text("did_noun", filling: "did", with: story.did.text) : grammar.past(story.did.text)
        values["result"] = story.result.text
        values["result_base"] = grammar.base(story.result.text)
        values["result_clause"] = resultClause
        values["they"] = they
        return values
    }

    /// The before as a predicate of the client: in the past for the story, now for the kind of client.
    private func predicates(_ before: ReadAnswer) -> (past: String, present: String) {
        switch before.shape {
        case .predicate: (before.text, grammar.present(before.text))
        case .noun: (joins.text("noun_past", filling: "before", with: before.text), joins.text("noun_present", filling: "before", with: before.text))
        case .clause: (joins.text("clause_past", filling: "before", with: before.text), joins.text("clause_present", filling: "before", with: before.text))
        }
    }

    /// The text before its last detail break, if at least three words stay and
    /// the break is not a particle of the verb before it.
    private func withoutDetails(_ text: String) -> String {
        let cuts = detailBreaks.compactMap { text.range(of: $0, options: .backwards) }.filter { range in
            let kept = text[..<range.lowerBound].split(separator: " ")
            let ofVerb = verbParticles.contains(String(text[range])) && kept.last.map { grammar.isVerb(String($0)) } == true
            return kept.count >= 3 && !ofVerb
        }
        guard let cut = cuts.map(\.lowerBound).max() else { return text }
        return String(text[..<cut]).trimmingSpaces()
    }

    /// The text up to its first break (", and", " because ", a Thai space…). A
    /// break where the script changes is no break: "ใน Google Maps", "ภายใน 5 ชั่วโมง".
    private func firstClause(_ text: String) -> String {
        func isLatinOrDigit(_ character: Character?) -> Bool { character.map { $0.isNumber || ($0.isASCII && $0.isLetter) } ?? false }
        let cuts = clauseBreaks.compactMap { text.range(of: $0) }.filter { range in
            range.lowerBound > text.startIndex
                && !(isLatinOrDigit(text[range.upperBound...].first) && !isLatinOrDigit(text[..<range.lowerBound].last))
        }
        guard let cut = cuts.map(\.lowerBound).min() else { return text }
        return String(text[..<cut]).trimmingSpaces()
    }
}
