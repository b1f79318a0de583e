/// The ways of writing one word that a language's lists should not have to
/// spell out, each a named strategy a language file picks in `[matching]`
/// (`variants = ["english-inflections"]`): a new language that needs one of
/// these takes no Swift; only a new kind of variant does.
public struct MatchingVariants: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Plurals, verb forms and possessives meet their lemma (EnglishInflection).
    public static let englishInflections = MatchingVariants(rawValue: 1 << 0)
    /// Old and new tone placement, final i and y (VietnameseSpelling).
    public static let vietnameseSpellings = MatchingVariants(rawValue: 1 << 1)
    /// Loanwords with or without ็, a silent ร์ or a silent final letter (ThaiSpelling).
    public static let thaiLoanwordSpellings = MatchingVariants(rawValue: 1 << 2)

    /// Every variant by the name a language file gives it.
    public static let byName: [(name: String, variant: MatchingVariants)] = [
        ("english-inflections", .englishInflections),
        ("vietnamese-spellings", .vietnameseSpellings),
        ("thai-loanword-spellings", .thaiLoanwordSpellings),
    ]

    public static let names = byName.map(\.name).joined(separator: ", ")

    public init?(name: String) {
        guard let found = Self.byName.first(where: { $0.name == name }) else { return nil }
        self = found.variant
    }
}
