/// Thai writes many loanwords more than one way, all seen in shop signs and
/// chat: with or without ็ (คอนเซ็ปต์, คอนเซปต์), with or without a silent ร์
/// (มาร์เก็ตติ้ง, มาเก็ตติ้ง), and with one silent final letter or another
/// (ลิงค์, ลิงก์; เว็บไซต์, เว็บไซท์). The `thai-loanword-spellings` matching
/// variant drops those three, so a list writes one spelling and finds the others.
/// Tone marks stay: they tell native words apart (ได้, ได).
enum ThaiSpelling {
    /// The new length of the folded word in `buffer[..<count]`, respelled in place.
    static func fold(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        // Thai letters are three bytes, E0 B8 xx or E0 B9 xx; anything else is copied.
        var read = 0, write = 0
        while read < count {
            if read + 2 < count, buffer[read] == 0xE0 {
                let second = buffer[read + 1], third = buffer[read + 2]
                if second == 0xB9, third == maitaikhu { read += 3; continue }
                // ร์ anywhere: ฟาร์ม, มาร์เก็ต.
                if second == 0xB8, third == roRuea, isKaran(buffer, at: read + 3, count: count) { read += 6; continue }
                // A silent letter closing the word: ลิงค์, ไซต์.
                if read + 6 == count, isKaran(buffer, at: read + 3, count: count) { read += 6; continue }
            }
            buffer[write] = buffer[read]
            write += 1
            read += 1
        }
        return write
    }

    private static let maitaikhu: UInt8 = 0x87   // ็, U+0E47
    private static let roRuea: UInt8 = 0xA3      // ร, U+0E23

    /// ์, U+0E4C, at `index`.
    private static func isKaran(_ buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int, count: Int) -> Bool {
        index + 2 < count && buffer[index] == 0xE0 && buffer[index + 1] == 0xB9 && buffer[index + 2] == 0x8C
    }
}
