import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing
import TestSupport

/// Every distinct screen of the app, and how an operator gets there: the
/// places a session can be ended from.
enum ScreenUnderTest: String, CaseIterable, CustomTestStringConvertible {
    /// No credentials: how to set them up, or try the demo.
    case start
    /// The project picker, loaded.
    case picker
    /// A project's integrations menu.
    case menu
    /// The PagerDuty form with a service key typed and revealed.
    case form
    /// The help overlay over the menu.
    case help
    /// "Discard input?" over a form with a key typed.
    case discardDialog
    /// "Delete PagerDuty?" over a menu.
    case deleteDialog
    /// The "make the window larger" screen of a window below 80×24.
    case tooSmall
    /// The notice of an earlier session's unfinished write.
    case unfinishedWriteNotice

    var testDescription: String { rawValue }

    /// The key typed on the screen, which must not outlive the session.
    static let secret = "c0ffee00c0ffee00c0ffee00c0ffee42"

    var hasCredentials: Bool { self != .start }
    var size: (width: Int, height: Int) { self == .tooSmall ? (60, 20) : (100, 30) }
    /// Whether `secret` was typed on the way to the screen.
    var typesSecret: Bool { self == .form || self == .discardDialog }

    /// What the screen needs on disk before the program starts.
    func prepare(home: TemporaryDirectory) throws {
        guard self == .unfinishedWriteNotice else { return }
        _ = try Self.journal(home: home).record(InFlightWrite(
            type: .datadog, projectID: DemoSeed.storefrontProjectID, projectName: "storefront-prod",
            method: .put, target: URL(fileURLWithPath: "/"), processID: 999_999))
    }

    /// The write journal of a program started with `home` (AppLaunch's HOME).
    static func journal(home: TemporaryDirectory) throws -> WriteJournal {
        WriteJournal.standard(environment: [:], homeDirectory: try home.directory("home"))
    }

    /// Takes the program to the screen, as an operator would.
    func reach(_ terminal: TmuxSession) async throws {
        switch self {
        case .start:
            try await terminal.waitFor("No Atlas credentials")
        case .picker:
            try await terminal.waitFor("40 projects")
        case .menu:
            try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        case .form:
            try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
            try await terminal.openForm("PagerDuty", mode: "new")
            try terminal.type(Self.secret)
            try terminal.press("C-r")
            let revealed = try await terminal.waitFor("32 chars (shown)")
            #expect(revealed.contains(Self.secret), "revealed on screen, so a terminal left unrestored would keep it")
        case .help:
            try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
            try terminal.press("?")
            try await terminal.waitFor("Help: integrations")
        case .discardDialog:
            try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
            try await terminal.openForm("PagerDuty", mode: "new")
            try terminal.type(Self.secret)
            try await terminal.waitFor("32 chars")
            try terminal.press("Escape")
            try await terminal.waitFor("Discard input?")
        case .deleteDialog:
            try await terminal.openProject(filter: "本番", expecting: "本番-決済サービス")
            try await terminal.select("PagerDuty")
            try terminal.press("d")
            try await terminal.waitFor("Delete PagerDuty?")
        case .tooSmall:
            try await terminal.waitFor("Make the window larger")
        case .unfinishedWriteNotice:
            try await terminal.waitFor(all: ["Unfinished write", "Datadog save (PUT)"])
        }
    }
}
