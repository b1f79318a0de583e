/// Vietnamese writes some syllables two ways, both correct: the tone mark on
/// the first or the second vowel of "oa", "oe", "uy" ("hóa" and "hoá", "thủy"
/// and "thuỷ"), and a final "i" or "y" after a consonant ("lý" and "lí", "kỹ"
/// and "kĩ"). Folding picks one, so a list states a word once and finds both.
enum VietnameseSpelling {
    /// The syllable respelled the one way, or nil when it has no second spelling.
    static func canonical(_ folded: ArraySlice<UInt8>) -> [UInt8]? {
        // Only a syllable with a mark, ending in a vowel that can carry one, has a second spelling.
        guard let last = folded.last, last >= 0x80 || "yae".utf8.contains(last), folded.contains(where: { $0 >= 0x80 }) else { return nil }
        var scalars = Array(String(decoding: folded, as: UTF8.self).unicodeScalars)
        guard scalars.count >= 2 else { return nil }
        let end = scalars.count
        if let moved = markOnSecondVowel[String(String.UnicodeScalarView(scalars[(end - 2)...]))] {
            scalars.replaceSubrange((end - 2)..., with: moved.unicodeScalars)
        } else if let plain = finalI[scalars[end - 1]], scalars[..<(end - 1)].allSatisfy({ consonants.contains($0) }) {
            scalars[end - 1] = plain
        } else {
            return nil
        }
        return Array(String(String.UnicodeScalarView(scalars)).utf8)
    }

    /// The old placement, on the first vowel, and the new one, on the second, for a syllable ending there.
    private static let markOnSecondVowel: [String: String] = [
        "óa": "oá", "òa": "oà", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
        "óe": "oé", "òe": "oè", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
        "úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
    ]

    /// A final "y" after consonants, with each tone, as the "i" it sounds as.
    private static let finalI: [Unicode.Scalar: Unicode.Scalar] = ["y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị"]
    private static let consonants = Set("bcdđghklmnpqrstvx".unicodeScalars)
}
