import Foundation
import XCTest

/// Packs through the real binary: a new language from `packs init`, a trade's
/// own jargon, a rule added as data, and broken packs.
final class PacksCommandTests: XCTestCase {
    /// Writes `files` (paths inside the pack folder `pack`) and a pitch in a new
    /// folder whose pitchcoach.toml names the pack, and lints the pitch there.
    private func lint(_ pitch: String, withPack pack: String, _ files: [String: String]) throws -> (folder: URL, result: Pitchcoach.Result) {
        let folder = try Pitchcoach.temporaryDirectory()
        for (path, text) in files { try Pitchcoach.file("\(pack)/\(path)", text, in: folder) }
        try Pitchcoach.file("pitchcoach.toml", "packs = [\"\(pack)\"]\n", in: folder)
        try Pitchcoach.file("pitch.md", pitch, in: folder)
        return (folder, try Pitchcoach.run(["lint", "pitch.md"], directory: folder))
    }

    /// `packs init --from en`, one jargon entry added, the pack configured:
    /// `lint --lang id` reports the entry where it is.
    func testAnIndonesianPackFromInitLintsAtOnce() throws {
        let folder = try Pitchcoach.temporaryDirectory()
        let created = try Pitchcoach.run(["packs", "init", "indonesian", "--lang", "id", "--name", "Indonesian", "--from", "en"], directory: folder)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("packs = [\"indonesian\"]"), created.stdout)
        let jargon = folder.appendingPathComponent("indonesian/wordlists/id/jargon.tsv")
        let handle = try FileHandle(forWritingTo: jargon)
        handle.seekToEndOfFile()
        handle.write(Data("sinergi\tkerja sama\tKata rapat kantor; pendengar tidak membayangkan apa-apa.\n".utf8))
        try handle.close()
        try Pitchcoach.file("pitchcoach.toml", "packs = [\"indonesian\"]\n", in: folder)
        try Pitchcoach.file("pitch.md", "---\nname: Budi\n---\nSaya membantu kafe dengan sinergi yang baik.\n", in: folder)

        let result = try Pitchcoach.run(["lint", "--lang", "id", "pitch.md"], directory: folder)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("pitch.md:4:27: warning: “sinergi” is insider language: many listeners will stop following here. [jargon]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("pitch.md: Indonesian, 7 words"), result.stdout)

        let listed = try Pitchcoach.run(["packs", "list"], directory: folder)
        XCTAssertTrue(listed.stdout.contains("indonesian 0.1.0  \(folder.appendingPathComponent("indonesian").path)\n  languages: id (Indonesian)"), listed.stdout)
        let again = try Pitchcoach.run(["packs", "init", "other", "--lang", "id", "--name", "Indonesian"], directory: folder)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stderr, "pitchcoach: language 'id' is already provided by pack indonesian; pick a code no pack uses.\n")
    }

    /// A pack that adds a list to a language another pack provides: a trade's jargon.
    func testATradePackAddsEnglishJargon() throws {
        let (_, result) = try lint("My croissants get their flake from careful lamination, so you taste butter.\n", withPack: "bakery", [
            "pack.toml": "name = \"bakery\"\nversion = \"1.0.0\"\n\n[provides]\nlists = [\"jargon\"]\n",
            "wordlists/en/jargon.tsv": "phrase\tsuggestion\tnote\nlamination\tbutter folded into the dough in thin layers\tBakers' word; customers picture plastic.\n",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("""
            pitch.md:1:44: warning: “lamination” is insider language: many listeners will stop following here. [jargon]
                ↳ Say it the way a client would: “butter folded into the dough in thin layers”.
            """), result.stdout)
    }

    /// A rule is data too: a pack adds one with its list and what it says in English.
    func testAPackAddsAListRule() throws {
        let (folder, result) = try lint("You pay less tax: our books are cheap.\n", withPack: "chapter", [
            "pack.toml": "name = \"chapter\"\nversion = \"1.0.0\"\n\n[provides]\nlists = [\"banned\"]\nrules = [\"banned\"]\n",
            "rules/banned.toml": """
                id = "banned"
                severity = "error"
                check = "list"
                list = "banned"
                message = "banned"

                [en]
                description = "Words our chapter has agreed not to use."
                triggering = ["We are «cheap»."]
                non_triggering = ["We cost less."]
                """,
            "wordlists/en/banned.tsv": "cheap\tsay what it costs\tSounds like poor quality.\n",
            "languages/en.toml": "[messages]\nbanned = \"“{text}” is a word this chapter does not use.\"\n",
        ])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("pitch.md:1:33: error: “cheap” is a word this chapter does not use. [banned]\n    ↳ Say what it costs.\n"), result.stdout)
        let rules = try Pitchcoach.run(["rules"], directory: folder)
        XCTAssertTrue(rules.stdout.contains("banned (error)\n  Words our chapter has agreed not to use.\n  Example: We are cheap.\n"), rules.stdout)
    }

    /// A broken pack is one line naming the file and line, and status 2.
    func testABrokenPackGetsOneLineNamingTheFileAndLine() throws {
        let cases: [(files: [String: String], error: String)] = [
            (["pack.toml": "name = \"p\"\n[provides]\nlists = [\"jargon\"]\n"],
             "p/pack.toml:1: a pack needs name = \"...\" and version = \"...\"."),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nlists = [\"jargon\"]\n",
              "wordlists/en/jargon.tsv": "# ours\nsynergie\tworking together\n"],
             "p/wordlists/en/jargon.tsv:2: expected 3 fields separated by tabs (phrase, suggestion, note), found 2"),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nlanguages = [\"xx\"]\n",
              "languages/xx.toml": "name = \"X\"\n[speaking]\nunit = \"morae\"\nrate = 3\nsource = \"s\"\n[rules]\n[sections]\n"],
             "p/languages/xx.toml:3: unknown speaking unit; use one of words, syllables-by-space, thai-syllables."),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nlanguages = [\"xx\"]\n",
              "languages/xx.toml": "name = \"X\"\n[speaking]\nunit = \"words\"\nrate = 2\nsource = \"s\"\n[matching]\nvariants = [\"stemming\"]\n[rules]\n[sections]\n"],
             "p/languages/xx.toml:7: unknown matching variant 'stemming'; use any of english-inflections, vietnamese-spellings, thai-loanword-spellings."),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nlanguages = [\"xx\"]\n",
              "languages/xx.toml": "name = \"X\"\n[speaking]\nunit = \"words\"\nrate = 2\nsource = \"s\"\nsplit_onsets = [\"พลัง\"]\n[rules]\n[sections]\n"],
             "p/languages/xx.toml:6: split_onsets is for unit = \"thai-syllables\"."),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nrules = [\"jargon\"]\n",
              "rules/jargon.toml": "# mine\nid = \"jargon\"\nseverity = \"warning\"\ncheck = \"list\"\nlist = \"jargon\"\nmessage = \"jargon\"\n"],
             "p/rules/jargon.toml:2: rule 'jargon' is already defined in "),
            (["pack.toml": "name = \"p\"\nversion = \"1\"\n[provides]\nlists = [\"jargon\"]\n"],
             "p/pack.toml:4: pack p provides list 'jargon', but has no wordlists/<code>/jargon.tsv."),
        ]
        for (files, expected) in cases {
            let (folder, result) = try lint("You pay less tax.\n", withPack: "p", files)
            XCTAssertEqual(result.status, 2, "\(files)")
            XCTAssertTrue(result.stderr.hasPrefix("pitchcoach: \(folder.path)/\(expected)"), "\(files): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        let missing = try Pitchcoach.temporaryDirectory()
        try Pitchcoach.file("pitchcoach.toml", "packs = [\"nowhere\"]\n", in: missing)
        XCTAssertEqual(try Pitchcoach.run(["packs", "list"], directory: missing).stderr,
                       "pitchcoach: \(missing.path)/nowhere/pack.toml: cannot read this pack's manifest; a pack is a folder with a pack.toml.\n")
    }

    func testRulesSpeaksTheChosenLanguage() throws {
        let thai = try Pitchcoach.run(["rules", "--lang", "th"])
        XCTAssertTrue(thai.stdout.contains("jargon (warning)\n  ศัพท์เฉพาะที่ทำให้คนฟังตามไม่ทัน ลองพูดแบบที่ลูกค้าของคุณพูด\n  Example: ผมทำ IT consult ครับ\n"), thai.stdout)
        let vietnamese = try Pitchcoach.run(["rules", "--lang", "vi"])
        XCTAssertTrue(vietnamese.stdout.contains("  Example: Chúng tôi cung cấp giải pháp chuyển đổi số cho doanh nghiệp.\n"), vietnamese.stdout)
        let unknown = try Pitchcoach.run(["rules", "--lang", "xx"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "pitchcoach: --lang: unknown language 'xx'; known languages are en, th, vi. A pack can add one (pitchcoach packs init).\nSee 'pitchcoach rules --help'.\n")
    }
}
