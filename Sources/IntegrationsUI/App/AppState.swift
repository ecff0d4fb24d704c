import AtlasAdmin
import Foundation

/// The whole app as a plain value: which screen shows, what each screen
/// holds, which requests are running. `update` changes it for an event and
/// returns effects; `view` draws it. Nothing in it touches a terminal or
/// the network, so tests drive it with keys and results alone.
public struct AppState: Sendable, Equatable {
    public private(set) var configuration: AppConfiguration
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var route: Route
    var start: StartScreen?
    var picker = ProjectPickerScreen()
    var menu: IntegrationsMenuScreen?
    var form: IntegrationFormScreen?
    var matrix: FleetMatrixScreen?
    var apply: ApplyScreen?
    /// Every matrix read of the session, and the loads filling it.
    var matrixSession = MatrixSession()
    /// Where Esc leaves the matrix for.
    var matrixReturn: MatrixReturn?
    /// Where a form goes back to: the menu, or the matrix it was opened from.
    var formReturn: Route = .menu
    var overlay: Overlay?
    /// This session's saves and deletes, for the writes box (F3).
    var sessionWrites: [SessionWrite] = []
    /// Scrape passwords (Prometheus's) typed in this session, by project:
    /// Atlas never returns one, and the scrape configuration needs it.
    var scrapePasswords: [String: SecretValue] = [:]
    var requests = RequestBook()
    var spinner = Spinner()
    var keyMap = GlobalKeyMap()
    /// Set once the app has asked to quit.
    public internal(set) var hasQuit = false
    /// The time as the loop last said it (`.clock`), from the launch on:
    /// time is an input like a key, so how old a read is can be drawn, and
    /// tested, without the core reading a clock.
    public private(set) var now: Date

    /// The smallest terminal the screens are laid out for.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public init(configuration: AppConfiguration, width: Int = 80, height: Int = 24) {
        self.configuration = configuration
        now = configuration.launchedAt
        self.width = max(width, 1)
        self.height = max(height, 1)
        if let problem = configuration.credentialsProblem {
            route = .start
            start = StartScreen(problem: Sanitizer.sanitize(problem, maxCharacters: 500))
        } else {
            route = .picker
        }
        if !configuration.unfinishedWrites.isEmpty || !configuration.journalProblems.isEmpty {
            overlay = .notice(UnfinishedWritesNotice(
                writes: configuration.unfinishedWrites, problems: configuration.journalProblems))
        } else if let interrupted = configuration.interruptedApplies.first {
            overlay = .resumeApply(ResumeApplyNotice(checkpoint: interrupted, problems: configuration.applyProblems))
        } else if !configuration.applyProblems.isEmpty {
            overlay = .resumeApply(ResumeApplyNotice(checkpoint: nil, problems: configuration.applyProblems))
        }
    }

    /// The effects to run at launch: load organizations (the picker fills
    /// in the background) and, with a start project, its integrations.
    public mutating func launch() -> [Effect] {
        guard route != .start else { return [] }
        var effects = loadOrganizations() + checkLeftovers()
        if let projectID = configuration.startProjectID, !projectID.isEmpty {
            let project = Project(id: projectID, name: projectID, orgID: "")
            menu = IntegrationsMenuScreen(project: project, organizationName: nil)
            route = .menu
            let projectRequest = requests.open(.project(projectID: projectID))
            effects.append(.loadProject(projectRequest, projectID: projectID))
            effects += loadIntegrations(projectID: projectID)
        }
        layout()
        return effects
    }

    /// The style table the adapter maps to curses attributes.
    public var theme: Theme { configuration.monochrome ? .monochrome : .color }
    public var glyphs: Glyphs { configuration.asciiOnly ? .ascii : .unicode }

    /// True while a request runs (the spinner moves) or a secret field's
    /// count waits for typing to pause: the adapter should send `.tick`
    /// about ten times a second.
    public var wantsTicks: Bool { requests.hasNetworkRequests || (form?.form.wantsTicks ?? false) }

    /// True while a screen shows how long ago something happened (the
    /// matrix's "read 3 min ago"): the adapter should send `.clock` about
    /// once a second so the age keeps up without a key being pressed.
    /// While the matrix shows ages, and while a write is out (so its
    /// answer is noted with the time it came).
    public var wantsClock: Bool { route == .matrix || !writesInFlight.isEmpty }

    /// Below 80×24 the screens do not fit; the frame asks for a larger window.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Whether quitting now would lose typed input.
    public var hasUnsavedInput: Bool { route == .form && (form?.form.isDirty ?? false) }

    var context: ScreenContext {
        ScreenContext(glyphs: glyphs, readOnly: configuration.readOnly, spinner: spinner.glyph(glyphs), global: keyMap, now: now)
    }

    /// Rows between the title line and the info/footer lines.
    var bodyHeight: Int { max(height - 4, 1) }

    /// Recomputes list page sizes for the current size and banners.
    mutating func layout() {
        let (width, bodyHeight, glyphs) = (self.width, self.bodyHeight, self.glyphs)
        picker.layout(width: width, bodyHeight: bodyHeight, glyphs: glyphs)
        menu?.layout(width: width, bodyHeight: bodyHeight, glyphs: glyphs)
        matrix?.layout(width: width, bodyHeight: bodyHeight, glyphs: glyphs)
    }

    /// Applies one event and returns the effects to run, in order.
    public mutating func update(_ event: AppEvent) -> [Effect] {
        let effects: [Effect]
        switch event {
        case .input(let input): effects = handleInput(input)
        case .tick:
            if requests.hasNetworkRequests { spinner.advance() }
            form?.form.tick()
            effects = []
        case .clock(let date):
            now = date
            effects = []
        default:
            let kind = event.requestID.flatMap { requests.kind(of: $0) }
            noteWrite(kind, event)
            effects = handleResult(event) + noteForMatrix(kind, event)
        }
        layout()
        return effects
    }

    // MARK: - Requests

    mutating func loadOrganizations() -> [Effect] {
        let id = requests.open(.organizations)
        picker.organizationsRequest = id
        return [.loadOrganizations(id)]
    }

    mutating func loadIntegrations(projectID: String) -> [Effect] {
        let id = requests.open(.integrations(projectID: projectID))
        menu?.loadRequest = id
        return [.loadIntegrations(id, projectID: projectID)]
    }

    mutating func updateConfiguration(_ change: (inout AppConfiguration) -> Void) {
        change(&configuration)
    }
}
