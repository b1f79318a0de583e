import Foundation
import XCTest

/// `pitchcoach rehearse` through the real binary, with Enter presses piped in.
/// Times depend on the real clock, so these check the flow, not the numbers
/// (the engine's numbers are tested with a fake clock in PitchKitTests).
final class RehearseCommandTests: XCTestCase {
    private var pitch: String { goldenPitch("en") }

    private func goldenPitch(_ language: String) -> String {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("export/pitch-\(language).md").path
    }

    func testAWholeRehearsalEndsWithATable() throws {
        let result = try Pitchcoach.run(["rehearse", pitch], input: String(repeating: "\n", count: 7))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Rehearsal: 6 parts, about 56 seconds (target 60).\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n1/6 Name and business · about "), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n6/6 Name again · about "), result.stdout)
        XCTAssertTrue(result.stdout.contains("Part               Estimate  Actual  Difference\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nTotal "), result.stdout)
        XCTAssertTrue(result.stdout.contains("Timing light at the end: green"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no escape codes in piped output")
    }

    func testAThaiRehearsalSpeaksThai() throws {
        let result = try Pitchcoach.run(["rehearse", goldenPitch("th")], input: String(repeating: "\n", count: 7))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("ซ้อมพูด: 6 ช่วง ประมาณ 42 วินาที (เป้าหมาย 60 วินาที)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n1/6 ชื่อและธุรกิจ · ประมาณ "), result.stdout)
        let header = result.stdout.split(separator: "\n").first { $0.hasPrefix("ช่วง ") }
        XCTAssertEqual(header?.split(separator: " "), ["ช่วง", "ประมาณไว้", "พูดจริง", "ต่างกัน"], result.stdout)
        XCTAssertTrue(result.stdout.contains("\nรวม "), result.stdout)
        XCTAssertTrue(result.stdout.contains("ไฟจับเวลาตอนจบ: เขียว"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Part"), result.stdout)
    }

    func testStoppingEarlyShowsThePartsSaid() throws {
        let result = try Pitchcoach.run(["rehearse", pitch], input: "\n\n\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Stopped after 2 of 6 parts."), result.stdout)
        XCTAssertFalse(result.stdout.contains("\nStory "), result.stdout)
    }

    func testCalibrationRefusesAPaceNobodySpeaksAt() throws {
        let home = try Pitchcoach.temporaryDirectory()
        let result = try Pitchcoach.run(["rehearse", "--calibrate", pitch], input: String(repeating: "\n", count: 7), home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Your pace was not saved:"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("data/pitchcoach/pace.toml").path))
    }

    func testPipedPressesSayHowManyAndWhyTheRunIsNotKept() throws {
        let home = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.run(["drafts", "save", "ha", goldenPitch("vi")], home: home)
        let result = try Pitchcoach.run(["rehearse", "ha"], input: String(repeating: "\n", count: 7), home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Nhấn Enter để bắt đầu tính giờ, rồi nhấn thêm một lần mỗi khi nói xong một phần: tổng cộng 7 lần."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Lần tập này không được lưu: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nTổng                    34,7 s    0,0 s     -34,7 s\n"), "Vietnamese writes a decimal comma:\n\(result.stdout)")
        XCTAssertFalse(try Pitchcoach.run(["drafts", "log", "ha"], home: home).stdout.contains("rehearsed"))
    }

    func testStandardInputCannotBeThePitch() throws {
        let result = try Pitchcoach.run(["rehearse", "-"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("name a pitch file instead of -"), result.stderr)
    }
}
