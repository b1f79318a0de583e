/// Pitches and settings as a careless editor, a paste from the web or a broken
/// disk would leave them: real pitch lines in the three languages, shuffled,
/// given odd front matter and headings, then mutated byte by byte.
public struct HostileInput {
    private var generator: SeededGenerator

    public init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// Lines people write in pitches, in English, Thai and Vietnamese.
    static let lines = [
        "Hi, I'm Ann Lee from Lee Bookkeeping. We offer quality service and leverage our synergy.",
        "I basically help cafe owners who dread tax season, so that they pay less tax and get their evenings back.",
        "Last spring a bakery owner came to me with a shoebox of receipts; she saved 4,000 dollars.",
        "A good referral for me is a landlord whose tenant just left. Results guaranteed!",
        "We are the best plumbers in town, 100% satisfaction guaranteed.",
        "Your hot water is back the same day.",
        "If you know anyone who just bought a house, please introduce me.",
        "สวัสดีครับ ผมสมชายจากไอทีแคร์ ผมทำ IT consult ครับ",
        "ผมดูแลคอมพิวเตอร์ให้ทำงานได้ตลอดทุกวัน ปัญหาส่งเมลไม่ได้ พิมพ์เอกสารไม่ได้ จะหมดไป",
        "ลูกค้าที่ดีสำหรับผมคือสำนักงานบัญชีที่มีพนักงานสิบคนขึ้นไป บริการครบวงจร รับประกันคุณภาพ 100%",
        "ถ้ารู้จักใครที่เพิ่งเปิดร้านอาหาร ฝากแนะนำด้วยนะคะ",
        "Xin chào, tôi là Lan từ Sổ Sách Xanh. Công ty chúng tôi uy tín, chuyên nghiệp.",
        "Tôi lo sổ sách để chủ quán cà phê đóng thuế ít hơn và có lại buổi tối.",
        "Người tôi cần gặp là chủ quán cà phê đang tự làm sổ sách mỗi tối. Cam kết 100%!",
        "Nhờ anh chị giới thiệu giúp em những gia đình vừa mua nhà.",
    ]

    static let headings = [
        "# Opening", "## Benefit", "## Story", "## Ask", "## Hook", "# แนะนำตัว", "## ประโยชน์",
        "## ลูกค้าที่ต้องการ", "# Giới thiệu", "## Lợi ích", "## Lời đề nghị", "#", "###### ", "## 🎯",
    ]

    /// Target times and language codes as people mistype them, and worse.
    static let numbers = [
        "60", "90.5", "5", "3600", "0", "-1", "4.99", "3601", "inf", "-inf", "nan", "1e400", "1e308", "1e20",
        "99999999999999999999", "0x3C", "sixty", "", "60 s", "1_000", "6e1", "  45  ",
    ]
    static let languages = ["en", "th", "vi", "EN", "xx", "", "thai", "vi-VN", "🇹🇭"]

    /// Byte sequences that have broken text tools before.
    static let specials: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC3], [0xE0, 0xB8], [0xF0, 0x9F, 0x98],
        [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x0D], [0x0D, 0x0A], [0x09], [0x0C],
        Array("\u{200B}\u{200D}\u{FEFF}\u{00AD}\u{034F}\u{2060}".utf8), Array("\u{00A0}\u{3000}\u{2028}\u{2029}".utf8),
        Array("e\u{0301}\u{0302}\u{0303}\u{0304}".utf8), Array("ก\u{0E48}\u{0E49}\u{0E4A}\u{0E4B}".utf8), Array("👩🏽‍💻🇻🇳".utf8),
        Array("<!-- pitchcoach off -->".utf8), Array("<!-- pitchcoach on -->".utf8), Array("<!-- pitchcoach ignore jargon -->".utf8),
        Array("<!-- pitchcoach ignore nothing-->".utf8), Array("<!--".utf8), Array("```".utf8), Array("---".utf8),
        Array("seconds: ".utf8), Array("lang: ".utf8), Array("100%".utf8), Array("฿990".utf8), Array("…".utf8),
    ]

    private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &generator)! }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

    /// A pitch: maybe front matter with odd values, headings and lines, and
    /// sometimes a long line or a long file, then a few mutations.
    public mutating func pitch() -> [UInt8] {
        var text = ""
        if chance(60) {
            text += "---\n"
            if chance(70) { text += "name: Ann\n" }
            if chance(60) { text += "seconds: \(pick(Self.numbers))\n" }
            if chance(40) { text += "lang: \(pick(Self.languages))\n" }
            if chance(10) { text += pick(["phone: +66 81 234 5678\n", "bogus\n", ": :\n", "seconds:\n"]) }
            if chance(90) { text += "---\n" }
        }
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            if chance(30) { text += pick(Self.headings) + "\n\n" }
            text += pick(Self.lines) + (chance(80) ? "\n" : " ")
            if chance(30) { text += "\n" }
        }
        if chance(5) { text += String(repeating: pick(Self.lines) + " ", count: Int.random(in: 50...400, using: &generator)) }
        if chance(3) { text += String(repeating: "ก", count: 20_000) }
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 0...6, using: &generator) { mutate(&bytes) }
        return bytes
    }

    /// One edit: mostly at a character boundary, as an editor or a paste
    /// makes them; one in seven anywhere, as a broken disk or transfer does.
    private mutating func mutate(_ bytes: inout [UInt8]) {
        var position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
        let anywhere = chance(15)
        if !anywhere {
            while position > 0, position < bytes.count, bytes[position] & 0xC0 == 0x80 { position -= 1 }
        }
        let length = Int.random(in: 1...60, using: &generator)
        var end = min(bytes.count, position + length)
        if !anywhere {
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:
            bytes.insert(contentsOf: pick(Self.specials), at: position)
        case 1:
            bytes.removeSubrange(position..<end)
        case 2:
            bytes.insert(contentsOf: bytes[position..<end], at: position)
        case 3 where anywhere:
            bytes = Array(bytes.prefix(position))
        default:
            let noise: [UInt8] = anywhere
                ? (0..<Int.random(in: 1...8, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                : Array(String(pick(["🙂", "ก", "ệ", "\u{0301}", "’", "“", "%", "\t", " ", "\n\n", "# ", "<!-- ", " -->"])).utf8)
            bytes.insert(contentsOf: noise, at: position)
        }
    }

    /// A `pitchcoach.toml`, or nil for none: mostly valid keys with odd values.
    public mutating func configuration() -> String? {
        guard chance(40) else { return nil }
        var text = ""
        if chance(20) { text += "version = \(pick(["1", "2", "inf", "1.5", "\"1\""]))\n" }
        if chance(70) { text += "seconds = \(pick(["60", "45.5", "inf", "-inf", "nan", "1e400", "0", "99999999999999999999", "\"60\"", "3600"]))\n" }
        if chance(30) { text += "language = \"\(pick(Self.languages))\"\n" }
        if chance(30) { text += "accept = [\"synergy\", \"\", \"ครบวงจร\"]\n" }
        if chance(30) { text += "[rules]\n\(pick(["jargon", "filler", "length", "nope"])) = \"\(pick(["off", "error", "warning", "loud"]))\"\n" }
        if chance(10) { text += pick(["[lists]\njargon = [\"missing.tsv\"]\n", "= broken\n", "seconds = [\n"]) }
        return text
    }
}
