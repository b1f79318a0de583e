/// Vietnamese writes some syllables two ways, both correct: the tone mark on
/// the first or the second vowel of "oa", "oe", "uy" ("hóa" and "hoá", "thủy"
/// and "thuỷ"), and a final "i" or "y" after a consonant ("lý" and "lí", "kỹ"
/// and "kĩ"). Folding picks one, so a list states a word once and finds both:
/// the `vietnamese-spellings` matching variant a language file lists in `[matching]`.
enum VietnameseSpelling {
    /// A check on the last bytes alone, before `canonical` makes any string:
    /// it runs on every word of the text.
    @inline(__always)
    static func mayHaveSecondSpelling(_ folded: [UInt8], count: Int) -> Bool {
        guard count >= 2 else { return false }
        let last = folded[count - 1]
        return last >= 0x80 || ((last == 0x61 || last == 0x65 || last == 0x79) && folded[count - 2] >= 0x80)
    }

    /// The syllable respelled the one way, or nil when it has no second spelling.
    static func canonical(_ folded: ArraySlice<UInt8>) -> [UInt8]? {
        // Only "óa"-like endings (a mark, then a plain a, e or y) and a marked final y
        // have a second spelling; most syllables are turned away here, on their bytes.
        guard let last = folded.last, folded.count >= 2 else { return nil }
        let endsAfterMark = (last == 0x61 || last == 0x65 || last == 0x79) && folded[folded.index(before: folded.endIndex) - 1] >= 0x80
        let endsInMarkedY = folded.count >= 3 && (folded.suffix(2).elementsEqual([0xC3, 0xBD])
            || (folded.suffix(3).prefix(2).elementsEqual([0xE1, 0xBB]) && [0xB3, 0xB5, 0xB7, 0xB9].contains(last)))
        guard endsAfterMark || endsInMarkedY else { return nil }
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
