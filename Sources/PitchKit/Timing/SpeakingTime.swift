import Foundation

/// Estimates how long text takes to say, from a language's speaking rate.
///
/// English is counted in words. Thai and Vietnamese are counted in syllables:
/// a Vietnamese token is one syllable; a Thai word's syllables are estimated
/// from its spelling; an English word inside Thai text counts its vowel groups.
public struct SpeakingTime: Sendable {
    public let language: Language
    public let unit: LanguageProfile.SpeakingUnit
    public let unitsPerSecond: Double

    public init(profile: LanguageProfile) {
        language = profile.language
        unit = profile.unit
        unitsPerSecond = profile.unitsPerSecond
    }

    /// Words or syllables in a token of `text`.
    public func units(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard unit == .syllable else { return 1 }
        // A number or a symbol such as "%" is said in about two syllables.
        guard token.kind == .letters else { return 2 }
        // Vietnamese writes one syllable per token; Thai needs its syllables
        // counted, and an English word inside Thai its vowel groups.
        guard language == .thai else { return 1 }
        let word = String(decoding: text[token.range], as: UTF8.self)
        return token.isThai ? ThaiSyllableCounter.syllables(in: word[...]) : Self.vowelGroups(in: word)
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
