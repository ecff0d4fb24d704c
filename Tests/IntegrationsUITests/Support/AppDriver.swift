import AtlasAdmin
import Testing
@testable import IntegrationsUI

/// Drives the app the way the executable does: key presses and pastes in,
/// effects out, service results fed back with the request ids they answer.
///
/// A helper that answers a request records an issue when the app never
/// asked for it, or has not asked again since the last answer: a test
/// cannot pass by answering a request that was never made.
struct AppDriver {
    var state: AppState
    /// Every effect the app asked for, in order.
    private(set) var effects: [Effect] = []
    /// The requests the answer helpers have answered.
    private var answered: Set<RequestID> = []

    init(_ configuration: AppConfiguration = Fixtures.configuration(), width: Int = 80, height: Int = 24) {
        TestLocale.ensure()
        state = AppState(configuration: configuration, width: width, height: height)
        effects = state.launch()
    }

    // MARK: Input

    @discardableResult
    mutating func send(_ event: AppEvent) -> [Effect] {
        let produced = state.update(event)
        effects += produced
        return produced
    }

    mutating func press(_ key: Key, times: Int = 1) {
        for _ in 0..<times { send(.input(.key(key))) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    mutating func paste(_ text: String) {
        send(.input(.paste(text)))
    }

    mutating func resize(_ width: Int, _ height: Int) {
        send(.input(.resize(width: width, height: height)))
    }

    // MARK: Output

    var frame: Frame { view(state) }
    var text: String { frame.text }

    func rows() -> [String] { frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    // MARK: Effects

    /// The latest effect matching `pick`, with what `pick` extracted.
    func last<T>(_ pick: (Effect) -> T?) -> T? {
        for effect in effects.reversed() {
            if let value = pick(effect) { return value }
        }
        return nil
    }

    var lastSave: (id: RequestID, projectID: String, settings: IntegrationSettings, isUpdate: Bool)? {
        last { if case .save(let id, let project, let settings, let isUpdate) = $0 { (id, project, settings, isUpdate) } else { nil } }
    }

    var lastReadBack: (id: RequestID, projectID: String, type: IntegrationType)? {
        last { if case .readIntegration(let id, let project, let type) = $0 { (id, project, type) } else { nil } }
    }

    var lastIntegrationsRequest: (id: RequestID, projectID: String)? {
        last { if case .loadIntegrations(let id, let project) = $0 { (id, project) } else { nil } }
    }

    var lastDelete: (id: RequestID, projectID: String, type: IntegrationType)? {
        last { if case .delete(let id, let project, let type) = $0 { (id, project, type) } else { nil } }
    }

    var lastAlertUsageRequest: (id: RequestID, projectID: String, type: IntegrationType)? {
        last { if case .loadAlertUsage(let id, let project, let type) = $0 { (id, project, type) } else { nil } }
    }

    var lastTestDelivery: (id: RequestID, request: TestDeliveryRequest)? {
        last { if case .sendTestDelivery(let id, let request) = $0 { (id, request) } else { nil } }
    }

    var lastPlanApply: (id: RequestID, settings: IntegrationSettings, projects: [ApplyProject])? {
        last { if case .planApply(let id, let settings, let projects, _) = $0 { (id, settings, projects) } else { nil } }
    }

    var lastRunApply: (id: RequestID, plan: ApplyPlan)? {
        last { if case .runApply(let id, let plan, _) = $0 { (id, plan) } else { nil } }
    }

    var organizationsRequest: RequestID? {
        last { if case .loadOrganizations(let id) = $0 { id } else { nil } }
    }

    func projectsRequest(for organizationID: String) -> RequestID? {
        last { if case .loadProjects(let id, let org) = $0, org == organizationID { id } else { nil } }
    }

    var quitRequested: Bool { effects.contains(.quit) }

    // MARK: Service results

    /// `id` if the app asked for `what` and it is not answered yet; else
    /// nil, with an issue recorded where the test called the helper.
    mutating func unanswered(_ id: RequestID?, _ what: String, _ location: SourceLocation) -> RequestID? {
        guard let id else {
            Issue.record("The app never asked for \(what).", sourceLocation: location)
            return nil
        }
        guard answered.insert(id).inserted else {
            Issue.record("The app has not asked for \(what) again since request \(id) was answered.", sourceLocation: location)
            return nil
        }
        return id
    }

    mutating func answerOrganizations(_ organizations: [Organization] = Fixtures.organizations,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(organizationsRequest, "the organizations", sourceLocation) else { return }
        send(.organizationsLoaded(id, organizations))
    }

    mutating func answerProjects(_ organizationID: String, _ projects: [Project], total: Int? = nil, complete: Bool = true,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(projectsRequest(for: organizationID), "the projects of \(organizationID)", sourceLocation)
        else { return }
        send(.projectsPageLoaded(id, projects: projects, loaded: projects.count, total: total ?? projects.count, isComplete: complete))
    }

    /// Organizations and all fixture projects loaded: the picker as an operator first sees it.
    mutating func loadPicker(sourceLocation: SourceLocation = #_sourceLocation) {
        answerOrganizations(sourceLocation: sourceLocation)
        for organization in Fixtures.organizations {
            answerProjects(organization.id, Fixtures.projects.filter { $0.orgID == organization.id },
                           sourceLocation: sourceLocation)
        }
    }

    mutating func answerIntegrations(_ integrations: [Integration] = Fixtures.integrations,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(lastIntegrationsRequest?.id, "a project's integrations", sourceLocation) else { return }
        send(.integrationsLoaded(id, integrations))
    }

    /// Answers the alert configurations a delete confirmation asked for.
    mutating func answerAlertUsage(_ usage: AlertUsage, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(lastAlertUsageRequest?.id, "the alert configurations", sourceLocation) else { return }
        send(.alertUsageLoaded(id, usage))
    }

    mutating func failAlertUsage(_ error: AtlasError, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(lastAlertUsageRequest?.id, "the alert configurations", sourceLocation) else { return }
        send(.failed(id, error))
    }

    mutating func answerTestDelivery(_ report: TestDeliveryReport, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let id = unanswered(lastTestDelivery?.id, "a test delivery", sourceLocation) else { return }
        send(.testDelivered(id, report))
    }

    /// Picker loaded, first project opened, its integrations answered.
    mutating func openProject(named name: String = "production-east", integrations: [Integration] = Fixtures.integrations,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        loadPicker(sourceLocation: sourceLocation)
        type(name)
        press(.enter)
        answerIntegrations(integrations, sourceLocation: sourceLocation)
    }

    /// Moves the menu's selection to the row of `type` (the menu lists
    /// `IntegrationType.known` in order).
    mutating func selectRow(_ type: IntegrationType, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let index = IntegrationType.known.firstIndex(of: type) else {
            Issue.record("The menu has no row for \(type).", sourceLocation: sourceLocation)
            return
        }
        press(.home)
        press(.down, times: index)
    }

    /// Opens the form of `type` from the menu; records an issue when Enter
    /// on its row opens none.
    mutating func openForm(_ type: IntegrationType, sourceLocation: SourceLocation = #_sourceLocation) {
        selectRow(type, sourceLocation: sourceLocation)
        press(.enter)
        if state.form?.type != type {
            Issue.record("Enter on the \(type.displayName) row opened no \(type.displayName) form.", sourceLocation: sourceLocation)
        }
    }
}
