import Foundation
import Synchronization

/// Every language, word list and rule pitchcoach knows: the built-in packs,
/// then the user's, loaded by the same code. A broken pack fails as a whole,
/// with one line naming the file and line.
public struct PackCatalog: Sendable {
    public private(set) var packs: [Pack] = []
    /// In load order; the first is the language of a text no `[detect]` claims.
    public private(set) var languages: [Language] = []
    public private(set) var profiles: [Language: LanguageProfile] = [:]
    /// Every list name any pack provides; a name's position is its `WordListID.index`.
    public private(set) var listNames: [String] = []
    /// Each language's list files, by list index, in load order.
    private var listFiles: [Language: [Int: [String]]] = [:]
    /// A user's pack's list files, checked whole when the pack is added.
    private var filesToCheck: [(language: Language, list: WordListID)] = []
    private let parsedFiles = ParsedListFiles()
    /// In the order `pitchcoach rules` lists them.
    public private(set) var rules: [RuleSpec] = []

    /// pitchcoach's own packs, `Resources/packs/builtin.toml`'s list, read once per process.
    public static func builtIn() throws(PitchError) -> PackCatalog {
        try builtInCatalog.get()
    }

    private static let builtInCatalog = Result { () throws(PitchError) -> PackCatalog in
        let manifest = try BundledResource.path("packs/builtin.toml")
        let reader = try TOMLReader(text: String(decoding: FileManager.default.contents(atPath: manifest) ?? Data(), as: UTF8.self), path: manifest)
        var catalog = PackCatalog()
        for name in try reader.strings("packs") ?? [] {
            try catalog.load(Pack(directory: try BundledResource.path("packs/\(name)"), isBuiltIn: true))
        }
        guard !catalog.languages.isEmpty else { throw PitchError("\(manifest): pitchcoach's own packs provide no language; reinstall pitchcoach.") }
        try catalog.resolve()
        return catalog
    }

    /// This catalog with the packs in `directories` added, in order.
    public func adding(packsAt directories: [String]) throws(PitchError) -> PackCatalog {
        guard !directories.isEmpty else { return self }
        var catalog = self
        for directory in directories {
            try catalog.load(Pack(directory: directory, isBuiltIn: false))
        }
        try catalog.resolve()
        return catalog
    }

    // MARK: Looking things up

    /// A language by code ("th", "th-TH", "th_TH.UTF-8") or English name ("Thai").
    public func language(matching text: String) -> Language? {
        let code = Language(rawValue: text)
        if profiles[code] != nil { return code }
        let primary = Language(rawValue: Language.primaryCode(text))
        if profiles[primary] != nil { return primary }
        return languages.first { profiles[$0]?.name.lowercased() == text.lowercased() }
    }

    /// The language `text` names, or an error that lists the languages there are.
    public func language(named text: String) throws(PitchError) -> Language {
        guard let language = language(matching: text) else {
            throw PitchError("unknown language '\(text)'; known languages are \(codes). A pack can add one (pitchcoach packs init).")
        }
        return language
    }

    /// The loaded language codes, for messages: "en, th, vi".
    public var codes: String { languages.map(\.rawValue).joined(separator: ", ") }

    public var defaultLanguage: Language { languages[0] }

    public var detector: LanguageDetector {
        LanguageDetector(
            candidates: languages.compactMap { language in profiles[language]?.detection.map { (language, $0) } },
            fallback: defaultLanguage
        )
    }

    public func list(named name: String) -> WordListID? {
        listNames.firstIndex(of: name).map { WordListID(name: name, index: $0) }
    }

    /// A list's entries in a language, from every pack's file for it; the files
    /// are read the first time a run needs them, and checked against the rules that read them.
    public func entries(of list: WordListID, in language: Language) throws(PitchError) -> [WordListEntry] {
        let entries = try parsedEntries(of: list, in: language)
        for rule in rules where rule.list == list {
            try Self.check(entries, for: rule)
        }
        if list.name != Lexicon.classesList {
            try Self.checkClasses(entries, known: try wordClasses(in: language))
        }
        return entries
    }

    private func parsedEntries(of list: WordListID, in language: Language) throws(PitchError) -> [WordListEntry] {
        var entries: [WordListEntry] = []
        for path in listFiles[language]?[list.index] ?? [] {
            entries += try parsedFiles.entries(at: path)
        }
        return entries
    }

    public func rule(id: String) -> RuleSpec? {
        rules.first { $0.id == id }
    }

    public var ruleIDs: [String] { rules.map(\.id) }

    /// Whether a rule reads in `language`: it needs no list, or the language has it.
    public func runs(_ rule: RuleSpec, in language: Language) -> Bool {
        guard let list = rule.list else { return true }
        return listFiles[language]?[list.index]?.isEmpty == false
    }

    /// The pack that provides `language`.
    public func pack(providing language: Language) -> Pack? {
        packs.first { $0.languages.contains(language) }
    }

    // MARK: Loading

    private mutating func load(_ pack: Pack) throws(PitchError) {
        if let other = packs.first(where: { $0.name == pack.name }) {
            throw .at(pack.manifestPath, line: 1, "a pack named '\(pack.name)' is already loaded from \(other.directory); give this one another name.")
        }
        for language in pack.languages {
            if let other = self.pack(providing: language) {
                throw .at(pack.manifestPath, line: pack.line(of: "languages"), "language '\(language)' is already provided by pack \(other.name) (\(other.directory)).")
            }
            let relative = "languages/\(language).toml"
            let profile = try LanguageProfile(text: try pack.text(relative, providedAs: "languages"), path: pack.file(relative), language: language)
            // The user's pack is checked whole now; pitchcoach's own are checked by its tests.
            if !pack.isBuiltIn {
                _ = try profile.templates()
                _ = try profile.interview()
                _ = try profile.rotation()
            }
            profiles[language] = profile
            languages.append(language)
        }
        try loadMessageAdditions(pack)
        packs.append(pack)
        try loadLists(pack)
        try loadRules(pack)
    }

    /// A pack's `languages/<code>.toml` for a language another pack provides
    /// may hold only `[messages]`: what the pack's rules say in it.
    private mutating func loadMessageAdditions(_ pack: Pack) throws(PitchError) {
        for file in pack.files(in: "languages") {
            let language = Language(rawValue: (file as NSString).deletingPathExtension)
            let path = pack.file("languages/\(file)")
            guard file.hasSuffix(".toml") else { throw .at(path, line: 1, "a pack's languages/ holds only <code>.toml files.") }
            if pack.languages.contains(language) { continue }
            guard profiles[language] != nil else {
                throw .at(path, line: 1, "language '\(language)' is neither in this pack's [provides] languages nor loaded; known languages are \(codes).")
            }
            let reader = try TOMLReader(text: try pack.text("languages/\(file)", providedAs: "languages"), path: path)
            try reader.requireOnly(["messages"], in: reader.table)
            profiles[language]?.addMessages(try MessageTable("messages", keys: [], othersAllowed: true, of: reader))
        }
    }

    /// `wordlists/<code>/<list>.tsv`: each list the pack provides, for each
    /// language it provides (a missing one is an error) and for any other loaded language.
    private mutating func loadLists(_ pack: Pack) throws(PitchError) {
        for name in pack.lists where !listNames.contains(name) { listNames.append(name) }
        var found: Set<String> = []
        for code in pack.files(in: "wordlists") {
            let language = Language(rawValue: code)
            guard profiles[language] != nil else {
                throw .at(pack.file("wordlists/\(code)"), line: 1, "no loaded pack provides language '\(code)'; known languages are \(codes).")
            }
            for file in pack.files(in: "wordlists/\(code)") {
                let name = (file as NSString).deletingPathExtension
                let path = pack.file("wordlists/\(code)/\(file)")
                guard file.hasSuffix(".tsv"), let list = list(named: name), pack.lists.contains(name) else {
                    throw .at(path, line: 1, "'\(file)' is not a list this pack's [provides] lists names (\(pack.lists.joined(separator: ", "))).")
                }
                listFiles[language, default: [:]][list.index, default: []].append(path)
                // pitchcoach's own lists are checked by its tests; a user's, when the pack is added.
                if !pack.isBuiltIn {
                    _ = try parsedFiles.entries(at: path)
                    filesToCheck.append((language, list))
                }
                found.insert(name)
            }
        }
        for language in pack.languages {
            for name in pack.lists where !FileManager.default.fileExists(atPath: pack.file("wordlists/\(language)/\(name).tsv")) {
                throw .at(pack.manifestPath, line: pack.line(of: "lists"), "pack \(pack.name) provides list '\(name)', but wordlists/\(language)/\(name).tsv is missing.")
            }
        }
        if let missing = pack.lists.first(where: { !found.contains($0) }) {
            throw .at(pack.manifestPath, line: pack.line(of: "lists"), "pack \(pack.name) provides list '\(missing)', but has no wordlists/<code>/\(missing).tsv.")
        }
    }

    private mutating func loadRules(_ pack: Pack) throws(PitchError) {
        for file in pack.files(in: "rules") where !pack.rules.contains((file as NSString).deletingPathExtension) {
            throw .at(pack.file("rules/\(file)"), line: 1, "this rule is not in the pack's [provides] rules (\(pack.rules.joined(separator: ", "))).")
        }
        for id in pack.rules {
            let relative = "rules/\(id).toml"
            let rule = try RuleSpec(toml: try pack.text(relative, providedAs: "rules"), path: pack.file(relative))
            guard rule.id == id else {
                throw .at(rule.path, line: rule.line(of: "id"), "the rule's id '\(rule.id)' should match its file name, \(id).toml.")
            }
            if let other = self.rule(id: id) {
                throw .at(rule.path, line: rule.line(of: "id"), "rule '\(id)' is already defined in \(other.path); rule ids must be unique.")
            }
            rules.append(rule)
        }
    }

    /// Ties rules to the lists and messages they read, once every pack is loaded.
    private mutating func resolve() throws(PitchError) {
        for index in rules.indices {
            let rule = rules[index]
            if let name = rule.listName {
                guard let list = list(named: name) else {
                    throw .at(rule.path, line: rule.line(of: "list"), "no loaded pack provides list '\(name)'; lists are: \(listNames.joined(separator: ", ")).")
                }
                rules[index].list = list
            }
            if let name = rule.sentencesWithName {
                guard let list = list(named: name) else {
                    throw .at(rule.path, line: rule.line(of: "sentences_with"), "no loaded pack provides list '\(name)'; lists are: \(listNames.joined(separator: ", ")).")
                }
                rules[index].sentencesWith = list
            }
            for (role, name) in rule.readsNames {
                guard let list = list(named: name) else {
                    throw .at(rule.path, line: rule.line(of: role), "no loaded pack provides list '\(name)' ([reads] \(role)); lists are: \(listNames.joined(separator: ", ")).")
                }
                rules[index].reads[role] = list
            }
            for language in rule.texts.keys where profiles[language] == nil {
                throw .at(rule.path, line: rule.line(of: language.rawValue), "[\(language)] is not a loaded language; known languages are \(codes).")
            }
            for language in languages where runs(rules[index], in: language) {
                guard let profile = profiles[language] else { continue }
                for key in rule.messageKeys where !profile.hasMessage(key) {
                    throw PitchError("\(profile.path): [messages] needs '\(key)', which rule \(rule.id) says (\(rule.path)).")
                }
            }
        }
        for (language, list) in filesToCheck {
            _ = try entries(of: list, in: language)
        }
        filesToCheck = []
    }


    /// A rule that counts kinds needs a kind on every entry, one it knows; a
    /// rule that shows suggestions needs a suggestion on every entry.
    private static func check(_ entries: [WordListEntry], for rule: RuleSpec) throws(PitchError) {
        let kinds = rule.check.type.kinds
        for entry in entries {
            if let kinds, !(entry.kind.map(kinds.contains) ?? false) {
                throw .at(entry.file, line: entry.line, "rule \(rule.id) reads this list and needs a kind column: \(kinds.sorted().joined(separator: ", ")).")
            }
            if kinds == nil, entry.suggestion == nil {
                throw .at(entry.file, line: entry.line, "rule \(rule.id) reads this list and needs a suggestion column, not a kind.")
            }
        }
    }

    /// Checks the entries of a user's own list file (`[lists]` in config) the way a pack's are.
    /// It serves every language, so a word class it names must exist in one of them.
    func check(_ added: [WordListEntry], of list: WordListID) throws(PitchError) {
        for rule in rules where rule.list == list {
            try Self.check(added, for: rule)
        }
        var known: Set<String> = []
        for language in languages { known.formUnion(try wordClasses(in: language)) }
        try Self.checkClasses(added, known: known)
    }

    /// The kinds of a language's `classes` list: the word classes contexts may name.
    private func wordClasses(in language: Language) throws(PitchError) -> Set<String> {
        guard let list = list(named: Lexicon.classesList) else { return [] }
        return Set(try parsedEntries(of: list, in: language).compactMap(\.kind))
    }

    /// A phrase's or a context's `@class` that no `classes` list defines would silently match nothing.
    private static func checkClasses(_ entries: [WordListEntry], known: Set<String>) throws(PitchError) {
        for entry in entries {
            guard let unknown = (Lexicon.classSlots(in: entry.phrase) + (entry.context?.classNames ?? [])).first(where: { !known.contains($0) }) else { continue }
            let classes = known.isEmpty ? "this language has none" : "known classes are " + known.sorted().map { "@" + $0 }.joined(separator: ", ")
            throw .at(entry.file, line: entry.line, "no word class @\(unknown) in the language's classes list; \(classes).")
        }
    }
}

/// Word-list files parsed once per process, when first needed: an English
/// pitch does not pay for reading the Thai and Vietnamese lists.
final class ParsedListFiles: Sendable {
    private let parsed = Mutex<[String: [WordListEntry]]>([:])

    func entries(at path: String) throws(PitchError) -> [WordListEntry] {
        if let entries = parsed.withLock({ $0[path] }) { return entries }
        let entries = try WordListParser.read(path)
        parsed.withLock { $0[path] = entries }
        return entries
    }
}
