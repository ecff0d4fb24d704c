import AtlasAdmin
import AtlasIntegrationsRuntime
import CursesTerminal
import Foundation
import IntegrationsUI

/// The program's one loop: draw the core's frame, wait for keys, results or
/// signals, feed them to `update`, run the effects it returns.
struct AppLoop: Sendable {
    let plan: LaunchPlan
    let log: OperationLog?

    /// How long a save or delete still running at exit may take to finish.
    static let writeGrace: Duration = .seconds(5)

    /// What is left once the terminal is restored: writes that may still
    /// be running, a token to revoke, the demo's sandbox to stop.
    struct Ending: Sendable {
        var exitStatus: Int32
        var runner: EffectRunner
        var isDemo: Bool
    }

    /// Runs until the operator quits or a signal ends the session, then
    /// restores the terminal.
    ///
    /// On the main actor: the loop blocks in `poll` between keys, and a
    /// thread of Swift's cooperative pool blocked there would be one less
    /// for the tasks that run requests (two in all on a two-core machine).
    /// The main actor's jobs run on the main queue, which is no part of
    /// that pool (on Linux dispatch serves it from a thread of its own
    /// while the process's first thread waits in `dispatch_main`), and
    /// nothing else is put on the main actor while the loop runs.
    @MainActor
    func run() -> Ending {
        for warning in plan.warnings {
            let line = CommandText.text("cli.warning", warning)
            FileHandle.standardError.write(Data("atlas-integrations: \(line)\n".utf8))
        }
        let terminal = Terminal(monochrome: plan.appConfiguration.monochrome) { role, hasColor in
            CursesStyle((hasColor ? Theme.color : Theme.monochrome).style(for: role))
        }
        let waker = terminal.waker
        let inbox = EventInbox(wake: { waker.wake() })
        let writes = WriteTracker(journal: plan.journal, audit: plan.audit, leftovers: plan.leftovers, log: log)
        let runner = EffectRunner(
            client: plan.client, inbox: inbox, demo: plan.demo, writes: writes, log: log,
            applyCheckpoints: plan.audit == nil ? nil : ApplyCheckpointStore.standard(environment: ProcessInfo.processInfo.environment),
            applyAudit: plan.audit)
        var configuration = plan.appConfiguration
        configuration.monochrome = configuration.monochrome || !terminal.capabilities.hasColor
        configuration.asciiOnly = !terminal.capabilities.isUTF8
        var state = AppState(
            configuration: configuration, width: terminal.capabilities.width, height: terminal.capabilities.height)
        var exitStatus: Int32 = 0
        /// A signal that ended the session while the editor was open.
        var endedInEditor: Int32?
        var lastTick = DispatchTime.now()

        func perform(_ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty, endedInEditor == nil {
                let effect = queue.removeFirst()
                let projectName: String? = switch effect {
                case .save(_, let projectID, _, _), .delete(_, let projectID, _): state.projectName(projectID)
                default: nil
                }
                switch runner.run(effect, projectName: projectName) {
                case .done, .quit:
                    break
                case .openEditor(let id, let text):
                    switch ExternalEditor.edit(text, on: terminal) {
                    case .finished(let edited):
                        queue += update(&state, .editorFinished(id, edited))
                    case .sessionEnded(let signalNumber):
                        endedInEditor = signalNumber
                    }
                }
            }
        }

        perform(state.launch())
        while !state.hasQuit, endedInEditor == nil {
            // The core reads no clock: it is told the time while it shows
            // ages, and woken once a second for it when nothing else moves.
            if state.wantsClock { perform(update(&state, .clock(Date()))) }
            terminal.draw(view(state))
            let timeout: Int32 = state.wantsTicks ? 100 : (state.wantsClock ? 1_000 : -1)
            let (events, signals) = terminal.nextEvents(timeoutMilliseconds: timeout)
            if let signal = signals.first(where: { $0 != SIGINT }) {
                log?.write("signal \(signal): restoring the terminal and exiting")
                exitStatus = 128 + signal
                break
            }
            // SIGINT from outside (`kill -INT`; the Ctrl-C key itself comes
            // as a key in raw mode) means what Ctrl-C means: quit now, or ask
            // first while a write is unanswered, the next one answering. A
            // session it ends exits with the status of an interrupt.
            for _ in signals where !state.hasQuit {
                perform(update(&state, .input(.key(.control("c")))))
                if state.hasQuit { exitStatus = 128 + SIGINT }
            }
            for event in events where !state.hasQuit && endedInEditor == nil {
                perform(update(&state, .input(event)))
            }
            for event in inbox.drain() where endedInEditor == nil {
                perform(update(&state, event))
            }
            let now = DispatchTime.now()
            if state.wantsTicks, now.uptimeNanoseconds - lastTick.uptimeNanoseconds >= 90_000_000 {
                lastTick = now
                perform(update(&state, .tick))
            }
        }
        if let signalNumber = endedInEditor {
            log?.write("signal \(signalNumber) while the editor was open: it was ended too; restoring the terminal and exiting")
            exitStatus = 128 + signalNumber
        }
        // The terminal first, so the operator has a shell back while any
        // write still in flight gets its few seconds.
        terminal.stop()
        return Ending(exitStatus: exitStatus, runner: runner, isDemo: state.configuration.isDemo)
    }
}
