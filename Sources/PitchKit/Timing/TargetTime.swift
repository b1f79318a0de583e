/// How long an intro should take to say. Every target is checked where it
/// comes in (a flag, a pitch's front matter, a config file): an intro of less
/// than 5 seconds or more than an hour is a typo, and an infinite one would
/// overflow every sum that times it.
public enum TargetTime {
    /// The chapter standard, when nothing else is said.
    public static let standard = 60.0
    public static let allowed = 5.0...3600.0

    /// What to say about a target outside `allowed`, after naming where it came from.
    public static let rangeAdvice = "should be a number of seconds from 5 to 3600 (one hour), such as 60."

    /// `seconds` if an intro can have it as its target.
    public static func validated(_ seconds: Double?) -> Double? {
        guard let seconds, seconds.isFinite, allowed.contains(seconds) else { return nil }
        return seconds
    }

    /// A target written as text ("60", "90.5"), if it is one an intro can have.
    public static func validated(text: String) -> Double? {
        validated(Double(text.trimmingSpaces()))
    }
}
