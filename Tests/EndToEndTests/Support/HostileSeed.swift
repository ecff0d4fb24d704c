import Foundation

/// A sandbox state file whose organization, project and Slack team names
/// carry everything a hostile or broken Atlas could send: escape sequences,
/// C1 controls, NUL, bidi overrides, invisible and combining characters,
/// 10,000-character names and unpaired surrogate escapes.
///
/// The sandbox loads it like any `--state` file it wrote itself, and serves
/// the names over its API byte for byte (as JSON escapes), as Atlas would.
/// Every project name starts with `hxNN` so a filter finds it; every payload
/// has a marker that no terminal description contains, so the raw terminal
/// output can be searched for it.
enum HostileSeed {
    struct Name {
        /// The `hxNN` prefix.
        let key: String
        let payload: String
        /// What the screen shows once the payload is drawn inert; nil when
        /// nothing after the payload stays visible (10,000 characters, an
        /// unterminated control string swallowing the rest).
        let visible: String?
        var text: String { "\(key) Alpha\(payload)Omega" }
    }

    static let esc = "\u{1B}"

    /// Bytes that must never reach the terminal: each belongs to a payload
    /// and to no sequence that curses writes for `tmux-256color`.
    static let markers: [String] = [
        "\(esc)[31;1;4;53m", "[31;1;4;53m", "[999;999H", "[77A", "]52;", "ZWNobyBwd25lZA", "TITLEPWNED",
        "]0;", "]2;", "DCSPAYLOAD", "Pq#0", "\(esc)[6n", "\(esc)[c", "\(esc)[>c", "\(esc)[18t", "\(esc)c",
        "APCPAYLOAD", "\u{9B}", "\u{202E}", "\u{0}", "\u{200B}", "\u{FEFF}", "ORGTITLE", "TEAMTITLE", "CHANTITLE",
        "DETAILTITLE", "ERRCLIP",
    ]

    static let names: [Name] = [
        Name(key: "hx01", payload: "\(esc)[31;1;4;53mRED\(esc)[0m", visible: "hx01 AlphaREDOmega"),
        Name(key: "hx02", payload: "\(esc)[999;999H\(esc)[77A\(esc)[2J\(esc)[?25l", visible: "hx02 AlphaOmega"),
        Name(key: "hx03", payload: "\(esc)]52;c;ZWNobyBwd25lZA==\u{7}", visible: "hx03 AlphaOmega"),
        Name(key: "hx04", payload: "\(esc)]0;TITLEPWNED0\u{7}\(esc)]2;TITLEPWNED2\(esc)\\", visible: "hx04 AlphaOmega"),
        Name(key: "hx05", payload: "\(esc)Pq#0;2;0;0;0DCSPAYLOAD\(esc)\\\(esc)_APCPAYLOAD\(esc)\\", visible: "hx05 AlphaOmega"),
        Name(key: "hx06", payload: "\(esc)[6n\(esc)[c\(esc)[>c\(esc)[5n\(esc)[18t", visible: "hx06 AlphaOmega"),
        Name(key: "hx07", payload: "\(esc)c\(esc)[?1049l\(esc)[?2004l\(esc)[?1l\(esc)>", visible: "hx07 AlphaOmega"),
        Name(key: "hx08", payload: "\u{9B}31m\u{9B}2J\u{84}\u{85}\u{8D}", visible: nil),
        Name(key: "hx09", payload: "\u{0}\u{0}NUL\u{0}", visible: nil),
        Name(key: "hx10", payload: "\u{202E}evil\u{202C}\u{2066}x\u{2069}", visible: "hx10 AlphaevilxOmega"),
        Name(key: "hx11", payload: "\u{200B}\u{200D}\u{FEFF}e" + String(repeating: "\u{301}", count: 40), visible: nil),
        Name(key: "hx12", payload: String(repeating: "W", count: 10_000), visible: nil),
        Name(key: "hx13", payload: "\u{5}\u{7}\u{8}\u{C}\r\n\u{7F}", visible: nil),
        Name(key: "hx14", payload: "日本語プロジェクト東京", visible: "hx14 Alpha日本語プロジェクト東京Omega"),
    ]

    /// The project with a Slack integration whose team and channel are hostile.
    static let slackProject = "hx15"
    static let slackTeam = "Team\(esc)]0;TEAMTITLE\u{7}\u{202E}Nord\u{9B}2J"
    static let slackChannel = "chan\(esc)]52;c;CHANTITLE\u{7}\(esc)[6nnel"

    static let organizationNames = [
        "Org One \(esc)]0;ORGTITLE\u{7}\u{9B}2J\u{202E}\u{0}end",
        "Org Two " + String(repeating: "語", count: 10_000),
    ]

    /// A hostile API error detail (sent by a fault rule), with its markers.
    static let errorDetail = "Denied \(esc)]52;c;ERRCLIP\u{7}\(esc)]2;DETAILTITLE\u{7}\u{9B}31m\u{202E}\u{0}\(esc)[6n by proxy"

    static func projectID(_ index: Int) -> String { String(format: "6a0b0c0d0e0f0a0b0c0d%04x", index) }
    static func organizationID(_ index: Int) -> String { String(format: "6a0b0c0d0e0f0a0b0c0e%04x", index) }

    /// The state file's bytes.
    static func stateJSON() throws -> Data {
        let organizations = organizationNames.enumerated().map { index, name -> [String: Any] in
            ["id": organizationID(index + 1), "name": name, "isDeleted": false, "skipDefaultAlertsSettings": false]
        }
        var projects: [[String: Any]] = names.enumerated().map { index, name in
            project(index: index + 1, name: name.text, organization: index % 2 + 1)
        }
        let slackID = projectID(names.count + 1)
        projects.append(project(index: names.count + 1, name: "\(slackProject) Slack \(esc)]0;TITLEPWNED\u{7}team",
                                organization: 1))
        let state: [String: Any] = [
            "format": 1,
            "organizations": organizations,
            "projects": projects,
            "integrations": [slackID: [[
                "id": "6a0b0c0d0e0f0a0b0c0f0001", "type": "SLACK",
                "fields": ["apiToken": "xoxb-hostile-seed-0001", "teamName": slackTeam, "channelName": slackChannel],
            ]]],
        ]
        return try JSONSerialization.data(withJSONObject: state, options: [.sortedKeys])
    }

    static var slackProjectID: String { projectID(names.count + 1) }

    private static func project(index: Int, name: String, organization: Int) -> [String: Any] {
        ["id": projectID(index), "name": name, "orgId": organizationID(organization), "clusterCount": index % 4,
         "created": "2025-03-0\(index % 9 + 1)T10:00:00Z", "withDefaultAlertsSettings": true]
    }
}
