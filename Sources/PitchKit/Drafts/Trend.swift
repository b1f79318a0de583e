/// Small text pictures of how a pitch changes over its versions.
public enum Sparkline {
    public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One bar per value, lowest value ▁ and highest █. Longer series are
    /// averaged into `width` buckets so the line fits a terminal.
    public static func render(_ values: [Double], width: Int = 40) -> String {
        let points = bucketed(values, width: max(width, 1))
        guard let low = points.min(), let high = points.max() else { return "" }
        guard high > low else { return String(repeating: bars[0], count: points.count) }
        return String(points.map { value in
            bars[min(bars.count - 1, Int(((value - low) / (high - low) * Double(bars.count - 1)).rounded()))]
        })
    }

    static func bucketed(_ values: [Double], width: Int) -> [Double] {
        guard values.count > width else { return values }
        return (0..<width).map { bucket in
            let start = bucket * values.count / width
            let end = (bucket + 1) * values.count / width
            let slice = values[start..<max(end, start + 1)]
            return slice.reduce(0, +) / Double(slice.count)
        }
    }
}
