/// Takes the English inflection off a folded Latin-script word, so that a list
/// states a lemma once and still matches its plural, its verb forms and its
/// possessive: "solution" finds "solutions", "leverage" finds "leveraging" and
/// "leveraged", "company" finds "companies". Both the lists and the text go
/// through it, so what matters is that the forms of one word meet, not that
/// the stem is a word.
///
/// It runs on every Latin word, whatever the pitch's language: English words
/// are how business people code-switch in Thai and Vietnamese, and no
/// Vietnamese syllable ends in these suffixes.
enum EnglishInflection {
    /// The new length of the word in `buffer[..<count]`; words with anything
    /// but lowercase ASCII letters and apostrophes are left as they are.
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        guard count > 3, buffer[..<count].allSatisfy({ (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "'") }) else { return count }
        var word = Array(buffer[..<count])
        stem(&word)
        for (index, byte) in word.enumerated() { buffer[index] = byte }
        return word.count
    }

    private static func stem(_ word: inout [UInt8]) {
        if word.ends(with: "'s") { word.removeLast(2) }
        while word.last == UInt8(ascii: "'") { word.removeLast() }
        // Plurals and the third person.
        if word.count > 4, word.ends(with: "ies") {
            word.replaceLast(3, with: "y")
        } else if ["sses", "xes", "ches", "shes", "zzes"].contains(where: word.ends) {
            word.removeLast(2)
        } else if word.count > 3, word.ends(with: "s"), !["ss", "us", "is"].contains(where: word.ends) {
            word.removeLast()
        }
        // Past and present participles.
        if word.count > 4, word.ends(with: "ied") {
            word.replaceLast(3, with: "y")
        } else if word.count > 4, word.ends(with: "eed") {
            word.removeLast()
        } else if word.count >= 6, word.ends(with: "ing"), hasVowel(word.dropLast(3)) {
            word.removeLast(3)
            undouble(&word)
        } else if word.count >= 5, word.ends(with: "ed"), hasVowel(word.dropLast(2)) {
            word.removeLast(2)
            undouble(&word)
        }
        // A silent e, so "leverage" meets "leveraging".
        if word.count > 4, word.last == UInt8(ascii: "e"), !word.ends(with: "ee") { word.removeLast() }
    }

    /// "plann" → "plan", "runn" → "run"; "bill", "pass" and "buzz" keep theirs.
    private static func undouble(_ word: inout [UInt8]) {
        guard word.count >= 3, let last = word.last, last == word[word.count - 2],
              !isVowel(last), ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(last)
        else { return }
        word.removeLast()
    }

    private static func hasVowel(_ letters: ArraySlice<UInt8>) -> Bool { letters.contains(where: isVowel) }

    private static func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: String) -> Bool {
        let bytes = Array(suffix.utf8)
        return count >= bytes.count && self[(count - bytes.count)...].elementsEqual(bytes)
    }

    mutating func replaceLast(_ count: Int, with text: String) {
        removeLast(count)
        append(contentsOf: text.utf8)
    }
}
