/// Text with `{key}` placeholders, as the data files in Resources write it.
/// `{Key}` (capitalised) takes the value starting with a capital, for the
/// start of a sentence. Parsed once, filled many times: lint fills one for
/// every finding.
public struct TemplateText: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case value(key: String, capitalised: Bool)
    }

    private let pieces: [Piece]

    public init(_ template: String) {
        var pieces: [Piece] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let name = rest[rest.index(after: open)..<close]
            let key = name.prefix(1).lowercased() + name.dropFirst()
            pieces.append(.value(key: key, capitalised: name.first?.isUppercase == true))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The text with each placeholder filled; a placeholder without a value stays as written.
    public func fill(_ values: [String: String]) -> String {
        fill { values[$0] }
    }

    /// The text with its one placeholder `key` filled, without building a dictionary.
    public func fill(_ key: String, with value: String) -> String {
        fill { $0 == key ? value : nil }
    }

    private func fill(_ value: (String) -> String?) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .value(let key, let capitalised):
                guard let value = value(key) else {
                    result += "{\(capitalised ? key.prefix(1).uppercased() + key.dropFirst() : key)}"
                    continue
                }
                result += capitalised ? value.prefix(1).uppercased() + value.dropFirst() : value
            }
        }
        return result
    }

    public static func fill(_ template: String, _ values: [String: String]) -> String {
        TemplateText(template).fill(values)
    }
}
