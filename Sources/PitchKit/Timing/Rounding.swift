import Foundation

extension Double {
    /// The value to `places` decimals, as outputs show estimates (3.4 seconds).
    public func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
