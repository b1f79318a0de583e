/// The part of the intro a piece of text belongs to. A Markdown heading names
/// the part (`## Benefit`, `## ประโยชน์`, `## Lợi ích`); text before any heading
/// is the opening (your name and business).
public enum Section: String, CaseIterable, Codable, Sendable {
    case opening
    case benefit
    case story
    case ask
    case hook
    case closing
    /// A heading pitchcoach does not know: still linted and timed.
    case other
}

extension Section {
    /// The parts a data file may name, for error messages.
    static let partNames = allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: ", ")
}
