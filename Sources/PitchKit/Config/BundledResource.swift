import Foundation
import PitchResources

/// Finds pitchcoach's own data files in the resource bundle.
enum BundledResource {
    /// The path of `Resources/<relative>`. Missing means a broken install.
    static func path(_ relative: String) throws(PitchError) -> String {
        guard let url = pitchResourcesBundle.resourceURL?.appendingPathComponent(relative),
              FileManager.default.fileExists(atPath: url.path)
        else {
            throw PitchError("pitchcoach's own file \(relative) is missing; reinstall pitchcoach.")
        }
        return url.path
    }
}
