/// Takes the English inflection off a folded Latin-script word, so that a list
/// states a lemma once and still matches its plural, its verb forms and its
/// possessive: "solution" finds "solutions", "leverage" finds "leveraging" and
/// "leveraged", "company" finds "companies". Both the lists and the text go
/// through it, so what matters is that the forms of one word meet, not that
/// the stem is a word.
///
/// The `english-inflections` matching variant: a language file that lists it
/// in `[matching]` has it applied to every Latin word, and so does a language
/// that code-switches into English (a Thai pitch's "solutions"). It works in
/// place, without allocating: it runs once per word of the text.
enum EnglishInflection {
    /// The new length of the word in `buffer[..<count]`; words with anything
    /// but lowercase ASCII letters and apostrophes are left as they are.
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        guard count > 3 else { return count }
        for index in 0..<count where !((0x61...0x7A).contains(buffer[index]) || buffer[index] == apostrophe) { return count }
        var word = Word(buffer: buffer, count: count)
        word.stem()
        return word.count
    }

    private static let apostrophe = UInt8(ascii: "'")

    /// How much of a word written as an acronym to keep, or nil for any other word:
    /// all of it when it is in capitals, since its last S is its own ("AWS", "USPS"),
    /// and all but the "s" of a plural ("CAs" is "CA", as "KPIs" is "KPI").
    static func acronymLength(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let capitals = word.prefix { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
        guard (2...6).contains(capitals.count), capitals.contains(where: { (0x41...0x5A).contains($0) }) else { return nil }
        switch word.count - capitals.count {
        case 0: return capitals.count
        case 1 where word.last == UInt8(ascii: "s"): return capitals.count
        default: return nil
        }
    }

    private struct Word {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count: Int

        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let start = suffix.utf8Start
            for offset in 0..<length where buffer[count - length + offset] != start[offset] { return false }
            return true
        }

        mutating func replaceLast(_ length: Int, with letter: UInt8) {
            count -= length
            buffer[count] = letter
            count += 1
        }

        mutating func stem() {
            if ends(with: "'s") { count -= 2 }
            while count > 0, buffer[count - 1] == apostrophe { count -= 1 }
            // Plurals and the third person.
            if count > 4, ends(with: "ies") {
                replaceLast(3, with: UInt8(ascii: "y"))
            } else if ends(with: "sses") || ends(with: "xes") || ends(with: "ches") || ends(with: "shes") || ends(with: "zzes") {
                count -= 2
            } else if count > 3, ends(with: "s"), !ends(with: "ss"), !ends(with: "us"), !ends(with: "is") {
                count -= 1
            }
            // Past and present participles.
            if count > 4, ends(with: "ied") {
                replaceLast(3, with: UInt8(ascii: "y"))
            } else if count > 4, ends(with: "eed") {
                count -= 1
            } else if count >= 5, ends(with: "ing"), hasVowel(before: count - 3) {
                count -= 3
                undouble()
            } else if count >= 5, ends(with: "ed"), hasVowel(before: count - 2) {
                count -= 2
                undouble()
            }
            // A silent e, so "leverage" meets "leveraging".
            if count > 4, buffer[count - 1] == UInt8(ascii: "e"), !ends(with: "ee") { count -= 1 }
        }

        /// "plann" → "plan", "runn" → "run"; "bill", "pass" and "buzz" keep theirs.
        mutating func undouble() {
            guard count >= 3 else { return }
            let last = buffer[count - 1]
            guard last == buffer[count - 2], !isVowel(last),
                  last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z")
            else { return }
            count -= 1
        }

        func hasVowel(before end: Int) -> Bool {
            (0..<end).contains { isVowel(buffer[$0]) }
        }

        func isVowel(_ byte: UInt8) -> Bool {
            byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
        }
    }
}
