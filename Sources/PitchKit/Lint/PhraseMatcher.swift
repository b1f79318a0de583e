/// Finds many phrases at once in one pass over tokens.
///
/// Phrases are stored as a trie of token keys, so each token costs one hash
/// lookup whatever the number of phrases, and a phrase can only match a whole
/// run of tokens: "best" never fires inside "bestow", and a Thai entry never
/// fires inside a longer Thai word, because ICU made that word one token.
public struct PhraseMatcher: Sendable {
    /// Where a phrase was found: which list (`tag`) and entry, over which tokens.
    public struct Match: Equatable, Sendable {
        public var tag: Int
        public var entry: Int
        public var tokens: Range<Int>
    }

    private struct Node: Sendable {
        var children: [String: Int32] = [:]
        /// (tag, entry) pairs of the phrases that end here.
        var phrases: [(tag: Int, entry: Int)] = []
    }

    private var nodes = [Node()]
    private var tagCount = 0

    public init() {}

    /// Adds a phrase, given as its token keys, under a list tag.
    /// Returns false if the phrase has no tokens, so it could never match.
    @discardableResult
    public mutating func add(_ keys: [String], tag: Int, entry: Int) -> Bool {
        guard !keys.isEmpty else { return false }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[key] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        nodes[node].phrases.append((tag, entry))
        tagCount = max(tagCount, tag + 1)
        return true
    }

    /// For each tag, the leftmost-longest matches, never overlapping within a
    /// tag and never crossing a sentence end.
    public func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var coveredUntil = [Int](repeating: 0, count: tagCount)
        var longest = [Match?](repeating: nil, count: tagCount)
        for start in tokens.indices {
            guard var node = nodes[0].children[tokens[start].key].map(Int.init) else { continue }
            var end = start + 1
            while true {
                for phrase in nodes[node].phrases where start >= coveredUntil[phrase.tag] {
                    longest[phrase.tag] = Match(tag: phrase.tag, entry: phrase.entry, tokens: start..<end)
                }
                guard end < tokens.count, tokens[end].sentence == tokens[start].sentence,
                      let next = nodes[node].children[tokens[end].key]
                else { break }
                node = Int(next)
                end += 1
            }
            for tag in longest.indices {
                if let match = longest[tag] {
                    result.append(match)
                    coveredUntil[tag] = match.tokens.upperBound
                    longest[tag] = nil
                }
            }
        }
        return result
    }
}
