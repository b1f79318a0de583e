/// An answer as a run of words, for reading it the way a listener would:
/// phrases match whole words (ICU's, so Thai written without spaces splits
/// too), and cutting a word out keeps the rest of the text as typed.
struct Words {
    let text: String
    private let bytes: [UInt8]
    /// Each word's byte range in `text` and its folded form (WordFolding.plain).
    let words: [(range: Range<Int>, folded: String)]

    /// A tokenizer is made for each text: ICU's break iterator is cheap to open and is not Sendable, so none is kept.
    init(_ text: String) {
        let tokenizer = Tokenizer()
        let bytes = Array(text.utf8)
        self.text = text
        self.bytes = bytes
        words = tokenizer.tokens(of: text).filter(\.isWord).map { token in
            // Folded as the word lists fold: "I’m" typed with a curly apostrophe is "i'm".
            (token.range, WordFolding.plain.folded(String(decoding: bytes[token.range], as: UTF8.self)))
        }
    }

    var isEmpty: Bool { words.isEmpty }

    /// How many words from `start` spell `phrase` (already split into words), or nil.
    func match(_ phrase: [String], at start: Int) -> Int? {
        guard !phrase.isEmpty, start + phrase.count <= words.count else { return nil }
        for (offset, word) in phrase.enumerated() where words[start + offset].folded != word { return nil }
        return phrase.count
    }

    /// The longest of `phrases` that starts at word `start`, as its length in words.
    func longestMatch(_ phrases: [[String]], at start: Int) -> Int? {
        phrases.compactMap { match($0, at: start) }.max()
    }

    /// Whether `phrase` occurs anywhere as whole words.
    func contains(_ phrase: [String]) -> Bool {
        words.indices.contains { match(phrase, at: $0) != nil }
    }

    /// The text from word `index` on (everything when `index` is 0, nothing past the end).
    func text(from index: Int) -> String {
        guard index > 0 else { return text }
        guard index < words.count else { return "" }
        return String(decoding: bytes[words[index].range.lowerBound...], as: UTF8.self)
    }

    /// The text before word `index`, without what separated it from that word.
    func text(before index: Int) -> String {
        guard index < words.count else { return text }
        return String(decoding: bytes[..<words[index].range.lowerBound], as: UTF8.self)
    }

    /// The text with the words at `removed` cut out, and the spaces around them closed up.
    func removing(_ removed: Set<Int>) -> String {
        guard !removed.isEmpty else { return text }
        var result: [UInt8] = []
        var position = 0
        for index in removed.sorted() {
            result += bytes[position..<words[index].range.lowerBound]
            position = words[index].range.upperBound
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self).collapsingSpaces()
    }
}

extension String {
    /// One space wherever the text has several, none at either end, and none before a comma or full stop.
    func collapsingSpaces() -> String {
        var result = ""
        var pendingSpace = false
        for character in self {
            if character == " " || character == "\t" || character == "\n" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace && !",.;:!?".contains(character) { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }
}

/// The letters only a language's script uses, from its `[detect]` (Thai's U+0E01–U+0E5B).
struct ScriptLetters: Sendable {
    let ranges: [ClosedRange<UInt32>]

    func contains(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return ranges.contains { $0.contains(value) }
    }
}
