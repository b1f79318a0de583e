/// A language's word lists, compiled into one phrase matcher.
public struct Lexicon: Sendable {
    /// A word-list entry found in the text.
    public struct Match: Equatable, Sendable {
        public var list: WordListID
        public var entry: WordListEntry
        /// Token indices within the block.
        public var tokens: Range<Int>
    }

    public let language: Language
    /// How its entries and the text's words are folded to meet.
    public let folding: WordFolding
    /// Whether its entries are matched without their marks, for a text typed without them.
    public let foldsMarks: Bool
    /// The lists, by `WordListID.index`: the hot path indexes, it does not hash.
    private let lists: [WordListID]
    private let entriesByTag: [[WordListEntry]]
    private let matcher: PhraseMatcher
    /// Each entry's context, compiled, by tag and entry: nil for most.
    private let contextsByTag: [[CompiledContext?]]
    /// Accepted phrases get this tag: what they cover is never flagged.
    private let acceptedTag: Int
    /// The tags of the language's `everyday` lists: a match of another list
    /// that lies within one of theirs is not reported ("GPS" is no acronym to
    /// decode), one that holds more is ("IT consult").
    private let everydayTags: Set<Int>
    /// For each list with a catch-all ("@acronym", "@latin"), the folded words of its
    /// other entries: the catch-all never finds words its own list names, so that
    /// entry's context decides for them ("BAS" where everyone lodges one).
    private let listedByTag: [Set<String>]

    /// The list whose entries are word classes, by kind, for contexts' `@name`.
    public static let classesList = "classes"
    /// The list of words everybody in a chapter knows ("TV", "GPS", "อีเมล", "Zalo"): no rule flags them.
    public static let everydayList = "everyday"

    /// Compiles `lists` (every pack's entries plus the user's, in `WordListID.index`
    /// order) and the user's accepted phrases.
    /// With `foldingMarks`, entries are matched without their marks, for a
    /// text typed without them ("khach hang" finds "khách hàng").
    public init(language: Language, folding: WordFolding, lists: [(id: WordListID, entries: [WordListEntry])], accepted: [String] = [], tokenizer: Tokenizer, foldingMarks: Bool = false) {
        self.language = language
        self.folding = folding
        foldsMarks = foldingMarks
        self.lists = lists.map(\.id)
        entriesByTag = lists.map(\.entries)
        acceptedTag = lists.count
        everydayTags = Set(lists.indices.filter { lists[$0].id.name == Self.everydayList })
        let classEntries = lists.first(where: { $0.id.name == Self.classesList })?.entries ?? []
        var classPhrases: [String: [String]] = [:]
        for entry in classEntries {
            guard let kind = entry.kind else { continue }
            // Without their marks, number words spell everyday words ("lăm" and "làm", "sáu" and "sau").
            if foldingMarks && kind == EntryContext.numberClass { continue }
            classPhrases[kind, default: []].append(entry.phrase)
        }
        var matcher = PhraseMatcher(folding: folding)
        // A one-word member of a class meets its `@class` in the matcher; a longer
        // one ("high quality") is spelled out in each phrase that names the class.
        var longMembers: [String: [String]] = [:]
        for (kind, phrases) in classPhrases {
            let members = phrases.map { foldingMarks ? Marks.folded($0) : $0 }.map { ($0, Self.words($0, tokenizer)) }
            // A number is a run of number words, however many ("twenty-two"), so each of its words is one.
            if kind == EntryContext.numberClass {
                matcher.addClass(PhraseMatcher.anyNumber, members: members.flatMap(\.1))
                continue
            }
            matcher.addClass("@" + kind, members: members.filter { $0.1.count == 1 }.map { $0.1[0] })
            longMembers[kind] = members.filter { $0.1.count > 1 }.map(\.0)
        }
        let hasCatchAll = lists.map { $0.entries.contains(where: \.isCatchAll) }
        var listed = [Set<String>](repeating: [], count: lists.count)
        func add(_ phrase: String, tag: Int, entry index: Int) {
            let words = Self.words(foldingMarks ? Marks.folded(phrase) : phrase, tokenizer)
            // Without its marks a short syllable has too many meanings ("ờ", "ở" and "ô" are all "o"),
            // too many to report; a word class only reads the words around a finding ("thì").
            if foldingMarks, lists[tag].id.name != Self.classesList, words.count == 1, words[0].count <= 3, words[0] != phrase { return }
            matcher.add(words, tag: tag, entry: index)
            if hasCatchAll[tag], !phrase.contains("@") { listed[tag].insert(words.map(folding.folded).joined(separator: " ")) }
            // "health check" also finds "healthcheck" (a hyphen already splits into words).
            if (2...3).contains(words.count), words.allSatisfy({ $0.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) } }) {
                matcher.add([words.joined()], tag: tag, entry: index)
            }
        }
        for (tag, list) in lists.enumerated() {
            for (index, entry) in list.entries.enumerated() {
                if foldingMarks, entry.context?.excludesUnmarked == true { continue }
                for phrase in Self.expanded(entry.phrase, classes: longMembers) {
                    add(phrase, tag: tag, entry: index)
                }
            }
        }
        listedByTag = listed
        let classes = classPhrases.mapValues { Set($0.map { folding.folded(foldingMarks ? Marks.folded($0) : $0) }) }
        contextsByTag = lists.map { list in
            list.entries.map { entry in
                let isAcronym = Self.isAcronym(entry.phrase), isGerund = Self.endsInGerund(entry.phrase)
                guard entry.context != nil || isAcronym || isGerund else { return nil }
                return CompiledContext(
                    entry.context, classes: classes, capitalsOnly: isAcronym, gerundOnly: isGerund, folding: folding, foldingMarks: foldingMarks
                )
            }
        }
        for (index, phrase) in accepted.enumerated() {
            matcher.add(Self.words(phrase, tokenizer), tag: acceptedTag, entry: index)
        }
        self.matcher = matcher
    }

    /// The word classes a phrase names ("praise" and "offer" in "@praise @offer"), not
    /// counting built-in placeholders such as `@number`.
    static func classSlots(in phrase: String) -> [String] {
        guard phrase.utf8.contains(UInt8(ascii: "@")) else { return [] }
        return phrase.split(separator: " ").filter { $0.hasPrefix("@") && !PhraseMatcher.placeholders.contains(String($0)) }.map { String($0.dropFirst()) }
    }

    /// A phrase as the matcher takes it, and once more with each `@class` word
    /// replaced by each of `longMembers`, the members of that class longer than a
    /// word: "@praise service" stays for "reliable service" and becomes "high
    /// quality service". Other placeholders (`@number`) stay for the matcher.
    static func expanded(_ phrase: String, classes longMembers: [String: [String]]) -> [String] {
        guard phrase.utf8.contains(UInt8(ascii: "@")),
              let slot = phrase.split(separator: " ").first(where: { $0.hasPrefix("@") && !(longMembers[String($0.dropFirst())] ?? []).isEmpty }),
              let range = phrase.range(of: slot) else { return [phrase] }
        return [phrase] + longMembers[String(slot.dropFirst())]!.flatMap { member in
            expanded(phrase.replacingCharacters(in: range, with: member), classes: longMembers)
        }
    }

    /// Whether a phrase ends in an English "-ing" noun ("branding", "cupping"): it
    /// shares its stem with a plainer word ("brand", "cup") that it must not find.
    static func endsInGerund(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last, last.count >= 5 else { return false }
        return last.hasSuffix("ing") && last.allSatisfy { $0.isASCII && $0.isLowercase || $0 == "-" }
    }

    /// "LAN", "ROI", "SEO": an entry in capitals is an acronym, and finds only a
    /// word in capitals ("Lan" is a name; "roi" is Vietnamese "rồi" typed without marks).
    static func isAcronym(_ phrase: String) -> Bool {
        phrase.count >= 2 && phrase.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == " " || $0 == "&") }
            && phrase.contains(where: \.isUppercase)
    }

    /// The words of a phrase, as written, that the matcher must find in a row.
    /// A placeholder (`@number`, `@acronym`) or a class (`@praise`) is one word of its own.
    public static func words(_ phrase: String, _ tokenizer: Tokenizer) -> [String] {
        if phrase.utf8.contains(UInt8(ascii: "@")) {
            return phrase.split(separator: " ").flatMap { $0.hasPrefix("@") ? [String($0)] : words(String($0), tokenizer) }
        }
        if let words = plainWords(phrase) { return words }
        let utf8 = Array(phrase.utf8)
        return tokenizer.tokens(of: phrase).map { String(decoding: utf8[$0.range], as: UTF8.self) }
    }

    /// The words of a phrase of plain ASCII letters, split at spaces and hyphens
    /// as ICU splits them, without asking ICU: start-up compiles thousands of
    /// entries. Nil for anything else (an apostrophe at a word's edge, "&", "/",
    /// any other script), which ICU splits.
    static func plainWords(_ phrase: String) -> [String]? {
        var words: [String] = []
        for piece in phrase.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) {
            let isLetter = { (byte: UInt8) in (0x61...0x7A).contains(byte | 0x20) }
            guard let first = piece.first, let last = piece.last, isLetter(first), isLetter(last),
                  piece.allSatisfy({ isLetter($0) || $0 == UInt8(ascii: "'") }) else { return nil }
            words.append(String(decoding: piece, as: UTF8.self))
        }
        return words.isEmpty ? nil : words
    }

    /// Matches in a short text, for checks outside the linter.
    public func matches(in text: String, tokenizer: Tokenizer) -> [Match] {
        var copy = text
        return copy.withUTF8 { utf8 in
            matchesByList(in: tokenizer.tokens(of: utf8, in: 0..<utf8.count), of: utf8).flatMap { $0 }
        }
    }

    /// Matches in a block's tokens, minus those overlapping an accepted
    /// phrase or within an everyday word, one array per list (`WordListID.index` order), so each rule
    /// reads only its own list.
    public func matchesByList(in tokens: [Token], of text: UnsafeBufferPointer<UInt8>) -> [[Match]] {
        var result = [[Match]](repeating: [], count: lists.count)
        var scratch: [UInt8] = []
        // An entry counts where its context allows; an everyday acronym covers only a word
        // in capitals ("AI", not Vietnamese "ai").
        let all = matcher.matches(in: tokens, of: text) { match in
            guard match.tag < contextsByTag.count else { return true }
            if !listedByTag[match.tag].isEmpty, entriesByTag[match.tag][match.entry].isCatchAll {
                let words = tokens[match.tokens].map { token in
                    let count = folding.fold(text[token.range], into: &scratch)
                    return String(decoding: scratch[..<count], as: UTF8.self)
                }
                if listedByTag[match.tag].contains(words.joined(separator: " ")) { return false }
            }
            guard let context = contextsByTag[match.tag][match.entry] else { return true }
            return context.allows(match.tokens, in: tokens, of: text, scratch: &scratch)
        }
        let accepted = all.filter { $0.tag == acceptedTag }.map(\.tokens)
        let everyday = all.filter { everydayTags.contains($0.tag) }.map(\.tokens)
        for match in all where match.tag != acceptedTag && !everydayTags.contains(match.tag) {
            if accepted.contains(where: { $0.overlaps(match.tokens) }) || everyday.contains(where: { $0.lowerBound <= match.tokens.lowerBound && match.tokens.upperBound <= $0.upperBound }) { continue }
            result[match.tag].append(Match(list: lists[match.tag], entry: entriesByTag[match.tag][match.entry], tokens: match.tokens))
        }
        return result
    }
}

/// An entry's context with its words folded and its classes filled in; an
/// acronym's rule that only a word in capitals is it, and an "-ing" noun's that
/// only a verb form is it ("cupping" finds "cupped", never "a cup of coffee").
struct CompiledContext: Sendable {
    private struct Condition: Sendable {
        var neighbour: EntryContext.Neighbour
        var required: Bool
        var words: Set<String>
        var includesEdge: Bool
        var includesNumber: Bool
        var includesLatin: Bool
    }

    private let conditions: [Condition]
    private let excludedWhenFollowedBy: Int?
    /// Whether it reads the rest of the entry's clause, and the words before it there: most contexts read neither.
    private let readsClauseAfter: Bool
    private let readsClauseBefore: Bool
    /// Words that end a clause as a comma does: the `clause-end` class ("แนะนำ", "thì").
    private let clauseBreaks: Set<String>
    private let excludesNames: Bool
    private let capitalsOnly: Bool
    private let gerundOnly: Bool
    private let folding: WordFolding

    /// With `foldingMarks`, its words are compared without their marks, as a text typed without them is.
    init(_ context: EntryContext?, classes: [String: Set<String>], capitalsOnly: Bool, gerundOnly: Bool, folding: WordFolding, foldingMarks: Bool) {
        conditions = (context?.conditions ?? []).map { condition in
            Condition(
                neighbour: condition.neighbour, required: condition.required,
                words: Set(condition.words.map { folding.folded(foldingMarks ? Marks.folded($0) : $0) })
                    .union((condition.classes + (condition.includesNumber ? [EntryContext.numberClass] : [])).flatMap { classes[$0] ?? [] }),
                includesEdge: condition.includesEdge, includesNumber: condition.includesNumber, includesLatin: condition.includesLatin
            )
        }
        excludedWhenFollowedBy = context?.excludedWhenFollowedBy
        readsClauseAfter = excludedWhenFollowedBy != nil || conditions.contains { $0.neighbour == .later }
        readsClauseBefore = conditions.contains { $0.neighbour == .earlier }
        clauseBreaks = classes[Clause.endClass] ?? []
        excludesNames = context?.excludesNames ?? false
        self.capitalsOnly = capitalsOnly
        self.gerundOnly = gerundOnly
        self.folding = folding
    }

    /// Whether the entry found at `range` counts, given its neighbours in its sentence.
    func allows(_ range: Range<Int>, in tokens: [Token], of text: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Bool {
        // Any word the matcher takes for an acronym keeps it: "KPIs", "SMBs", "TpHCM".
        if capitalsOnly, tokens[range].contains(where: { token in
            text[token.range].contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } && !PhraseMatcher.isAcronym(text[token.range])
        }) {
            return false
        }
        if gerundOnly, !Self.isVerbForm(text[tokens[range.upperBound - 1].range]) { return false }
        let sentence = tokens[range.lowerBound].sentence
        let previous = range.lowerBound > 0 && tokens[range.lowerBound - 1].sentence == sentence ? range.lowerBound - 1 : nil
        let next = range.upperBound < tokens.count && tokens[range.upperBound].sentence == sentence ? range.upperBound : nil
        let rest = readsClauseAfter ? range.upperBound..<clauseEnd(after: range, in: tokens, of: text, scratch: &scratch) : range.upperBound..<range.upperBound
        let before = readsClauseBefore ? clauseStart(before: range, in: tokens, of: text, scratch: &scratch)..<range.lowerBound : range.lowerBound..<range.lowerBound
        if let excludedWhenFollowedBy, rest.count >= excludedWhenFollowedBy { return false }
        func isListed(_ index: Int, _ condition: Condition) -> Bool {
            if condition.includesNumber, tokens[index].kind == .number { return true }
            if condition.includesLatin, String(decoding: text[tokens[index].range], as: UTF8.self).unicodeScalars.allSatisfy(LanguageDetector.isLatinLetter) {
                return true
            }
            let count = folding.fold(text[tokens[index].range], into: &scratch)
            return condition.words.contains(String(decoding: scratch[..<count], as: UTF8.self))
        }
        for condition in conditions {
            let listed: Bool
            switch condition.neighbour {
            case .next: listed = next.map { isListed($0, condition) } ?? condition.includesEdge
            case .previous: listed = previous.map { isListed($0, condition) } ?? condition.includesEdge
            case .earlier: listed = before.contains { isListed($0, condition) }
            case .later: listed = rest.contains { isListed($0, condition) }
            }
            if listed != condition.required { return false }
        }
        return !(excludesNames && NameRun.contains(range, in: tokens) { String(decoding: text[$0], as: UTF8.self) })
    }
}

extension CompiledContext {
    /// "-ing", "-ings" or "-ed", in any case: the forms an "-ing" noun's stem meets.
    static func isVerbForm(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let ending = String(decoding: word.suffix(4), as: UTF8.self).lowercased()
        return ending.hasSuffix("ing") || ending.hasSuffix("ings") || ending.hasSuffix("ed")
    }

    /// The end of the clause the entry at `range` is in, where a `clause-end`
    /// word ends one too ("ใครมีปัญหาเรื่องฟัน | แนะนำมาได้เลยนะคะ", "Ai có nhu cầu | thì liên hệ em").
    func clauseEnd(after range: Range<Int>, in tokens: [Token], of text: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Int {
        Clause.end(after: range, in: tokens, gap: { text[$0] }) { isClauseBreak($0, in: tokens, of: text, scratch: &scratch) }
    }

    /// The start of the clause the entry at `range` is in, read the same way backwards.
    func clauseStart(before range: Range<Int>, in tokens: [Token], of text: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Int {
        Clause.start(before: range, in: tokens, gap: { text[$0] }) { isClauseBreak($0, in: tokens, of: text, scratch: &scratch) }
    }

    private func isClauseBreak(_ index: Int, in tokens: [Token], of text: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Bool {
        guard !clauseBreaks.isEmpty else { return false }
        let count = folding.fold(text[tokens[index].range], into: &scratch)
        return clauseBreaks.contains(String(decoding: scratch[..<count], as: UTF8.self))
    }
}

/// Business and product names ("Premier Smiles Dental", "Điện Lạnh Uy Tín")
/// are not claims: a run of capitalised words in one sentence, with nothing
/// but spaces (or "&") between them, so a list ("CRM, ERP") is no name.
enum NameRun {
    /// Whether the words at `range` start with a capital and a capitalised word
    /// stands right before or after them in their sentence. A neighbour that
    /// grammar capitalises says nothing of a name: the sentence's first word
    /// ("Our ISO-certified team") and "I" with its contractions ("I'm NPTC-qualified").
    static func contains(_ range: Range<Int>, in tokens: [Token], text: (Range<Int>) -> String) -> Bool {
        let sentence = tokens[range.lowerBound].sentence
        func isCapitalised(_ index: Int) -> Bool {
            guard tokens.indices.contains(index), tokens[index].isWord, tokens[index].sentence == sentence else { return false }
            return text(tokens[index].range).unicodeScalars.first?.properties.isUppercase ?? false
        }
        // A code with digits ("R410A", "N95") is capitalised as a model is, not as a name.
        func isNameNeighbour(_ index: Int) -> Bool {
            guard isCapitalised(index) else { return false }
            if index == 0 || tokens[index - 1].sentence != sentence { return false }
            let word = text(tokens[index].range)
            return !isCapitalisedByGrammar(word) && !word.contains(where: \.isNumber)
        }
        func joined(_ left: Int, _ right: Int) -> Bool {
            text(tokens[left].range.upperBound..<tokens[right].range.lowerBound).allSatisfy { $0 == " " || $0 == "&" }
        }
        return isCapitalised(range.lowerBound)
            && ((isNameNeighbour(range.lowerBound - 1) && joined(range.lowerBound - 1, range.lowerBound))
                || (isNameNeighbour(range.upperBound) && joined(range.upperBound - 1, range.upperBound)))
    }

    /// "I", and a word whose apostrophe leads to small letters only ("I'm", "We're", "It's").
    private static func isCapitalisedByGrammar(_ word: String) -> Bool {
        if word == "I" { return true }
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        let ending = word[word.index(after: apostrophe)...]
        return !ending.isEmpty && ending.allSatisfy(\.isLowercase) && word[..<apostrophe].dropFirst().allSatisfy(\.isLowercase)
    }
}
