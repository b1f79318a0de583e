/// A language pitchcoach coaches in. The raw value is the code users type (`--lang th`).
public enum Language: String, CaseIterable, Codable, Sendable {
    case english = "en"
    case thai = "th"
    case vietnamese = "vi"

    /// The language's English name, for messages.
    public var name: String {
        switch self {
        case .english: "English"
        case .thai: "Thai"
        case .vietnamese: "Vietnamese"
        }
    }

    /// Parses a code such as "th" or "th-TH" or a name such as "Thai".
    public init?(code: String) {
        let lowered = code.lowercased()
        let primary = String(lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        if let language = Language(rawValue: primary) {
            self = language
        } else if let language = Language.allCases.first(where: { $0.name.lowercased() == lowered }) {
            self = language
        } else {
            return nil
        }
    }

    /// The codes users may type, for error messages.
    public static let codes = allCases.map(\.rawValue).joined(separator: ", ")
}

/// Guesses the language of a text from its script: Thai letters, or the letters
/// only Vietnamese uses (ă â đ ê ô ơ ư and tone-marked vowels), else English.
public enum LanguageDetector {
    /// Only this many leading bytes are read: a pitch is short, and a 100 MB
    /// file does not need 100 MB of counting to tell its script.
    static let sampleLength = 64 * 1024

    public static func detect(_ utf8: some Collection<UInt8>) -> Language {
        var thaiLetters = 0
        var latinLetters = 0
        var latinWords = 0
        var markedWords = 0
        var vietnameseOnlyLetters = 0
        var inWord = false
        var wordIsMarked = false
        let sample = String(decoding: utf8.prefix(sampleLength), as: UTF8.self)
        for scalar in sample.unicodeScalars {
            let value = scalar.value
            let isLatin = scalar.properties.isAlphabetic && (value < 0x0250 || (0x1E00...0x1EFF).contains(value))
            if (0x0E01...0x0E5B).contains(value) {
                thaiLetters += 1
            } else if isLatin {
                latinLetters += 1
                if !inWord { latinWords += 1; wordIsMarked = false }
                if !scalar.isASCII && !wordIsMarked { markedWords += 1; wordIsMarked = true }
                if isVietnameseOnly(value) { vietnameseOnlyLetters += 1 }
            }
            inWord = isLatin
        }
        // Thai borrows English words ("ผมทำ IT consult ครับ"), so Thai wins with a
        // third of the letters. Vietnamese marks about half its syllables and uses
        // letters no other Latin script has; French or Spanish marks far fewer words.
        if thaiLetters > 0 && thaiLetters * 2 >= latinLetters {
            return .thai
        }
        if vietnameseOnlyLetters > 0 && markedWords * 5 >= latinWords {
            return .vietnamese
        }
        return .english
    }

    private static func isVietnameseOnly(_ value: UInt32) -> Bool {
        switch value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: true // Ă ă Đ đ Ơ ơ Ư ư
        case 0x1EA0...0x1EF9: true // the tone-marked vowels of Latin Extended Additional
        default: false
        }
    }
}
