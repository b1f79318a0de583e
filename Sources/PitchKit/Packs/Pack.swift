import Foundation

/// A pack: a folder with `pack.toml` that adds languages, word lists and rules.
/// pitchcoach's own languages and rules are packs too (`Resources/packs`).
public struct Pack: Sendable {
    public static let manifestName = "pack.toml"

    public let name: String
    public let version: String
    public let directory: String
    public let isBuiltIn: Bool
    /// What `pack.toml` says it provides, in its order.
    public let languages: [Language]
    public let lists: [String]
    public let rules: [String]
    let manifestPath: String
    /// Where `[provides]` names each kind of thing, for errors.
    private let manifestLines: TOMLLines

    init(directory: String, isBuiltIn: Bool) throws(PitchError) {
        let path = (directory as NSString).appendingPathComponent(Self.manifestName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PitchError("\(path): cannot read this pack's manifest; a pack is a folder with a pack.toml.")
        }
        let reader = try TOMLReader(text: String(decoding: data, as: UTF8.self), path: path)
        try reader.requireOnly(["name", "version", "provides"], in: reader.table)
        guard let name = try reader.string("name"), !name.isEmpty, let version = try reader.string("version") else {
            throw .at(path, line: 1, "a pack needs name = \"...\" and version = \"...\".")
        }
        guard let provides = try reader.table("provides") else {
            throw .at(path, line: 1, "a pack needs a [provides] table: languages, lists or rules.")
        }
        try reader.requireOnly(["languages", "lists", "rules"], in: provides, section: "provides")
        self.name = name
        self.version = version
        self.directory = directory
        self.isBuiltIn = isBuiltIn
        manifestPath = path
        manifestLines = reader.lines
        languages = try (reader.strings("languages", in: provides, section: "provides") ?? []).map(Language.init(rawValue:))
        lists = try reader.strings("lists", in: provides, section: "provides") ?? []
        rules = try reader.strings("rules", in: provides, section: "provides") ?? []
        for code in languages where !Self.isValidCode(code.rawValue) {
            throw .at(path, line: reader.line(of: "languages", in: "provides"), "'\(code)' is not a language code such as \"id\" or \"pt-br\".")
        }
    }

    /// A code users can type: 2 to 8 lowercase letters, then optional `-` parts.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }

    /// The line of `pack.toml` that names `key` in `[provides]`, for errors.
    func line(of key: String) -> Int { manifestLines.line(of: key, inSection: "provides") }

    func file(_ relative: String) -> String {
        (directory as NSString).appendingPathComponent(relative)
    }

    /// The file names in the pack's `folder`, sorted; none when it has no such folder.
    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(folder))) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The text of a file the pack provides under `[provides]` `key`.
    func text(_ relative: String, providedAs key: String) throws(PitchError) -> String {
        let path = file(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .at(manifestPath, line: line(of: key), "pack \(name) provides \(relative), but it is missing or cannot be read.")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
