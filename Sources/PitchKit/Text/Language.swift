import Foundation

/// A language pitchcoach coaches in, named by the code users type (`--lang th`).
/// Which languages exist is data: each is a `languages/<code>.toml` in a pack.
public struct Language: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The code, lowercased: "en", "th".
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue.lowercased()
    }

    public var description: String { rawValue }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The primary subtag of a code such as "th-TH" or "th_TH.UTF-8".
    static func primaryCode(_ code: String) -> String {
        String(code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first ?? "")
    }
}

/// How a language recognises its own script, from `[detect]` in its language
/// file: the code points only it uses, and how many of them a text needs.
public struct LanguageDetection: Sendable {
    public var letters: [ClosedRange<UInt32>]
    /// Its letters must be at least this many per Latin letter.
    public var minimumPerLatinLetter: Double?
    /// At least this share of Latin-script words must carry a mark (é, ư).
    public var minimumMarkedWords: Double?
    /// The language's common words as typed without marks ("toi", "cua", "khach"):
    /// a text whose Latin words are at least `minimumUnmarkedWords` of these is
    /// in the language though it carries no mark, as quick notes are.
    public var unmarkedWords: Set<String> = []
    public var minimumUnmarkedWords: Double?
}

/// Guesses the language of a text from its script, trying each language's
/// `[detect]` in load order; a text no language claims is in `fallback`.
public struct LanguageDetector: Sendable {
    /// Only this many leading bytes are read: a pitch is short, and a 100 MB
    /// file does not need 100 MB of counting to tell its script.
    static let sampleLength = 64 * 1024
    /// How many leading characters the common-words check for unmarked text reads.
    static let unmarkedSampleLength = 4 * 1024

    let candidates: [(language: Language, detection: LanguageDetection)]
    let fallback: Language

    public func detect(_ utf8: some Collection<UInt8>) -> Language {
        var latinLetters = 0
        var latinWords = 0
        var markedWords = 0
        var inWord = false
        var wordIsMarked = false
        var letters = [Int](repeating: 0, count: candidates.count)
        let sample = String(decoding: utf8.prefix(Self.sampleLength), as: UTF8.self)
        for scalar in sample.unicodeScalars {
            let value = scalar.value
            for (index, candidate) in candidates.enumerated() where candidate.detection.letters.contains(where: { $0.contains(value) }) {
                letters[index] += 1
            }
            let isLatin = Self.isLatinLetter(scalar)
            if isLatin {
                latinLetters += 1
                if !inWord { latinWords += 1; wordIsMarked = false }
                if !scalar.isASCII && !wordIsMarked { markedWords += 1; wordIsMarked = true }
            }
            inWord = isLatin
        }
        for (index, candidate) in candidates.enumerated() where letters[index] > 0 {
            let detection = candidate.detection
            if let minimum = detection.minimumPerLatinLetter, Double(letters[index]) < minimum * Double(latinLetters) { continue }
            if let minimum = detection.minimumMarkedWords, Double(markedWords) < minimum * Double(latinWords) { continue }
            return candidate.language
        }
        if markedWords == 0, latinWords > 0, candidates.contains(where: { $0.detection.minimumUnmarkedWords != nil }) {
            // A few hundred words tell; a long English file need not be split whole.
            let words = Self.latinWords(String(sample.prefix(Self.unmarkedSampleLength)))
            for candidate in candidates {
                guard let minimum = candidate.detection.minimumUnmarkedWords else { continue }
                let common = words.count(where: candidate.detection.unmarkedWords.contains)
                if Double(common) >= minimum * Double(words.count) { return candidate.language }
            }
        }
        return fallback
    }

    /// Whether a text in `language` is typed without its marks ("Em ten la Minh"),
    /// so that its words are matched with the lists' marks folded away.
    public func isUnmarked(_ utf8: some Collection<UInt8>, in language: Language) -> Bool {
        guard candidates.contains(where: { $0.language == language && $0.detection.minimumUnmarkedWords != nil }) else { return false }
        return !String(decoding: utf8.prefix(Self.sampleLength), as: UTF8.self).unicodeScalars.contains { !$0.isASCII && Self.isLatinLetter($0) }
    }

    /// A letter of the Latin script, with or without marks (Vietnamese's are in U+1E00–U+1EFF).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Most of a pitch is ASCII: its letters are known without Unicode's tables.
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value | 0x20) }
        return scalar.properties.isAlphabetic && (scalar.value < 0x0250 || (0x1E00...0x1EFF).contains(scalar.value))
    }

    /// The Latin words of a text, lowercased.
    private static func latinWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
    }
}

/// A Latin word without its marks: "khách" is "khach", "đường" is "duong".
public enum Marks {
    public static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ": result.append("d")
            case "Đ": result.append("D")
            default:
                if scalar.properties.generalCategory != .nonspacingMark { result.append(scalar) }
            }
        }
        return String(result)
    }
}
