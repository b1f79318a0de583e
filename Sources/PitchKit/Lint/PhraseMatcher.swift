/// Finds many phrases at once in one pass over tokens.
///
/// Every word of every phrase is interned in a vocabulary, and phrases are a
/// trie of word ids. Each token of the text is folded once and looked up once,
/// whatever the number of phrases; most tokens are in no phrase and stop there.
/// A phrase only matches a whole run of tokens: "best" never fires inside
/// "bestow", and a Thai entry never fires inside a longer Thai word, because
/// ICU made that word one token.
public struct PhraseMatcher: Sendable {
    /// Where a phrase was found: which list (`tag`) and entry, over which tokens.
    public struct Match: Equatable, Sendable {
        public var tag: Int
        public var entry: Int
        public var tokens: Range<Int>
    }

    // The trie, in flat arrays so the hot loop copies and retains nothing:
    // a node's children by word id (dense at the root, hashed below it), and
    // the phrases ending at a node as a linked list.
    private var vocabulary = Vocabulary()
    private var rootChildren: [Int32] = []
    private var edges: [UInt64: Int32] = [:]
    private var nodeCount = 1
    private var firstPhrase: [Int32] = [-1]
    private var phraseNext: [Int32] = []
    private var phraseTag: [Int] = []
    private var phraseEntry: [Int] = []
    private var tagCount = 0
    /// How the phrases' words and the text's words are folded before they meet.
    private let folding: WordFolding
    /// Each phrase word as written, by id: thousands of entries share their
    /// words ("your", "the", "service"), and folding one costs more than this lookup.
    private var idsOfWritten: [String: Int32] = [:]
    /// Word classes a phrase names as one of its words ("@praise @offer"): by
    /// word id, whether the word is in a class, and the class words it stands in for.
    private var isClassMember: [Bool] = []
    private var slotsOfMember: [Int32: [Int32]] = [:]

    public init(folding: WordFolding = .plain) {
        self.folding = folding
    }

    /// Adds a phrase, given as its words, under a list tag. Returns false if
    /// the phrase has no words, so it could never match.
    @discardableResult
    public mutating func add(_ words: [String], tag: Int, entry: Int) -> Bool {
        guard !words.isEmpty else { return false }
        var node: Int32 = 0
        for word in words {
            let id = id(ofWritten: word)
            if let next = child(of: node, id) {
                node = next
                continue
            }
            let next = Int32(nodeCount)
            nodeCount += 1
            firstPhrase.append(-1)
            if node == 0 {
                if rootChildren.count <= Int(id) { rootChildren += Array(repeating: -1, count: Int(id) + 1 - rootChildren.count) }
                rootChildren[Int(id)] = next
            } else {
                edges[Self.edge(node, id)] = next
            }
            node = next
        }
        // Of two phrases with the same words in one list the first added is the
        // one that counts: a list's own entry before another language's (a Thai
        // "100%" whose context refuses it is not then met by the English one).
        var other = firstPhrase[Int(node)]
        while other >= 0 {
            if phraseTag[Int(other)] == tag { return true }
            other = phraseNext[Int(other)]
        }
        phraseNext.append(firstPhrase[Int(node)])
        phraseTag.append(tag)
        phraseEntry.append(entry)
        firstPhrase[Int(node)] = Int32(phraseTag.count - 1)
        tagCount = max(tagCount, tag + 1)
        return true
    }

    /// Lets `slot` ("@praise") in a phrase stand for any one of `members`, each a
    /// single word as written ("reliable", "caring"), without a phrase per member.
    public mutating func addClass(_ slot: String, members: [String]) {
        let slotID = id(ofWritten: slot)
        for member in members {
            let memberID = id(ofWritten: member)
            if isClassMember.count <= Int(memberID) { isClassMember += Array(repeating: false, count: Int(memberID) + 1 - isClassMember.count) }
            isClassMember[Int(memberID)] = true
            slotsOfMember[memberID, default: []].append(slotID)
        }
    }

    private mutating func id(ofWritten word: String) -> Int32 {
        let id = idsOfWritten[word] ?? vocabulary.intern(folding.folded(word))
        idsOfWritten[word] = id
        return id
    }

    /// The class words a word stands in for, if it is in any class.
    private func slots(of id: Int32) -> [Int32]? {
        guard id >= 0, Int(id) < isClassMember.count, isClassMember[Int(id)] else { return nil }
        return slotsOfMember[id]
    }

    private func child(of node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            guard Int(id) < rootChildren.count, rootChildren[Int(id)] >= 0 else { return nil }
            return rootChildren[Int(id)]
        }
        return edges[Self.edge(node, id)]
    }

    private static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    /// The word that stands for any number in a phrase: "over @number years", "@number năm kinh nghiệm".
    /// A number is digits, or a run of the words of the `number` class ("twenty-two", "hai mươi").
    public static let anyNumber = "@number"
    /// The word that stands for any one word inside a phrase, never at its
    /// start: "all your @word needs" ("all your printing needs").
    public static let anyWord = "@word"
    /// The word that stands for any capitalised word that is no acronym, never
    /// at a phrase's start: a name, as in "anh @capitalised" ("anh Hùng", a client in a story).
    public static let anyCapitalised = "@capitalised"
    /// The word that stands for a word of three or more small Latin letters
    /// that is no part of an address ("gmail.com", "@bellwedding"): in a Thai
    /// pitch, English mixed in ("failover", "color grading") that no list explains.
    public static let anyLatinWord = "@latin"
    /// The words that stand for a kind of word rather than for one.
    public static let placeholders = [anyNumber, anyAcronym, anyWord, anyCapitalised, anyLatinWord]
    /// The word that stands for any acronym: a word of 2 to 6 capitals or digits
    /// that starts with a letter and has at least two ("ECU", "MPPT", "B2B", "KPIs"),
    /// or a capital first and more capitals than small letters ("NVMe", "PoE", "LiDAR").
    public static let anyAcronym = "@acronym"

    /// For each tag, the leftmost-longest matches in `tokens` of `text`, never
    /// overlapping within a tag and never crossing a sentence end. A number
    /// in the text meets a phrase's `@number` as well as its own digits, an
    /// acronym its `@acronym`, any word its `@word`, a capitalised word its
    /// `@capitalised`, and a word of small Latin letters its `@latin`. A phrase
    /// that `allows` refuses where it stands is passed over for a shorter one
    /// from the same word, and still keeps its words from the phrases after it.
    public func matches(
        in tokens: [Token], of text: UnsafeBufferPointer<UInt8>, allows: (Match) -> Bool = { _ in true }
    ) -> [Match] {
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        var scratch = [UInt8](repeating: 0, count: 64)
        for token in tokens {
            let count = folding.fold(text[token.range], into: &scratch)
            ids.append(vocabulary.id(ofFolded: scratch, count: count))
        }
        let numberID = vocabulary.id(ofFolded: Array(Self.anyNumber.utf8), count: Self.anyNumber.utf8.count)
        let acronymID = vocabulary.id(ofFolded: Array(Self.anyAcronym.utf8), count: Self.anyAcronym.utf8.count)
        let latinID = vocabulary.id(ofFolded: Array(Self.anyLatinWord.utf8), count: Self.anyLatinWord.utf8.count)
        // ICU calls "OBD2" a number; its letters make it an acronym.
        let alternatives = tokens.map { token -> Int32 in
            if acronymID >= 0, Self.isAcronym(text[token.range]) { return acronymID }
            if token.kind == .number { return numberID }
            return latinID >= 0 && Self.isLatinWord(token.range, in: text) ? latinID : -1
        }
        // A number spelled out is a run of number words ("twenty-two", "hai mươi", "สิบห้า"),
        // and the run meets one `@number`, ending at any of its words ("năm" is five and year).
        let isNumberWord = tokens.indices.map { numberID >= 0 && (alternatives[$0] == numberID || slots(of: ids[$0])?.contains(numberID) == true) }
        func pushNumberRun(from node: Int32, at index: Int) {
            guard isNumberWord[index], let next = child(of: node, numberID) else { return }
            var end = index + 1
            repeat {
                paths.append((next, end))
                end += 1
            } while end <= tokens.count && isNumberWord[end - 1] && joinsNumber(end - 2, end - 1)
        }
        func joinsNumber(_ left: Int, _ right: Int) -> Bool {
            tokens[left].sentence == tokens[right].sentence
                && text[tokens[left].range.upperBound..<tokens[right].range.lowerBound].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
        }
        let wordID = vocabulary.id(ofFolded: Array(Self.anyWord.utf8), count: Self.anyWord.utf8.count)
        let capitalisedID = vocabulary.id(ofFolded: Array(Self.anyCapitalised.utf8), count: Self.anyCapitalised.utf8.count)
        var result: [Match] = []
        var coveredUntil = [Int](repeating: 0, count: tagCount)
        var longestEnd = [Int](repeating: 0, count: tagCount)
        var longestEntry = [Int](repeating: -1, count: tagCount)
        // How far a phrase of each list reached from this start, refused or not: a refused
        // phrase's words are still spoken for ("ทุก" "ท่าน" of the greeting "สวัสดีครับทุกท่าน").
        var reachedEnd = [Int](repeating: 0, count: tagCount)
        var paths: [(node: Int32, end: Int)] = []
        for start in tokens.indices where ids[start] >= 0 || alternatives[start] >= 0 {
            var found = false
            paths.removeAll(keepingCapacity: true)
            // The `@number` or `@acronym` path is pushed last, so its own digits are read last and win a tie.
            if ids[start] >= 0, let node = child(of: 0, ids[start]) { paths.append((node, start + 1)) }
            for slot in slots(of: ids[start]) ?? [] where slot != numberID { if let node = child(of: 0, slot) { paths.append((node, start + 1)) } }
            if alternatives[start] >= 0, alternatives[start] != numberID, let node = child(of: 0, alternatives[start]) { paths.append((node, start + 1)) }
            pushNumberRun(from: 0, at: start)
            while let (node, end) = paths.popLast() {
                var phrase = firstPhrase[Int(node)]
                while phrase >= 0 {
                    let tag = phraseTag[Int(phrase)]
                    if start >= coveredUntil[tag] {
                        if longestEntry[tag] < 0 || end >= longestEnd[tag],
                           allows(Match(tag: tag, entry: phraseEntry[Int(phrase)], tokens: start..<end)) {
                            longestEnd[tag] = end
                            longestEntry[tag] = phraseEntry[Int(phrase)]
                        }
                        reachedEnd[tag] = max(reachedEnd[tag], end)
                        found = true
                    }
                    phrase = phraseNext[Int(phrase)]
                }
                guard end < tokens.count, tokens[end].sentence == tokens[start].sentence else { continue }
                if ids[end] >= 0, let next = child(of: node, ids[end]) { paths.append((next, end + 1)) }
                for slot in slots(of: ids[end]) ?? [] where slot != numberID { if let next = child(of: node, slot) { paths.append((next, end + 1)) } }
                // A written word may follow a comma ("on time, every time"); a placeholder may not, or
                // "@latin @latin" would join a list ("hot desk, private office") into one term.
                if Clause.breaks(text[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound]) { continue }
                if alternatives[end] >= 0, alternatives[end] != numberID, let next = child(of: node, alternatives[end]) { paths.append((next, end + 1)) }
                pushNumberRun(from: node, at: end)
                if wordID >= 0, tokens[end].kind == .letters, let next = child(of: node, wordID) { paths.append((next, end + 1)) }
                if capitalisedID >= 0, let next = child(of: node, capitalisedID), Self.isCapitalised(text[tokens[end].range]) { paths.append((next, end + 1)) }
            }
            guard found else { continue }
            for tag in 0..<tagCount where reachedEnd[tag] > start {
                if longestEntry[tag] >= 0 { result.append(Match(tag: tag, entry: longestEntry[tag], tokens: start..<longestEnd[tag])) }
                coveredUntil[tag] = reachedEnd[tag]
                longestEntry[tag] = -1
                reachedEnd[tag] = 0
            }
        }
        return result
    }
}

extension PhraseMatcher {
    /// "Hùng", "Lan" and "Đạt", but not "ECU", "lan" or "2024".
    static func isCapitalised(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let word = String(decoding: bytes, as: UTF8.self)
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return word.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }

    /// "backup" and "color", but not "Godox", "ok", or "bellwedding" in "@bellwedding"
    /// and "somchai" in "somchai@gmail.com".
    static func isLatinWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= 3, text[range].allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return false }
        if range.lowerBound > 0, addressMarks.contains(text[range.lowerBound - 1]) { return false }
        if range.upperBound < text.count, addressMarks.contains(text[range.upperBound]),
           range.upperBound + 1 < text.count, text[range.upperBound + 1] != UInt8(ascii: " ") { return false }
        return true
    }

    /// Next to a word, these make it part of an address or a handle.
    private static let addressMarks: [UInt8] = [UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "#")]

    /// "ECU", "MPPT", "B2B" and "KPIs", but not "I", "A4", "9AM" or "Lan".
    static func isAcronym(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var word = bytes
        if word.count > 2, word.last == UInt8(ascii: "s") { word = word.dropLast() }
        guard (2...7).contains(word.count), let first = word.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return false }
        var capitals = 0, smallLetters = 0
        for byte in word {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): smallLetters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            default: return false
            }
        }
        // Mostly capitals is an acronym too ("NVMe", "PoE", "LiDAR"); a name in two capitalised parts ("CoolFlow", "TikTok") is not.
        return capitals >= 2 && (smallLetters == 0 ? word.count <= 6 : capitals > smallLetters)
    }
}

/// The words that occur in phrases, by id: an open-addressing table keyed by
/// a 64-bit hash of the folded bytes, each hit checked byte for byte, so a
/// collision can cost a comparison but never a false match. (A Swift
/// Dictionary would hash the hash again; this is the hot lookup of lint.)
private struct Vocabulary: Sendable {
    private var words: [[UInt8]] = []
    private var slotHashes = [UInt64](repeating: 0, count: 16)
    private var slotIDs = [Int32](repeating: -1, count: 16)

    mutating func intern(_ folded: String) -> Int32 {
        let bytes = Array(folded.utf8)
        let existing = id(ofFolded: bytes, count: bytes.count)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(bytes)
        if words.count * 2 > slotIDs.count { grow() }
        insert(Self.hash(bytes, count: bytes.count), id)
        return id
    }

    /// The id of a folded word (the first `count` bytes), or -1 if it is in no phrase.
    func id(ofFolded folded: [UInt8], count: Int) -> Int32 {
        let hash = Self.hash(folded, count: count)
        let mask = slotIDs.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slotIDs[slot] >= 0 {
            if slotHashes[slot] == hash, Self.equal(words[Int(slotIDs[slot])], folded, count: count) {
                return slotIDs[slot]
            }
            slot = (slot + 1) & mask
        }
        return -1
    }

    private mutating func insert(_ hash: UInt64, _ id: Int32) {
        let mask = slotIDs.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slotIDs[slot] >= 0 { slot = (slot + 1) & mask }
        slotHashes[slot] = hash
        slotIDs[slot] = id
    }

    private mutating func grow() {
        slotHashes = [UInt64](repeating: 0, count: slotIDs.count * 2)
        slotIDs = [Int32](repeating: -1, count: slotIDs.count * 2)
        for (id, word) in words.enumerated() { insert(Self.hash(word, count: word.count), Int32(id)) }
    }

    private static func equal(_ word: [UInt8], _ folded: [UInt8], count: Int) -> Bool {
        guard word.count == count else { return false }
        for index in 0..<count where word[index] != folded[index] { return false }
        return true
    }

    /// FNV-1a, finished with a multiply-shift so the low bits used for the
    /// slot depend on every byte.
    private static func hash(_ bytes: [UInt8], count: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in 0..<count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }
}
