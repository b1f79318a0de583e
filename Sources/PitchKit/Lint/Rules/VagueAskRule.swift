/// METHOD.md 3 and 4: the intro ends with a specific ask, "who is a good
/// referral, in what situation". "Anyone who needs..." makes listeners think
/// of no one. Reads only the Ask part of an intro.
public struct VagueAskRule: WordListRule {
    public static let list = WordListName.vague
    public static let sections: Set<Section>? = [.ask]

    public static let description = RuleDescription(
        id: "vague-ask",
        summary: "The ask is too general (\"anyone\", \"every business\"): name who, and in what situation.",
        defaultSeverity: .warning,
        triggering: [
            (.english, "## Ask\nA good referral for me is anyone who needs a website."),
            (.thai, "## สิ่งที่ขอ\nแนะนำใครก็ได้ที่อยากมีเว็บไซต์"),
            (.vietnamese, "## Lời đề nghị\nTôi cần gặp bất kỳ ai có nhu cầu làm website."),
        ],
        nonTriggering: [
            (.english, "## Ask\nA good referral for me is a cafe owner who still takes orders by phone."),
            (.thai, "## สิ่งที่ขอ\nอยากรู้จักเจ้าของร้านกาแฟที่ยังรับออเดอร์ทางโทรศัพท์"),
            (.vietnamese, "## Lời đề nghị\nTôi cần gặp chủ quán cà phê vẫn nhận đơn qua điện thoại."),
        ]
    )

    public init() {}

    public static let messageKey = "vague_ask"
}
