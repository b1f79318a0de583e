/// The ways a referral card can be exported: to read or print, and as a
/// contact a member saves on their phone.
public enum CardFormat: String, CaseIterable, Sendable {
    /// The card's lines, for the screen or a print-out.
    case card
    /// A vCard 4.0 (RFC 6350) contact with the card in its note.
    case vcard

    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// The format a file name asks for (`ann.vcf`), if its extension names one.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "vcf", "vcard": self = .vcard
        default: return nil
        }
    }

    public func render(_ card: ReferralCard) -> String {
        switch self {
        case .card: card.lines.joined(separator: "\n") + "\n"
        case .vcard: VCard.render(card)
        }
    }

    /// Several members' cards on one Markdown sheet, for a chapter: each card a section.
    public static func sheet(_ cards: [ReferralCard]) -> String {
        cards.map { card in
            let lines = card.lines
            return "## \(lines[0])\n\n" + lines.dropFirst().map { "- \($0)\n" }.joined()
        }.joined(separator: "\n")
    }
}

/// vCard 4.0 as RFC 6350 writes it: CRLF line ends, lines folded at 75
/// octets without splitting a UTF-8 sequence, and `\`, `,`, `;` and line
/// breaks escaped in text values.
enum VCard {
    static let maximumLineOctets = 75

    static func render(_ card: ReferralCard) -> String {
        var properties = ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual", "FN:" + escaped(card.name)]
        if let business = card.business { properties.append("ORG:" + escaped(business)) }
        if let trade = card.trade { properties.append("CATEGORIES:" + escaped(trade)) }
        if let phone = card.phone { properties.append(telephone(phone)) }
        if let email = card.email { properties.append("EMAIL;TYPE=work:" + escaped(email)) }
        if let web = card.web { properties.append("URL:" + uri(web)) }
        properties.append("NOTE:" + escaped(card.lines.dropFirst().joined(separator: "\n")))
        properties.append("END:VCARD")
        return properties.map(folded).joined()
    }

    /// A text value with RFC 6350's escapes (section 3.4).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A number written with its country code becomes a `tel:` URI, as RFC 6350
    /// recommends; a local one stays text, since a `tel:` URI needs the country.
    private static func telephone(_ phone: String) -> String {
        let separators = Set(" -.()")
        let isGlobal = phone.first == "+" && phone.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || separators.contains($0)) }
        guard isGlobal else { return "TEL;TYPE=work,voice:" + escaped(phone) }
        let uri = phone.split(whereSeparator: { $0 == " " }).joined(separator: "-")
        return "TEL;TYPE=work,voice;VALUE=uri:tel:" + uri
    }

    /// A web address as a URI: `https://` added when it names no scheme.
    private static func uri(_ web: String) -> String {
        let address = web.filter { !$0.isWhitespace }
        return address.contains("://") ? address : "https://" + address
    }

    /// One content line, folded: at most 75 octets a line, each continuation
    /// starting with a space, every line ending in CRLF. Folds fall between
    /// characters, so neither a UTF-8 sequence nor a Thai or Vietnamese letter
    /// with its marks is split.
    static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            if octets + size > maximumLineOctets {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result + "\r\n"
    }
}
