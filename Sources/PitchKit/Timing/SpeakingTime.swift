import Foundation

/// What a language's speaking time is counted in: `unit` in `[speaking]`. A
/// new language picks one of these by name; only a new way of counting needs Swift.
public enum SpeakingStrategy: String, CaseIterable, Sendable {
    /// One unit per word (English, Indonesian).
    case words
    /// One syllable per space-separated token (Vietnamese).
    case syllablesBySpace = "syllables-by-space"
    /// Thai words' syllables estimated from their spelling; a Latin word inside
    /// Thai text counts its vowel groups.
    case thaiSyllables = "thai-syllables"

    public var unit: LanguageProfile.SpeakingUnit {
        self == .words ? .word : .syllable
    }

    public static let names = allCases.map(\.rawValue).joined(separator: ", ")
}

/// Estimates how long text takes to say, from a language's speaking rate and strategy.
public struct SpeakingTime: Sendable {
    public let strategy: SpeakingStrategy
    public let unitsPerSecond: Double
    private let thaiSyllables: ThaiSyllableCounter

    public init(profile: LanguageProfile) {
        strategy = profile.strategy
        unitsPerSecond = profile.unitsPerSecond
        thaiSyllables = ThaiSyllableCounter(splitOnsets: profile.splitOnsets)
    }

    public var unit: LanguageProfile.SpeakingUnit { strategy.unit }

    /// Words or syllables in a token of `text`.
    public func units(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> Int {
        switch strategy {
        case .words:
            return 1
        case .syllablesBySpace, .thaiSyllables:
            // A number or a symbol such as "%" is said in about two syllables.
            guard token.kind == .letters else { return 2 }
            guard strategy == .thaiSyllables else { return 1 }
            let word = String(decoding: text[token.range], as: UTF8.self)
            return token.isThai ? thaiSyllables.syllables(in: word[...]) : Self.vowelGroups(in: word)
        }
    }

    public func seconds(forUnits units: Int) -> Double {
        Double(units) / unitsPerSecond
    }

    /// Units that fit in a number of seconds.
    public func units(inSeconds seconds: Double) -> Int {
        Int((seconds * unitsPerSecond).rounded())
    }

    /// Syllables of a Latin-script word, by its vowel groups ("consult" 2). A
    /// Vietnamese syllable has one vowel group, so this gives it 1 as it should.
    static func vowelGroups(in word: String) -> Int {
        var groups = 0
        var inVowel = false
        for scalar in word.unicodeScalars {
            let isVowel = isVowelLetter(scalar)
            if isVowel && !inVowel { groups += 1 }
            inVowel = isVowel
        }
        if groups > 1, word.hasSuffix("e"), !word.hasSuffix("le") { groups -= 1 }
        return max(groups, 1)
    }

    private static func isVowelLetter(_ scalar: Unicode.Scalar) -> Bool {
        let base: Unicode.Scalar
        if scalar.isASCII {
            base = scalar
        } else {
            // Vowels with marks (é, â, ơ, ự...) decompose to their base letter.
            base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        }
        return "aeiouyAEIOUY".unicodeScalars.contains(base)
    }
}
