import Foundation

/// The bundle that carries pitchcoach's word lists, prompts and speaking rates.
public let pitchResourcesBundle = Bundle.module
