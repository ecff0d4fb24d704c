import CursesTerminal
import Foundation
import IntegrationsUI

/// The program's one loop: draw the core's frame, wait for keys, results or
/// signals, feed them to `update`, run the effects it returns.
struct AppLoop {
    let plan: LaunchPlan
    let log: RedactedLog?

    /// How long a save or delete still running at exit may take to finish.
    static let writeGrace: Duration = .seconds(5)

    /// Runs until the operator quits or a signal ends the session; returns
    /// the exit status.
    func run() -> Int32 {
        for warning in plan.warnings {
            FileHandle.standardError.write(Data("atlas-integrations: warning: \(warning)\n".utf8))
        }
        let terminal = Terminal(monochrome: plan.appConfiguration.monochrome) { role, hasColor in
            CursesStyle((hasColor ? Theme.color : Theme.monochrome).style(for: role))
        }
        let inbox = EventInbox(waker: terminal.waker)
        let writes = WriteTracker(journal: plan.journal, leftovers: plan.leftovers, log: log)
        let runner = EffectRunner(client: plan.client, inbox: inbox, demo: plan.demo, writes: writes, log: log)
        var configuration = plan.appConfiguration
        configuration.monochrome = configuration.monochrome || !terminal.capabilities.hasColor
        configuration.asciiOnly = !terminal.capabilities.isUTF8
        var state = AppState(
            configuration: configuration, width: terminal.capabilities.width, height: terminal.capabilities.height)
        var exitStatus: Int32 = 0
        var lastTick = DispatchTime.now()

        func perform(_ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                let projectName: String? = switch effect {
                case .save(_, let projectID, _, _), .delete(_, let projectID, _): state.projectName(projectID)
                default: nil
                }
                switch runner.run(effect, projectName: projectName) {
                case .done, .quit:
                    break
                case .openEditor(let id, let text):
                    let edited = terminal.suspend { ExternalEditor.edit(text) }
                    queue += update(&state, .editorFinished(id, edited))
                }
            }
        }

        perform(state.launch())
        while !state.hasQuit {
            terminal.draw(view(state))
            let timeout: Int32 = state.wantsTicks ? 100 : -1
            let (events, signals) = terminal.nextEvents(timeoutMilliseconds: timeout)
            if let signal = signals.first {
                if signal == SIGINT {
                    perform(update(&state, .input(.key(.control("c")))))
                    if !state.hasQuit {
                        // A second interrupt while the core asks to confirm ends the session.
                        if signals.count > 1 { exitStatus = 130; break }
                    }
                    continue
                }
                log?.write("signal \(signal): restoring the terminal and exiting")
                exitStatus = 128 + signal
                break
            }
            for event in events {
                perform(update(&state, .input(event)))
            }
            for event in inbox.drain() {
                perform(update(&state, event))
            }
            let now = DispatchTime.now()
            if state.wantsTicks, now.uptimeNanoseconds - lastTick.uptimeNanoseconds >= 90_000_000 {
                lastTick = now
                perform(update(&state, .tick))
            }
        }
        // The terminal first, so the operator has a shell back while any
        // write still in flight gets its few seconds.
        terminal.stop()
        writes.settle(grace: Self.writeGrace, isDemo: state.configuration.isDemo)
        let shutdown = runner
        _ = try? runBlocking { await shutdown.shutdown() }
        log?.write("exit status=\(exitStatus)")
        return exitStatus
    }
}
