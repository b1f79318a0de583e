import Foundation

/// Writes a new pack for a language, copied from one pitchcoach has: its
/// language file and word lists become the starting point for translation,
/// so linting in the new language works the moment the pack is configured.
public enum PackTemplate {
    /// Writes the pack and returns it as loaded.
    public static func create(at directory: String, code: String, name: String, from source: Language, catalog: PackCatalog) throws(PitchError) -> Pack {
        let language = Language(rawValue: code)
        guard Pack.isValidCode(code) else {
            throw PitchError("'\(code)' is not a language code such as \"id\" or \"pt-br\".")
        }
        if let existing = catalog.pack(providing: language) {
            throw PitchError("language '\(code)' is already provided by pack \(existing.name); pick a code no pack uses.")
        }
        guard let profile = catalog.profiles[source], let sourcePack = catalog.pack(providing: source) else {
            throw PitchError("unknown language '\(source)'; known languages are \(catalog.codes).")
        }
        let packName = (directory as NSString).lastPathComponent
        if catalog.packs.contains(where: { $0.name == packName }) {
            throw PitchError("\(directory): a pack named '\(packName)' is already loaded; choose a folder with another name.")
        }
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: directory), !contents.isEmpty {
            throw PitchError("\(directory): this folder is not empty; choose a new one.")
        }
        var files: [(relative: String, text: String)] = []
        files.append((Pack.manifestName, """
            # \(name) for pitchcoach, started from \(profile.name) by `pitchcoach packs init`.
            # Translate languages/\(code).toml and the lists in wordlists/\(code)/, then name this
            # folder in pitchcoach.toml: packs = ["\(directory)"] (relative to that file).
            name = "\(packName)"
            version = "0.1.0"

            [provides]
            languages = ["\(code)"]
            lists = [\(sourcePack.lists.map { "\"\($0)\"" }.joined(separator: ", "))]

            """))
        files.append(("languages/\(code).toml", languageFile(try read(profile.path), name: name, from: profile.name)))
        for list in sourcePack.lists {
            files.append(("wordlists/\(code)/\(list).tsv", try listText(list, of: source, from: sourcePack, catalog: catalog)))
        }
        // The words its script's fragments are rebuilt against come along, where the language file names them.
        if let dictionary = profile.dictionaryPath {
            files.append(("dictionaries/\((dictionary as NSString).lastPathComponent)", try read(dictionary)))
        }
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.relative)
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw PitchError("\(folder): cannot create this folder; check its permissions.")
            }
            try AtomicFile.write(file.text, to: path)
        }
        // What init writes must load: a pack that fails here is pitchcoach's bug, not the user's.
        let loaded = try catalog.adding(packsAt: [directory])
        return loaded.packs[loaded.packs.count - 1]
    }

    /// The source's language file renamed: its first line, its `name` and its `language_name`.
    private static func languageFile(_ text: String, name: String, from source: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if lines.first?.hasPrefix("#") == true {
            lines[0] = "# \(name): copied from \(source) by `pitchcoach packs init`; translate what it says."
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("name = ") {
                lines[index] = "name = \"\(name)\"   # its English name: --lang accepts it as well as the code"
            } else if line.hasPrefix("language_name = ") {
                lines[index] = "language_name = \"\(name)\""
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A list of the source language as linting reads it: the language pack's
    /// file, then what other packs add to it (the trades' jargon), each under
    /// a heading naming the pack, their column headers left out.
    private static func listText(_ list: String, of source: Language, from sourcePack: Pack, catalog: PackCatalog) throws(PitchError) -> String {
        let relative = "wordlists/\(source)/\(list).tsv"
        var text = try read(sourcePack.file(relative))
        for pack in catalog.packs where pack.name != sourcePack.name && pack.lists.contains(list) {
            guard FileManager.default.fileExists(atPath: pack.file(relative)) else { continue }
            let lines = try read(pack.file(relative)).components(separatedBy: "\n").filter { !$0.hasPrefix("phrase\t") }
            if !text.hasSuffix("\n") { text += "\n" }
            text += "\n# --- From pack \(pack.name) ---\n" + lines.joined(separator: "\n")
        }
        return text
    }

    private static func read(_ path: String) throws(PitchError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PitchError("\(path): cannot read this file to copy it.")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
