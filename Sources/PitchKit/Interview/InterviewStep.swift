/// One question of the interview. Its `key` is what the store records.
public enum InterviewStep: Hashable, Sendable {
    case name
    case business
    /// How the speaker refers to themselves (Thai pronoun and particle, Vietnamese
    /// self-reference, English I or we): asked once when the answers show none.
    case persona
    case idealClient
    case clientWho(Int)
    case clientBefore(Int)
    case clientDid(Int)
    case clientAfter(Int)
    /// The one polite follow-up when a result has no number in it.
    case clientAfterNumber(Int)
    case pick(Int)
    case statement(Int)
    case moreClients(Int)
    /// Which client's statement leads, when there are several.
    case lead
    case ask
    /// The one follow-up when the ask is vague.
    case askSpecific
    case hook
    /// How a fellow member reaches you (optional): the draft's front matter, for the referral card and vCard.
    case phone
    case email
    case web
    case review

    /// At most this many client stories.
    public static let maximumClients = 3

    /// The question keys every interview file must have.
    static let questionKeys = [
        "name", "business", "persona", "ideal_client", "client_who", "client_before", "client_did", "client_after",
        "client_after_number", "pick", "statement", "more_clients", "lead", "ask", "ask_specific", "hook", "phone", "email", "web", "review",
    ]

    /// The contact questions, in the order the card lists them.
    static let contacts: [InterviewStep] = [.phone, .email, .web]

    public var key: String {
        switch self {
        case .name: "name"
        case .business: "business"
        case .persona: "persona"
        case .idealClient: "ideal-client"
        case .clientWho(let n): "client.\(n).who"
        case .clientBefore(let n): "client.\(n).before"
        case .clientDid(let n): "client.\(n).did"
        case .clientAfter(let n): "client.\(n).after"
        case .clientAfterNumber(let n): "client.\(n).after-number"
        case .pick(let n): "client.\(n).pick"
        case .statement(let n): "client.\(n).statement"
        case .moreClients(let n): "client.\(n).more"
        case .lead: "lead"
        case .ask: "ask"
        case .askSpecific: "ask-specific"
        case .hook: "hook"
        case .phone: "phone"
        case .email: "email"
        case .web: "web"
        case .review: "review"
        }
    }

    public init?(key: String) {
        let parts = key.split(separator: ".")
        if parts.count == 3, parts[0] == "client", let number = Int(parts[1]), (1...Self.maximumClients).contains(number) {
            switch parts[2] {
            case "who": self = .clientWho(number)
            case "before": self = .clientBefore(number)
            case "did": self = .clientDid(number)
            case "after": self = .clientAfter(number)
            case "after-number": self = .clientAfterNumber(number)
            case "pick": self = .pick(number)
            case "statement": self = .statement(number)
            case "more": self = .moreClients(number)
            default: return nil
            }
            return
        }
        let simple: [InterviewStep] = [.name, .business, .persona, .idealClient, .lead, .ask, .askSpecific, .hook, .phone, .email, .web, .review]
        guard let step = simple.first(where: { $0.key == key }) else { return nil }
        self = step
    }

    var questionKey: String {
        switch self {
        case .name: "name"
        case .business: "business"
        case .persona: "persona"
        case .idealClient: "ideal_client"
        case .clientWho: "client_who"
        case .clientBefore: "client_before"
        case .clientDid: "client_did"
        case .clientAfter: "client_after"
        case .clientAfterNumber: "client_after_number"
        case .pick: "pick"
        case .statement: "statement"
        case .moreClients: "more_clients"
        case .lead: "lead"
        case .ask: "ask"
        case .askSpecific: "ask_specific"
        case .hook: "hook"
        case .phone: "phone"
        case .email: "email"
        case .web: "web"
        case .review: "review"
        }
    }

    /// Questions a user may leave empty or `:skip`.
    public var isOptional: Bool {
        switch self {
        case .idealClient, .clientAfterNumber, .askSpecific, .hook, .phone, .email, .web: true
        default: false
        }
    }

    /// How the composer reads the answer; nil for choices (a pick, yes or no, a number) and contact details.
    var answerKind: AnswerKind? {
        switch self {
        case .name: .name
        case .business: .business
        case .idealClient: .ideal
        case .clientWho: .client
        case .clientBefore: .before
        case .clientDid: .did
        case .clientAfter: .after
        case .ask, .askSpecific: .ask
        case .clientAfterNumber, .hook: .plain
        default: nil
        }
    }

    /// The steps whose answers are the user's own words.
    static let answerSteps: [InterviewStep] = [.name, .business, .idealClient, .ask, .askSpecific, .hook]
        + (1...maximumClients).flatMap { [InterviewStep.clientWho($0), .clientBefore($0), .clientDid($0), .clientAfter($0), .clientAfterNumber($0)] }

    /// The client story a step belongs to.
    public var client: Int? {
        switch self {
        case .clientWho(let n), .clientBefore(let n), .clientDid(let n), .clientAfter(let n),
             .clientAfterNumber(let n), .pick(let n), .statement(let n), .moreClients(let n): n
        default: nil
        }
    }

    /// Answers drafted from this one, which must be asked again when it changes.
    var dependents: [InterviewStep] {
        switch self {
        case .clientWho(let n), .clientBefore(let n), .clientDid(let n), .clientAfter(let n), .clientAfterNumber(let n):
            [.pick(n), .statement(n)]
        case .pick(let n): [.statement(n)]
        // The statements were drafted in the speaker's words.
        case .persona: (1...Self.maximumClients).flatMap { [InterviewStep.pick($0), .statement($0)] }
        case .ask: [.askSpecific]
        default: []
        }
    }
}
