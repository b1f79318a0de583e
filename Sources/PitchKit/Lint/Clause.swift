/// A clause: the words of a sentence up to a comma, colon or semicolon, or up
/// to a word the caller says ends one (Thai "แนะนำ", Vietnamese "thì", where a
/// clause ends with a word rather than a comma).
enum Clause {
    /// The kind, in a language's `classes` list, of the words that end a clause.
    static let endClass = "clause-end"

    /// The token index where the clause holding `range` ends (exclusive).
    static func end(after range: Range<Int>, in tokens: [Token], gap: (Range<Int>) -> some Collection<UInt8>, endsAt isBreak: (Int) -> Bool = { _ in false }) -> Int {
        let sentence = tokens[range.lowerBound].sentence
        var index = range.upperBound
        while index < tokens.count, tokens[index].sentence == sentence {
            if breaks(gap(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound)) || isBreak(index) { break }
            index += 1
        }
        return index
    }

    /// The token index where the clause holding `range` starts.
    static func start(before range: Range<Int>, in tokens: [Token], gap: (Range<Int>) -> some Collection<UInt8>, startsAfter isBreak: (Int) -> Bool = { _ in false }) -> Int {
        let sentence = tokens[range.lowerBound].sentence
        var index = range.lowerBound
        while index > 0, tokens[index - 1].sentence == sentence {
            if breaks(gap(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound)) || isBreak(index - 1) { break }
            index -= 1
        }
        return index
    }

    /// Whether the text between two words ends a clause: a comma, colon or semicolon in it.
    static func breaks(_ gap: some Collection<UInt8>) -> Bool {
        gap.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }
    }
}
