/// A table of texts from a data file in Resources, such as `[messages]`:
/// every key required, none unknown, each text parsed once as a template.
/// A key may have a `_one` twin, said instead when its number is 1
/// ("1 warning"); languages without plural forms need none.
public struct MessageTable: Sendable {
    static let singularSuffix = "_one"

    private let texts: [String: TemplateText]

    /// The texts of `[section]`, which must have every one of `keys`; `lists`
    /// names the keys of lists the table may also hold, read by the caller.
    /// With `othersAllowed`, any other key is a text too: a language's
    /// `[messages]` also holds what its packs' rules say, checked against them later.
    init(_ section: String, keys: [String], lists: [String] = [], othersAllowed: Bool = false, of reader: TOMLReader) throws(PitchError) {
        guard let table = try reader.table(section) else { throw PitchError("\(reader.path): needs a [\(section)] table.") }
        var keys = keys
        if othersAllowed {
            keys += table.keys.filter { !keys.contains($0) && !$0.hasSuffix(Self.singularSuffix) }.sorted()
        }
        try reader.requireOnly(keys + keys.map { $0 + Self.singularSuffix } + lists, in: table, section: section)
        var texts: [String: TemplateText] = [:]
        for key in keys {
            guard let text = try reader.string(key, in: table, section: section) else {
                throw .at(reader.path, line: reader.line(of: section), "[\(section)] needs '\(key)'.")
            }
            texts[key] = TemplateText(text)
            if let singular = try reader.string(key + Self.singularSuffix, in: table, section: section) {
                texts[key + Self.singularSuffix] = TemplateText(singular)
            }
        }
        self.texts = texts
    }

    /// Whether the table has a text for `key`.
    func contains(_ key: String) -> Bool { texts[key] != nil }

    /// This table with `other`'s texts added; `other` wins where both have a key.
    func adding(_ other: MessageTable) -> MessageTable {
        MessageTable(texts: texts.merging(other.texts) { $1 })
    }

    private init(texts: [String: TemplateText]) {
        self.texts = texts
    }

    /// The text for `key` with its placeholders filled; the key itself if the table lacks it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        texts[key]?.fill(values) ?? key
    }

    /// The text for `key` with its one placeholder `name` filled, without building a dictionary.
    public func text(_ key: String, filling name: String, with value: String) -> String {
        texts[key]?.fill(name, with: value) ?? key
    }

    /// The text about `count` things, `{count}` filled: its `_one` form when there is one thing and the table has it.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let template = count == 1 ? texts[key + Self.singularSuffix] ?? texts[key] : texts[key]
        return template?.fill(values.merging(["count": String(count)]) { given, _ in given }) ?? key
    }
}
