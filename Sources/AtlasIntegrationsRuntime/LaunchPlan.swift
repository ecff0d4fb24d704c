import AtlasAdmin
import Foundation
import IntegrationsUI

/// What the command line, environment and profile add up to, worked out
/// before the terminal starts: a client (or why there is none), and the app
/// core's configuration.
public struct LaunchPlan: Sendable {
    /// The client for the chosen target; nil when no credentials were found
    /// (then `appConfiguration.credentialsProblem` says why).
    public var client: AtlasClient?
    /// The embedded sandbox of `--demo`.
    public var demo: DemoSandbox?
    public var appConfiguration: AppConfiguration
    /// Printed on stderr before the terminal starts.
    public var warnings: [String]
    /// Where saves and deletes in flight are recorded; nil in the demo.
    public var journal: WriteJournal?
    /// Where every write is recorded once answered; nil in the demo.
    public var audit: AuditLog?
    /// What an earlier session left unanswered (already in `appConfiguration`).
    public var leftovers = JournalReading()

    /// Works out the plan for these command-line values in `environment`
    /// (credentials, base URL, `NO_COLOR`, `HOME` and `XDG_*` for the
    /// Atlas CLI profile and the write journal). With `demo`, it starts
    /// the embedded sandbox first.
    public static func make(
        demo: Bool, project: String?, profile: String?, baseURL: String?, readOnly: Bool, log: OperationLog?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> LaunchPlan {
        var plan = try await makeWithoutJournal(
            demo: demo, project: project, profile: profile, baseURL: baseURL, readOnly: readOnly, log: log,
            environment: environment)
        // The demo's sandbox lives and dies with the process, so its writes
        // cannot be left half-done: no journal, and an earlier real
        // session's records wait for the next real start.
        guard !demo else { return plan }
        let journal = WriteJournal.standard(environment: environment)
        let leftovers = journal.leftovers()
        if !leftovers.isEmpty {
            log?.write("journal: \(leftovers.writes.count) unfinished write(s), \(leftovers.problems.count) unreadable record(s)")
        }
        plan.journal = journal
        plan.audit = AuditLog.standard(environment: environment)
        plan.leftovers = leftovers
        plan.appConfiguration.unfinishedWrites = leftovers.writes
        plan.appConfiguration.journalProblems = leftovers.problems
        if let client = plan.client {
            let interrupted = Self.interruptedApplies(
                in: ApplyCheckpointStore.standard(environment: environment), baseURL: client.configuration.baseURL)
            plan.appConfiguration.interruptedApplies = interrupted.checkpoints
            plan.appConfiguration.applyProblems = interrupted.problems
            if !interrupted.checkpoints.isEmpty || !interrupted.problems.isEmpty {
                log?.write("apply checkpoints: \(interrupted.checkpoints.count) to resume, \(interrupted.problems.count) not resumable here")
            }
        }
        return plan
    }

    /// The applies a session left unfinished for this Atlas, and why the
    /// other checkpoint files cannot be resumed here. A checkpoint with
    /// nothing left to do is removed.
    public static func interruptedApplies(
        in store: ApplyCheckpointStore, baseURL: URL
    ) -> (checkpoints: [ApplyCheckpoint], problems: [String]) {
        var checkpoints: [ApplyCheckpoint] = []
        var problems: [String] = []
        for file in store.files() {
            do {
                let checkpoint = try store.load(file, baseURL: baseURL)
                if checkpoint.unfinished.isEmpty {
                    store.remove(planID: checkpoint.planID)
                } else {
                    checkpoints.append(checkpoint)
                }
            } catch {
                problems.append(error.description)
            }
        }
        return (checkpoints.sorted { $0.updatedAt > $1.updatedAt }, problems)
    }

    private static func makeWithoutJournal(
        demo: Bool, project: String?, profile: String?, baseURL: String?, readOnly: Bool, log: OperationLog?,
        environment: [String: String]
    ) async throws -> LaunchPlan {
        let monochrome = !(environment["NO_COLOR"] ?? "").isEmpty
        if demo {
            let sandbox = try await DemoSandbox.start()
            let client = AtlasClient(configuration: sandbox.clientConfiguration(log: log))
            let configuration = AppConfiguration(
                targetLabel: sandbox.baseURL.absoluteString, isDemo: true, authKind: "API key (Digest)",
                readOnly: readOnly, startProjectID: project, monochrome: monochrome)
            log?.write("start demo sandbox=\(sandbox.baseURL.absoluteString)")
            return LaunchPlan(client: client, demo: sandbox, appConfiguration: configuration, warnings: [])
        }

        // Every input goes to the resolver, flags included, so they get its
        // checks, its normalising and its order (see ConfigurationResolver).
        let resolver = ConfigurationResolver(
            environment: environment, profileName: profile, baseURLOption: baseURL, projectOption: project)
        let resolved: ResolvedConfiguration
        do {
            resolved = try resolver.resolve()
        } catch {
            let target = baseURL.flatMap { try? ConfigurationResolver.baseURL($0, source: "--base-url") }
                ?? ResolvedConfiguration.defaultBaseURL
            let configuration = AppConfiguration(
                targetLabel: target.absoluteString,
                authKind: "none", profile: profile, readOnly: readOnly, monochrome: monochrome,
                credentialsProblem: error.message)
            return LaunchPlan(client: nil, demo: nil, appConfiguration: configuration, warnings: [])
        }
        let target = resolved.baseURL.absoluteString
        guard let credentials = resolved.credentials else {
            let configuration = AppConfiguration(
                targetLabel: target, authKind: "none", profile: resolved.profileName, readOnly: readOnly,
                monochrome: monochrome,
                credentialsProblem: tr("runtime.nocredentials.found", resolver.configFilePath))
            return LaunchPlan(client: nil, demo: nil, appConfiguration: configuration, warnings: resolved.warnings)
        }
        var clientConfiguration = AtlasClientConfiguration(resolved)
        clientConfiguration.onExchange = log?.exchangeObserver
        // The log stays English; the status line speaks the operator's language.
        let (authKind, authLog): (String, String) = switch credentials {
        case .apiKey: (tr("runtime.auth.apikey"), "API key (Digest)")
        case .serviceAccount: (tr("runtime.auth.serviceaccount"), "service account")
        }
        log?.write("start target=\(target) auth=\(authLog) source=\(resolved.sourceDescription)")
        let configuration = AppConfiguration(
            targetLabel: target, authKind: authKind, profile: resolved.profileName, readOnly: readOnly,
            startProjectID: resolved.projectID, monochrome: monochrome)
        return LaunchPlan(
            client: AtlasClient(configuration: clientConfiguration), demo: nil,
            appConfiguration: configuration, warnings: resolved.warnings)
    }
}
