import XCTest
@testable import PitchKit

/// Loading packs: what a broken one says, and what a good one adds.
final class PackCatalogTests: XCTestCase {
    let builtIn = try! PackCatalog.builtIn()

    private func newPack(_ code: String, from source: Language = .english) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString)/\(code)-pack").path
        _ = try PackTemplate.create(at: folder, code: code, name: "Test \(code)", from: source, catalog: builtIn)
        return folder
    }

    func testInitWritesAPackThatAddsItsLanguage() throws {
        let catalog = try builtIn.adding(packsAt: [try newPack("xa", from: .thai)])
        XCTAssertEqual(catalog.codes, "en, th, vi, xa")
        let profile = try XCTUnwrap(catalog.profiles[Language(rawValue: "xa")])
        XCTAssertEqual(profile.name, "Test xa")
        XCTAssertEqual(profile.strategy, .thaiSyllables, "the copy counts time the way its source does")
        XCTAssertEqual(catalog.language(matching: "test xa"), Language(rawValue: "xa"))
        let jargon = try XCTUnwrap(catalog.list(named: "jargon"))
        XCTAssertEqual(try catalog.entries(of: jargon, in: Language(rawValue: "xa")).count, try catalog.entries(of: jargon, in: .thai).count)
        XCTAssertTrue(catalog.rules.allSatisfy { catalog.runs($0, in: Language(rawValue: "xa")) })
    }

    /// Linting reads no export or interview texts, so loading does not check
    /// the built-in ones (a user's pack is checked whole); this does.
    func testEveryBuiltInLanguageHasItsExportAndInterviewTexts() throws {
        for language in builtIn.languages {
            let profile = try XCTUnwrap(builtIn.profiles[language])
            XCTAssertNoThrow(try profile.templates(), "\(language)")
            XCTAssertNoThrow(try profile.interview(), "\(language)")
            XCTAssertNoThrow(try profile.rotation(), "\(language)")
        }
    }

    /// The built-in packs load through this same check: a list they name and lack stops pitchcoach.
    func testAMissingListIsAnErrorNotADisabledRule() throws {
        let folder = try newPack("xb")
        try FileManager.default.removeItem(atPath: folder + "/wordlists/xb/pronouns.tsv")
        XCTAssertThrowsError(try builtIn.adding(packsAt: [folder])) { error in
            XCTAssertEqual("\(error)", "\(folder)/pack.toml:9: pack xb-pack provides list 'pronouns', but wordlists/xb/pronouns.tsv is missing.")
        }
    }

    func testARuleNeedsItsMessagesInEveryLanguageItRunsIn() throws {
        let folder = try newPack("xc")
        let path = folder + "/languages/xc.toml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\nbland = ", with: "\nblend = ").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try builtIn.adding(packsAt: [folder])) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(path): [messages] needs 'bland', which rule bland says ("), "\(error)")
        }
    }

    /// The interview's flags are read as strictly as its other keys: a wrong type is one line naming the file and line.
    func testAFlagOfTheWrongTypeNamesItsFileAndLine() throws {
        for (key, wrong) in [("ask", "\"yes\""), ("space_between_scripts", "1")] {
            let folder = try newPack("xd", from: .thai)
            let path = folder + "/languages/xd.toml"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let index = try XCTUnwrap(lines.firstIndex(of: "\(key) = true"), key)
            lines[index] = "\(key) = \(wrong)"
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try builtIn.adding(packsAt: [folder])) { error in
                XCTAssertEqual("\(error)", "\(path):\(index + 1): '\(key)' should be true or false.")
            }
        }
    }

    func testExampleMarksAreChecked() {
        func error(_ examples: String) -> String? {
            do {
                _ = try RuleSpec(toml: "id = \"x\"\nseverity = \"warning\"\ncheck = \"list\"\nlist = \"jargon\"\nmessage = \"jargon\"\n[en]\ndescription = \"d\"\n" + examples, path: "x.toml")
                return nil
            } catch {
                return error.description
            }
        }
        XCTAssertNil(error("triggering = [\"We «leverage» it.\"]\nnon_triggering = [\"We use it.\"]\n"))
        XCTAssertEqual(error("triggering = [\"We leverage it.\"]\n"), "x.toml:8: mark what the rule reports with «», as in \"We «leverage» it\".")
        XCTAssertEqual(error("non_triggering = [\"We «use» it.\"]\n"), "x.toml:8: an example that does not trigger marks nothing.")
        XCTAssertEqual(error("triggering = [\"We «leverage it.\"]\n"), "x.toml:8: a « is never closed.")
        XCTAssertEqual(error("[fr]\n"), "x.toml:8: [fr] needs a description.")
    }

    func testSpansCountUnicodeScalars() throws {
        let rule = try RuleSpec(toml: "id = \"x\"\nseverity = \"warning\"\ncheck = \"length\"\n[th]\ndescription = \"d\"\ntriggering = [\"ผม«ทำ»\"]\n", path: "x.toml")
        let example = try XCTUnwrap(rule.texts[.thai]?.examples.first)
        XCTAssertEqual(example.text, "ผมทำ")
        XCTAssertEqual(example.spans, [2..<4])
    }
}
