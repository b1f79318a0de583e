import Foundation

extension Double {
    /// The value to `places` decimals, as outputs show estimates (3.4 seconds).
    public func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}

extension Double {
    /// Seconds as every output says them ("about 114 seconds"), and as the
    /// target is compared with: one rounding, so the summary, the over-time
    /// finding, export and the interview never disagree by a second.
    public var wholeSeconds: Int { Int(rounded()) }
}
