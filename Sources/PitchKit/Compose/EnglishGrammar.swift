import Foundation
import TOMLKit

/// English verb and noun forms. The rules are English's (past in -ed, plural
/// in -s); the exceptions are tables in the language file: irregular verbs,
/// verbs that keep a silent e, irregular plurals, determiners and adverbs.
struct EnglishGrammar: Grammar {
    /// Past form → base form ("had" → "have", "were" → "be").
    private let baseOfPast: [String: String]
    /// Base form → past form ("have" → "had").
    private let pastOfBase: [String: String]
    /// Third person → base ("has" → "have").
    private let baseOfThird: [String: String]
    private let silentE: Set<String>
    private let plurals: [String: String]
    private let pluralForms: Set<String>
    /// Negatives in the past → now ("couldn't" → "can't").
    private let presentOfNegative: [String: String]
    private let determiners: Set<String>
    private let adverbs: Set<String>
    private let modals: Set<String>
    private let presentVerbs: Set<String>
    private let headEnds: Set<String>
    private let anPrefixes: [String]
    private let aPrefixes: [String]

    init(reader: TOMLReader, table: TOMLTable) throws(PitchError) {
        let keys = ["strategy", "irregular_verbs", "silent_e_verbs", "irregular_plurals", "negatives", "determiners",
                    "adverbs", "modals", "present_verbs", "head_ends", "an_prefixes", "a_prefixes"]
        try reader.requireOnly(keys, in: table, section: "grammar")
        func list(_ key: String) throws(PitchError) -> [String] {
            guard let list = try reader.strings(key, in: table, section: "grammar") else {
                throw .at(reader.path, line: reader.line(of: "grammar"), "[interview.grammar] needs '\(key)'.")
            }
            return list.map { $0.lowercased() }
        }
        /// "base past..." lines, each with at least two words.
        func pairs(_ key: String) throws(PitchError) -> [[String]] {
            let lines = try list(key).map { $0.split(separator: " ").map(String.init) }
            if let bad = lines.first(where: { $0.count < 2 }) {
                throw .at(reader.path, line: reader.line(of: key, in: "grammar"), "each entry of '\(key)' needs two forms, not “\(bad.joined(separator: " "))”.")
            }
            return lines
        }
        var baseOfPast: [String: String] = [:], pastOfBase: [String: String] = [:], baseOfThird: [String: String] = [:]
        for forms in try pairs("irregular_verbs") {
            // "be is was were": base, third person, then the past forms.
            let base = forms[0]
            let pasts = forms.count > 2 ? Array(forms.dropFirst(2)) : [forms[1]]
            if forms.count > 2 { baseOfThird[forms[1]] = base }
            for past in pasts { baseOfPast[past] = base }
            pastOfBase[base] = pastOfBase[base] ?? pasts[0]
        }
        self.baseOfPast = baseOfPast
        self.pastOfBase = pastOfBase
        self.baseOfThird = baseOfThird
        silentE = Set(try list("silent_e_verbs"))
        let pluralPairs = try pairs("irregular_plurals")
        plurals = Dictionary(pluralPairs.map { ($0[0], $0[1]) }) { first, _ in first }
        pluralForms = Set(pluralPairs.map { $0[1] })
        presentOfNegative = Dictionary(try pairs("negatives").map { ($0[1], $0[0]) }) { first, _ in first }
        determiners = Set(try list("determiners"))
        adverbs = Set(try list("adverbs"))
        modals = Set(try list("modals"))
        presentVerbs = Set(try list("present_verbs"))
        headEnds = Set(try list("head_ends"))
        anPrefixes = try list("an_prefixes")
        aPrefixes = try list("a_prefixes")
    }

    // MARK: Verbs

    var knowsVerbs: Bool { true }

    func isVerb(_ word: String) -> Bool {
        let word = word.lowercased()
        return baseOfPast[word] != nil || presentVerbs.contains(word) || baseOfThird[word] != nil || presentOfNegative[word] != nil
            || (word.count > 4 && word.hasSuffix("ed"))
    }

    private func isPast(_ word: String) -> Bool {
        baseOfPast[word] != nil || presentOfNegative[word] != nil || (word.count > 3 && word.hasSuffix("ed") && pastOfBase[word] == nil)
    }

    /// "cleaned" → "clean", "saved" → "save", "stopped" → "stop", "worried" → "worry".
    private func baseOfRegular(_ word: String) -> String {
        if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        let stem = String(word.dropLast(2))
        if silentE.contains(stem + "e") { return stem + "e" }
        if let last = stem.last, stem.count >= 3, stem.dropLast().last == last, !"lsfz".contains(last) { return String(stem.dropLast()) }
        return stem
    }

    /// "sorts" → "sort", "fixes" → "fix", "tidies" → "tidy"; a base stays as it is.
    private func baseOfPresent(_ word: String) -> String {
        if let base = baseOfThird[word] { return base }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    private func regularPast(_ base: String) -> String {
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) { return String(base.dropLast()) + "ied" }
        return base + "ed"
    }

    func present(_ predicate: String) -> String {
        changingVerbs(predicate) { word in
            if let now = presentOfNegative[word] { return now }
            guard isPast(word) else { return nil }
            let base = baseOfPast[word] ?? baseOfRegular(word)
            return base == "be" ? "are" : base
        }
    }

    func base(_ predicate: String) -> String {
        changingVerbs(predicate) { word in
            if modals.contains(word) { return "" }
            // "didn't lose" → help them "not lose".
            if presentOfNegative[word] != nil { return "not" }
            if isPast(word) { return baseOfPast[word] ?? baseOfRegular(word) }
            let base = baseOfPresent(word)
            return base == word ? nil : base
        }
    }

    func past(_ predicate: String) -> String {
        changingVerbs(predicate, afterAnd: false) { word in
            guard !isPast(word) else { return nil }
            let base = baseOfPresent(word)
            return pastOfBase[base] ?? regularPast(base)
        }
    }

    /// Applies `change` to the first verb of the predicate (after any adverbs),
    /// and to the first word after each "and", where a second verb usually stands.
    private func changingVerbs(_ predicate: String, afterAnd: Bool = true, _ change: (String) -> String?) -> String {
        var words = predicate.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var targets: [Int] = []
        if let first = words.firstIndex(where: { !adverbs.contains($0.lowercased()) }) { targets.append(first) }
        if afterAnd {
            for index in words.indices.dropLast() where words[index].lowercased() == "and" {
                let next = index + 1
                if isVerb(bare(words[next]).lowercased()) { targets.append(next) }
            }
        }
        for index in targets {
            let word = bare(words[index])
            let trailing = words[index].dropFirst(word.count)
            guard let changed = change(word.lowercased()) else { continue }
            words[index] = changed.isEmpty ? "" : changed + trailing
        }
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func bare(_ word: String) -> String {
        String(word.prefix { $0.isLetter || $0 == "'" || $0 == "’" })
    }

    // MARK: Nouns

    func one(_ client: String) -> String {
        guard let first = client.split(separator: " ").first.map(String.init) else { return client }
        let lower = first.lowercased()
        if determiners.contains(lower) || first.first?.isNumber == true || first.first?.isUppercase == true { return client }
        if isPlural(headIndex(of: client.split(separator: " ").map(String.init)), in: client) { return client }
        return article(for: lower) + " " + client
    }

    func general(_ client: String) -> String {
        // What follows a comma is a note about this one client ("law firm, 5 people").
        let description = client.split(separator: ",", maxSplits: 1).first.map(String.init) ?? client
        var words = description.split(separator: " ").map(String.init)
        while let first = words.first, words.count > 1, determiners.contains(first.lowercased()) || first.first?.isNumber == true {
            words.removeFirst()
        }
        let head = headIndex(of: words)
        let noun = bare(words[head]).lowercased()
        guard !noun.isEmpty, !isPlural(head, in: words.joined(separator: " ")) else { return words.joined(separator: " ") }
        let trailing = words[head].dropFirst(bare(words[head]).count)
        words[head] = plural(of: noun) + trailing
        return words.joined(separator: " ")
    }

    func core(_ client: String) -> String {
        let words = client.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return client }
        // "owner of a flower shop" stays whole: without "of a flower shop" it says nothing.
        guard headIndex(of: words) + 1 < words.count, bare(words[headIndex(of: words) + 1]).lowercased() != "of" else { return client }
        return noun(client)
    }

    func noun(_ client: String) -> String {
        let words = client.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return client }
        return words[...headIndex(of: words)].joined(separator: " ").trimmingCharacters(in: [","])
    }

    /// The noun a description is about: the last word before "who", "with", "in"...
    private func headIndex(of words: [String]) -> Int {
        let end = words.indices.dropFirst().first { headEnds.contains(bare(words[$0]).lowercased()) || words[$0 - 1].hasSuffix(",") }
        guard let end else { return max(words.count - 1, 0) }
        return end - 1
    }

    private func isPlural(_ head: Int, in client: String) -> Bool {
        let words = client.split(separator: " ").map(String.init)
        guard words.indices.contains(head) else { return false }
        let noun = bare(words[head]).lowercased()
        return pluralForms.contains(noun) || (noun.hasSuffix("s") && !noun.hasSuffix("ss") && plurals[noun] == nil)
    }

    private func plural(of noun: String) -> String {
        if let plural = plurals[noun] { return plural }
        if ["s", "x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return String(noun.dropLast()) + "ies" }
        return noun + "s"
    }

    private func article(for word: String) -> String {
        if anPrefixes.contains(where: word.hasPrefix) { return "an" }
        if aPrefixes.contains(where: word.hasPrefix) { return "a" }
        return "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
}
