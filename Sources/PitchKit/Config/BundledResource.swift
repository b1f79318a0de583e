import Foundation
import PitchResources

/// Reads pitchcoach's own data files from the resource bundle.
enum BundledResource {
    /// The text of `Resources/<relative>`. Missing means a broken install.
    static func text(_ relative: String) throws(PitchError) -> String {
        guard let url = pitchResourcesBundle.resourceURL?.appendingPathComponent(relative),
              let data = FileManager.default.contents(atPath: url.path)
        else {
            throw PitchError("pitchcoach's own file \(relative) is missing; reinstall pitchcoach.")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
