/// Estimates the number of spoken syllables in Thai text from its spelling.
///
/// Thai is written without spaces between words and many syllables carry no
/// written vowel (สบาย = สะ-บาย, ถนน = ถะ-หนน), so counting vowel signs alone
/// undercounts. The counter parses the text left to right into syllables:
/// an explicit vowel (leading เ แ โ ใ ไ, or a sign after/above/below a consonant)
/// makes one syllable with its onset and optional final consonant, and runs of
/// consonants with no written vowel get the inherent vowels a speaker inserts.
///
/// It is an estimate: Pali/Sanskrit "linking" syllables (คุณภาพ = คุณ-นะ-ภาพ)
/// and silent letters without a ์ are only partly predictable from spelling.
/// What spelling cannot tell at all is data: `split_onsets` in the language's
/// `[speaking]`, the spellings whose first two letters look like one onset but
/// are read as two syllables (พลัง = พะ-ลัง, ปริญญา = ปะ-ริน-ยา).
public struct ThaiSyllableCounter: Sendable {
    /// Each split onset's letters, as offsets from U+0E00 like the parser's.
    private let splitOnsets: [[UInt8]]

    /// `splitOnsets` must be Thai letters; a profile checked them when it was read.
    public init(splitOnsets: [String] = []) {
        self.splitOnsets = splitOnsets.map { $0.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value - 0x0E00) } }
    }

    /// Whether text can be a split onset: Thai letters, at least two consonants' worth.
    public static func isSplitOnset(_ text: String) -> Bool {
        text.unicodeScalars.count >= 3 && text.unicodeScalars.allSatisfy { (0x0E01...0x0E4E).contains($0.value) }
            && isConsonant(UInt8(truncatingIfNeeded: text.unicodeScalars.first!.value - 0x0E00))
    }

    /// Syllables in a run of Thai text (a word or several words with no spaces); non-Thai scalars are ignored.
    public func syllables(in text: Substring) -> Int {
        // Every Thai scalar takes 3 bytes in UTF-8, so this bounds how many we keep.
        let capacity = text.utf8.count / 3 + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var n = 0
            for scalar in text.unicodeScalars {
                let v = scalar.value
                guard v >= 0x0E01, v <= 0x0E4E else { continue }  // non-Thai, Thai digits and punctuation
                let o = UInt8(truncatingIfNeeded: v - 0x0E00)
                if o == Self.phinthu || o == Self.yamakkan { continue }     // Pali/Sanskrit reading aids; no sound of their own
                if o == Self.sara_aa, n > 0, buffer[n - 1] == Self.nikhahit {
                    buffer[n - 1] = Self.sara_am; continue              // ํ + า is another spelling of ำ
                }
                buffer[n] = o
                n += 1
            }
            guard n > 0 else { return 0 }
            return Parser(b: UnsafeBufferPointer(rebasing: buffer[0..<n]), splitOnsets: splitOnsets).count()
        }
    }

    // MARK: - Letter classes (offsets from U+0E00)

    static let ko_kai: UInt8 = 0x01, kho_khai: UInt8 = 0x02, kho_khwai: UInt8 = 0x04
    static let ngo: UInt8 = 0x07, cho_chan: UInt8 = 0x08, cho_chang: UInt8 = 0x0A, so_so: UInt8 = 0x0B
    static let yo_ying: UInt8 = 0x0D, do_dek: UInt8 = 0x14, to_tao: UInt8 = 0x15
    static let tho_than: UInt8 = 0x10, no_nen: UInt8 = 0x13, so_ruesi: UInt8 = 0x29
    static let tho_thahan: UInt8 = 0x17, tho_thong: UInt8 = 0x18, no_nu: UInt8 = 0x19
    static let bo: UInt8 = 0x1A, po: UInt8 = 0x1B, pho_phueng: UInt8 = 0x1C, pho_phan: UInt8 = 0x1E, fo_fan: UInt8 = 0x1F
    static let pho_samphao: UInt8 = 0x20, mo: UInt8 = 0x21, yo_yak: UInt8 = 0x22, ro: UInt8 = 0x23, ru: UInt8 = 0x24
    static let lo: UInt8 = 0x25, lu: UInt8 = 0x26, wo: UInt8 = 0x27, so_sala: UInt8 = 0x28
    static let so_suea: UInt8 = 0x2A, ho: UInt8 = 0x2B, o_ang: UInt8 = 0x2D
    static let paiyannoi: UInt8 = 0x2F
    static let sara_a: UInt8 = 0x30, mai_han_akat: UInt8 = 0x31, sara_aa: UInt8 = 0x32
    static let sara_am: UInt8 = 0x33, sara_i: UInt8 = 0x34, sara_ii: UInt8 = 0x35
    static let sara_ue: UInt8 = 0x36, sara_uee: UInt8 = 0x37, sara_u: UInt8 = 0x38, sara_uu: UInt8 = 0x39
    static let phinthu: UInt8 = 0x3A
    static let sara_e: UInt8 = 0x40, sara_ae: UInt8 = 0x41, sara_o: UInt8 = 0x42
    static let sara_ai_maimuan: UInt8 = 0x43, sara_ai_maimalai: UInt8 = 0x44
    static let lakkhangyao: UInt8 = 0x45, maiyamok: UInt8 = 0x46, maitaikhu: UInt8 = 0x47
    static let thanthakhat: UInt8 = 0x4C, nikhahit: UInt8 = 0x4D, yamakkan: UInt8 = 0x4E

    @inline(__always) static func isConsonant(_ o: UInt8) -> Bool {
        o >= 0x01 && o <= 0x2E && o != ru && o != lu && o != paiyannoi
    }
    /// Vowel signs written above or below the consonant they follow in speech order, plus ็.
    @inline(__always) static func isUpperLowerVowel(_ o: UInt8) -> Bool {
        o == mai_han_akat || (o >= sara_i && o <= sara_uu) || o == maitaikhu
    }
    @inline(__always) static func isTone(_ o: UInt8) -> Bool { o >= 0x48 && o <= 0x4B }
    @inline(__always) static func isLeadingVowel(_ o: UInt8) -> Bool { o >= sara_e && o <= sara_ai_maimalai }
    /// Vowels written after the consonant: ะ า ำ ๅ.
    @inline(__always) static func isFollowingVowel(_ o: UInt8) -> Bool {
        o == sara_a || o == sara_aa || o == sara_am || o == lakkhangyao
    }

    /// Two consonants read as one onset: true clusters (กร กล กว ...), ห/อ leading a
    /// sonorant (หน หม หล อย: ห and อ only carry the tone class), and ทร สร ศร ซร จร,
    /// where ร is silent (ทราบ, สร้าง, จริง). Not บร: บริ- is read บอ-ริ (บริษัท).
    @inline(__always) static func isOnsetPair(_ a: UInt8, _ b: UInt8) -> Bool {
        switch b {
        case ro:
            return a == ko_kai || a == kho_khai || a == kho_khwai || a == to_tao || a == po
                || a == pho_phan || a == do_dek || a == fo_fan || a == tho_thahan
                || a == so_suea || a == so_sala || a == so_so || a == cho_chan || a == ho
        case lo:
            return a == ko_kai || a == kho_khai || a == kho_khwai || a == po || a == pho_phan
                || a == bo || a == fo_fan || a == ho
        case wo:
            return a == ko_kai || a == kho_khai || a == kho_khwai || a == ho
        case ngo, yo_ying, no_nu, mo:
            return a == ho
        case yo_yak:
            return a == ho || a == o_ang
        default:
            return false
        }
    }

    // MARK: - Parser

    /// What follows a consonant.
    enum Nucleus {
        case none          // no written vowel: the consonant is bare
        case toned         // tone mark but no vowel: an onset with an inherent vowel (ต้น)
        case silent        // carries ์ (with or without a vowel sign): not pronounced
        case open          // a vowel that may take a final consonant (กิน, มาก)
        case closed        // a vowel that takes no final (ทำ, จะ)
        case needsFinal    // ั: short a that is always closed by the next consonant
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        let splitOnsets: [[UInt8]]
        var n: Int { b.count }

        /// Reads the signs after the consonant at `c`; returns the vowel kind, the index
        /// just past the syllable nucleus, and the above/below vowel seen (0 if none).
        @inline(__always)
        func nucleus(_ c: Int) -> (kind: Nucleus, end: Int, sign: UInt8) {
            var p = c + 1
            var sign: UInt8 = 0
            var toned = false
            var karan = false
            // Tone marks and upper/lower vowels may be typed in either order.
            while p < n {
                let o = b[p]
                if isTone(o) { toned = true } else if isUpperLowerVowel(o) { if sign == 0 { sign = o } }
                else if o == thanthakhat { karan = true } else if o == nikhahit { } else { break }
                p += 1
            }
            // การันต์ ์ silences the letter it sits on (and a vowel sign under it: ศักดิ์).
            if karan { return (.silent, p, sign) }
            if sign != 0 {
                if sign == mai_han_akat {
                    // ัว is the vowel "ua" (ตัว); otherwise ั needs a final (กัน).
                    if p < n, b[p] == wo { return (.open, p + 1, sign) }
                    return (.needsFinal, p, sign)
                }
                // ือ: the อ is part of the vowel (มือ).
                if sign == sara_uee, p < n, b[p] == o_ang { return (.open, p + 1, sign) }
                return (.open, p, sign)
            }
            if p < n {
                let o = b[p]
                if o == sara_a || o == sara_am { return (.closed, p + 1, 0) }
                if o == sara_aa || o == lakkhangyao { return (.open, p + 1, 0) }
                // Consonant + อ is the vowel "ɔɔ" (ขอ, รอบ) unless the อ carries its own vowel.
                if o == o_ang, !carriesOwnVowel(p) { return (.open, p + 1, 0) }
                // Consonant + ว + final is the vowel "ua" (สวน, ด้วย).
                if o == wo, p + 1 < n, isConsonant(b[p + 1]), isBareFinal(p + 1) { return (.needsFinal, p + 1, 0) }
                // รร reads "a" + final, or "an" when nothing follows (กรรม, บรรยาย).
                if o == ro, p + 1 < n, b[p + 1] == ro { return (.open, p + 2, 0) }
                // ฤ after a consonant is its vowel (อังกฤษ, พฤษภาคม).
                if o == ru || o == lu {
                    var q = p + 1
                    if q < n, b[q] == lakkhangyao { q += 1 }
                    return (.open, q, 0)
                }
            }
            return (toned ? .toned : .none, p, 0)
        }

        /// The letter at `p` (a consonant) has a vowel or tone of its own after it.
        @inline(__always)
        func carriesOwnVowel(_ p: Int) -> Bool {
            guard p + 1 < n else { return false }
            let o = b[p + 1]
            return isUpperLowerVowel(o) || isTone(o) || o == sara_aa || o == sara_a || o == sara_am
        }

        /// The consonant at `p` has nothing written after it, so it can close a syllable.
        @inline(__always)
        func isBareFinal(_ p: Int) -> Bool {
            guard p + 1 < n else { return true }
            let o = b[p + 1]
            return !(isUpperLowerVowel(o) || isTone(o) || isFollowingVowel(o) || o == thanthakhat)
        }

        /// Consonant at `c` starts a syllable with a written vowel, possibly as the first
        /// letter of a two-letter onset. Returns the nucleus and its end.
        @inline(__always)
        func vowelSyllable(_ c: Int) -> (kind: Nucleus, end: Int, sign: UInt8)? {
            let nu = nucleus(c)
            switch nu.kind {
            case .open, .closed, .needsFinal: return nu
            case .none:
                if c + 1 < n, isConsonant(b[c + 1]), isOnsetPair(b[c], b[c + 1]) {
                    let second = nucleus(c + 1)
                    // A split onset (พลัง = พะ-ลัง) is not a cluster.
                    if isReadAsTwoSyllables(c) { return nil }
                    switch second.kind {
                    case .open, .closed, .needsFinal: return second
                    default: return nil
                    }
                }
                return nil
            default: return nil
            }
        }

        /// The consonant at `p` has no sign or tone, and its vowel would only come from the
        /// next letter being อ, ว or รร (ขอ, สวน, กรรม); such a letter may still be a final.
        @inline(__always)
        func hasInferredVowelOnly(_ p: Int) -> Bool {
            guard p + 1 < n else { return false }
            let o = b[p + 1]
            return o == o_ang || o == wo || o == ro
        }

        /// A split onset starts at `p`: its two letters are read as two syllables
        /// although they are otherwise a cluster (พลาด, ประ). A tone mark right after
        /// the spelling makes it another word, whose cluster stands (ปริ่ม).
        @inline(__always)
        func isReadAsTwoSyllables(_ p: Int) -> Bool {
            for onset in splitOnsets where p + onset.count <= n {
                var matches = true
                for offset in onset.indices where b[p + offset] != onset[offset] { matches = false; break }
                if matches, !(p + onset.count < n && isTone(b[p + onset.count])) { return true }
            }
            return false
        }

        /// After a syllable that may take a final, consumes the final consonant at `p`
        /// (if it is one) and silent letters after it. Returns the new index and any
        /// extra syllables. `required` is set after ั, which is always closed.
        @inline(__always)
        func takeFinal(_ p0: Int, required: Bool, longVowel: Bool, shortVowel: Bool = false) -> (Int, Int) {
            var p = p0
            var extra = 0
            // Letters silenced by ์ before the final (ฟาร์ม, เวิร์ค, สมาร์ท) are skipped.
            while p < n, isConsonant(b[p]) {
                let q = nucleus(p)
                if q.kind == .silent { p = q.end } else { break }
            }
            guard p < n, isConsonant(b[p]) else { return (p, 0) }
            // ห is never a final: before a non-sonorant it is read "ha" (อุตสาหกรรม).
            if b[p] == ho { return (p, 0) }
            // ร before ณ is read "ra" (พิจารณา, สาธารณะ), and after a long vowel a
            // letter before a word-final ร is its onset (อากร = อา-กอน).
            if p + 1 < n, b[p] == ro, b[p + 1] == no_nen, nucleus(p + 1).kind != .silent { return (p, 0) }
            if p > 0, b[p - 1] == sara_aa, p + 2 == n, b[p + 1] == ro, nucleus(p).kind == .none { return (p, 0) }
            let nu = nucleus(p)
            if nu.kind == .none {
                // A bare consonant followed by a consonant that carries a vowel could be
                // the first half of a cluster onset (ประ); the count is the same either
                // way, so only take it if it does not start such an onset.
                if p + 1 < n, isConsonant(b[p + 1]), isOnsetPair(b[p], b[p + 1]),
                   vowelSyllable(p) != nil {
                    return (p, 0)
                }
                // Nor the first letter of a split onset (มีพลัง = มี-พะ-ลัง).
                if isReadAsTwoSyllables(p) { return (p, 0) }
                p += 1
                // Linking syllable: in Pali/Sanskrit compounds a final is also read as
                // the onset of an extra short "a" (คุณภาพ = คุน-นะ-พาบ, พัฒนา, รัฐบาล,
                // ธรรมดา = ทำ-มะ-ดา, วิทยา = วิด-ทะ-ยา). The letters below are nearly
                // always Pali/Sanskrit when they close a syllable inside a word.
                if p < n, isConsonant(b[p]), nucleus(p).kind != .silent,
                   !(b[p] == ro && p + 1 == n) {
                    let f = b[p - 1]
                    // Not before ฐ after ษ (เศรษฐกิจ: ษ is mute) or before ห (เลิศหรู).
                    if (isLinkingFinal(f) && !(f == so_ruesi && b[p] == tho_than) && b[p] != ho)
                        // ส closing a long vowel before a syllable with a written vowel is
                        // Pali/Sanskrit or a compound seam (ศาสนา, อาสาสมัคร, เสียสละ);
                        // not after a short vowel (สวัสดี = สะ-หวัด-ดี).
                        || (longVowel && f == so_suea && b[p] != so_suea && vowelSyllable(p) != nil)
                        || (f == tho_thahan && b[p] == yo_yak)
                        // ร closing a short vowel is not Thai but Pali (ธุรกิจ = ทุ-ระ-กิด),
                        // and ภ opening the next part marks a compound (สุขภาพ, ผลิตภัณฑ์).
                        || (shortVowel && (f == ro || b[p] == pho_samphao))
                        || (f == mo && p0 >= 2 && b[p0 - 1] == ro && b[p0 - 2] == ro) {
                        extra = 1
                    }
                }
            } else if (nu.kind == .open || nu.kind == .needsFinal), nu.sign == 0, hasInferredVowelOnly(p),
                      required || startsNewSyllableAfter(p) || (shortVowel && b[p + 1] == wo) {
                // "C + อ/ว" would read as a vowel, but after ั (or before ออ/อย/อ่, or
                // after a short vowel for ว) the C is a final: นักออกแบบ, บางอย่าง, วิศวกร.
                p += 1
            } else if (required || longVowel), nu.end == n,
                      nu.sign == sara_i || nu.sign == sara_u,
                      b[p] == to_tao || b[p] == mo || b[p] == tho_thong || b[p] == tho_thahan {
                // Word-final ติ ตุ มิ after ั or a long vowel is a final with a silent
                // vowel (ประวัติ, สมบัติ, ชาติ, ธาตุ, ภูมิ).
                return (n, 0)
            } else {
                return (p, 0)
            }
            // สามารถ: ร before a word-final letter after a long vowel is silent.
            if longVowel, b[p - 1] == ro, p + 1 == n, isConsonant(b[p]), nucleus(p).kind == .none {
                p += 1
            }
            // Silent letters after the final: C์ (จันทร์, ศาสตร์, พันธ์), and a bare ร
            // closing a word after a final (สมัคร, บัตร, เพชร).
            while p < n, isConsonant(b[p]) {
                let q = nucleus(p)
                if q.kind == .silent { p = q.end; continue }
                if q.kind == .none, p + 1 < n, isConsonant(b[p + 1]), nucleus(p + 1).kind == .silent {
                    p = nucleus(p + 1).end; continue
                }
                if b[p] == ro, q.kind == .none, p + 1 == n { p += 1; continue }
                break
            }
            return (p, extra)
        }

        /// Final letters that signal a Pali/Sanskrit linking syllable when another
        /// consonant follows: ฐ ฒ ณ ธ ภ ศ ษ ฎ ฏ ฑ.
        @inline(__always)
        func isLinkingFinal(_ f: UInt8) -> Bool {
            f == 0x10 || f == 0x12 || f == 0x13 || f == 0x18 || f == 0x20 || f == 0x28 || f == 0x29
                || f == 0x0E || f == 0x0F || f == 0x11
        }

        /// The อ after the consonant at `p` begins a syllable of its own: ออ (ออก), อย (อย่าง)
        /// or อ with a tone or vowel (อ่าน, อยู่).
        @inline(__always)
        func startsNewSyllableAfter(_ p: Int) -> Bool {
            guard p + 2 < n, b[p + 1] == o_ang else { return false }
            let o = b[p + 2]
            return o == o_ang || o == yo_yak || isTone(o) || isUpperLowerVowel(o) || isFollowingVowel(o)
        }

        func count() -> Int {
            var i = 0
            var total = 0
            var hasLetter = false
            var lastSyllables = 0   // syllables since the start or the last ๆ
            while i < n {
                let o = b[i]
                let before = total
                if isLeadingVowel(o) {
                    hasLetter = true
                    let (end, syl) = leadingVowelSyllable(i)
                    total += syl
                    i = end
                } else if isConsonant(o) {
                    hasLetter = true
                    let (end, syl) = consonantSyllables(i)
                    total += syl
                    i = end
                } else if o == ru || o == lu {
                    // ฤ ฦ standing alone are syllables of their own (ฤดู, ฤทธิ์).
                    hasLetter = true
                    total += 1
                    var p = i + 1
                    if p < n, b[p] == lakkhangyao { p += 1 }
                    let (end, extra) = takeFinal(p, required: false, longVowel: false)
                    total += extra
                    i = end
                } else if o == maiyamok {
                    // ๆ repeats the word before it. Without word boundaries, repeat what was
                    // read since the last ๆ if that is a short word, else one syllable
                    // (most repeated words have one). A lone ๆ (a tokenizer may split it
                    // off) stands for one repeated syllable.
                    hasLetter = true
                    total += (lastSyllables >= 1 && lastSyllables <= 2) ? lastSyllables : 1
                    lastSyllables = 0
                    i += 1
                    continue
                } else {
                    i += 1  // stray signs, ฯ
                }
                lastSyllables += total - before
            }
            return hasLetter ? max(total, 1) : 0
        }

        /// A syllable starting with เ แ โ ใ ไ at `i`, plus a syllable of inherent "a"
        /// when the written onset is two letters that do not form a cluster (เสมอ = สะ-เหมอ).
        func leadingVowelSyllable(_ i: Int) -> (Int, Int) {
            let lv = b[i]
            var p = i + 1
            var syl = 1
            guard p < n, isConsonant(b[p]) else { return (p, 1) }
            let c1 = p
            var onsetEnd = c1 + 1
            if c1 + 1 < n, isConsonant(b[c1 + 1]) {
                let c2 = c1 + 1
                if isOnsetPair(b[c1], b[c2]) {
                    onsetEnd = c2 + 1
                } else if b[c2] == o_ang, !(c2 + 1 < n && b[c2 + 1] != sara_a && carriesOwnVowel(c2)) {
                    onsetEnd = c2  // เ-อ, เ-อะ: the อ is the vowel's tail (เธอ, เยอะ)
                } else if c2 + 1 < n, (b[c2 + 1] == sara_u || b[c2 + 1] == sara_uu),
                          lv == sara_e {
                    // เหตุ, เกตุ: the second letter is the final and its ุ is silent.
                    return takeFinalAfter(c2 + 2, open: false, syl: 1)
                } else if carriesOwnVowel(c2) || (c2 + 1 < n && b[c2 + 1] == o_ang) {
                    if combinesWithLeadingVowel(lv, c2) {
                        // The leading vowel belongs to the second letter; the first is read
                        // with a short "a" (เฉลี่ย = ฉะ-เหลี่ย, เสมอ = สะ-เหมอ).
                        syl += 1
                        onsetEnd = c2 + 1
                    } else {
                        // The second letter has a vowel of its own (โอกาส = โอ-กาส,
                        // ใดวัน, เวลา): the leading-vowel syllable ends after the first.
                        var q = c1 + 1
                        if lv == sara_ai_maimalai, b[c2] == yo_yak, isBareFinal(c2) { q = c2 + 1 }
                        return (q, 1)
                    }
                } else if c2 + 1 < n, isConsonant(b[c2 + 1]), nucleus(c2 + 1).kind == .none,
                          vowelSyllable(c2 + 1) == nil, !(b[c2 + 1] == ro && c2 + 2 == n) {
                    // Three bare letters: C1 gets "a", C2 is the onset, C3 the final
                    // (แสดง = สะ-แดง, เกษตร = กะ-เสด); not a word-final silent ร (เพชร).
                    syl += 1
                    onsetEnd = c2 + 1
                }
            }
            p = onsetEnd
            // Signs on the onset.
            var sign: UInt8 = 0
            while p < n {
                let o = b[p]
                if isTone(o) { } else if isUpperLowerVowel(o) { if sign == 0 { sign = o } }
                else if o == thanthakhat || o == nikhahit { } else { break }
                p += 1
            }
            var open = true
            switch lv {
            case sara_e:
                if sign == 0, p < n, b[p] == sara_aa {
                    // เ-า and เ-าะ: closed diphthong/short vowel.
                    p += 1
                    if p < n, b[p] == sara_a { p += 1 }
                    open = false
                } else if sign == sara_ii, p < n, b[p] == yo_yak {
                    p += 1  // เ-ีย
                } else if sign == sara_uee, p < n, b[p] == o_ang {
                    p += 1  // เ-ือ
                } else if sign == 0, p < n, b[p] == sara_a {
                    p += 1; open = false  // เ-ะ
                } else if sign == 0, p < n, b[p] == o_ang, !(carriesOwnVowel(p) && b[p + 1] != sara_a) {
                    p += 1  // เ-อ (เธอ), may still close (เทอม)
                    if p < n, b[p] == sara_a { p += 1; open = false }
                }
            case sara_ae, sara_o:
                if sign == 0, p < n, b[p] == sara_a { p += 1; open = false }  // แ-ะ, โ-ะ
            default:
                // ใ ไ end in their own "y" sound; ไทย/ไชย write a silent ย.
                open = false
                if p < n, b[p] == yo_yak, isBareFinal(p) { p += 1 }
            }
            return takeFinalAfter(p, open: open, syl: syl)
        }

        /// Whether the signs after the consonant at `c2` complete the leading vowel `lv`
        /// (เ + ี/ื/ิ/็/อ/ะ, แ + ็/ะ, โ + ะ, or just a tone mark) rather than being a
        /// vowel of their own (า, ั, ุ ...).
        @inline(__always)
        func combinesWithLeadingVowel(_ lv: UInt8, _ c2: Int) -> Bool {
            var p = c2 + 1
            while p < n, isTone(b[p]) { p += 1 }
            guard p < n else { return true }  // only a tone mark
            let o = b[p]
            if p > c2 + 1, !(isUpperLowerVowel(o) || isFollowingVowel(o) || o == o_ang) { return true }
            switch lv {
            case sara_e:
                return o == sara_ii || o == sara_uee || o == sara_i || o == maitaikhu || o == o_ang || o == sara_a
            case sara_ae:
                return o == maitaikhu || o == sara_a
            case sara_o:
                return o == sara_a
            default:
                return false
            }
        }

        @inline(__always)
        func takeFinalAfter(_ p: Int, open: Bool, syl: Int) -> (Int, Int) {
            guard open else { return (p, syl) }
            let (end, extra) = takeFinal(p, required: false, longVowel: true)
            return (end, syl + extra)
        }

        /// Syllables starting at the consonant `i` (no leading vowel).
        func consonantSyllables(_ i: Int) -> (Int, Int) {
            if let nu = vowelSyllable(i) {
                switch nu.kind {
                case .closed:
                    return (nu.end, 1)
                case .needsFinal:
                    let (end, extra) = takeFinal(nu.end, required: true, longVowel: false)
                    return (end, 1 + extra)
                default:
                    let long = nu.sign == 0 || nu.sign == sara_ii || nu.sign == sara_uu || nu.sign == sara_uee
                    let short = nu.sign == sara_i || nu.sign == sara_u || nu.sign == sara_ue || nu.sign == maitaikhu
                    let (end, extra) = takeFinal(nu.end, required: false, longVowel: long, shortVowel: short)
                    return (end, 1 + extra)
                }
            }
            let first = nucleus(i)
            if first.kind == .silent { return (first.end, 0) }
            // A bare consonant right before a silenced one is silent too (the ท of ทร์).
            if first.kind == .none, i + 1 < n, isConsonant(b[i + 1]), nucleus(i + 1).kind == .silent {
                return (nucleus(i + 1).end, 0)
            }
            // A run of consonants with no written vowel. Speakers insert "o" between
            // an onset and a final (คน) and "a" after a lone onset (สบาย), so a run of
            // k letters is about ceil(k/2) syllables: ถนน = ถะ-หนน, สนทนา = สน-ทะ-นา.
            // Cluster onsets count as one letter (กรม = 1).
            var j = i
            var syl = 0
            while j < n, isConsonant(b[j]) {
                let k = nucleus(j)
                if j > i && k.kind != .none { break }   // a toned letter starts a new run
                if k.kind == .silent { break }
                if vowelSyllable(j) != nil { break }
                // Onset (one letter or a cluster followed by a final).
                syl += 1
                var onsetLen = 1
                if j + 2 < n, isConsonant(b[j + 1]), isConsonant(b[j + 2]),
                   isOnsetPair(b[j], b[j + 1]), nucleus(j + 1).kind == .none,
                   nucleus(j + 2).kind == .none, vowelSyllable(j + 2) == nil {
                    onsetLen = 2
                }
                j = onsetLen == 2 ? j + 2 : k.end  // k.end skips a tone mark on the onset
                // Final: the next bare letter, unless it begins a written-vowel syllable
                // (a letter before ออ/อย is still a final: ส่งออก).
                if j < n, isConsonant(b[j]),
                   (nucleus(j).kind == .none && vowelSyllable(j) == nil) || startsNewSyllableAfter(j) {
                    // Leave it as an onset when the following letter is silenced (องค์ keeps ง).
                    j += 1
                    // Silent letters after the final (จันทร์-like spellings inside a run).
                    while j < n, isConsonant(b[j]) {
                        let q = nucleus(j)
                        if q.kind == .silent { j = q.end; continue }
                        if q.kind == .none, j + 1 < n, isConsonant(b[j + 1]), nucleus(j + 1).kind == .silent {
                            j = nucleus(j + 1).end; continue
                        }
                        break
                    }
                }
            }
            if syl == 0 { return (max(j, i + 1), 0) }
            return (j, syl)
        }
    }
}
