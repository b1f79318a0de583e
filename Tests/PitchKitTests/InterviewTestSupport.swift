import XCTest
@testable import PitchKit

/// Gives `answers` to the interview in turn; a refusal fails the test where it was called.
func answer(_ interview: inout Interview, _ answers: [String], file: StaticString = #filePath, line: UInt = #line) {
    for text in answers {
        let step = interview.current
        if case .rejected(let message) = interview.submit(text) {
            XCTFail("“\(text)” rejected at \(String(describing: step)): \(message)", file: file, line: line)
        }
    }
}
