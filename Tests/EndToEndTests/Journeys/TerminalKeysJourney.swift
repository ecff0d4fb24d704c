import Testing

extension EndToEnd {
    /// Inside tmux with `TERM=xterm-256color` (as an operator's shell rc
    /// often sets it), tmux sends Home and End as `ESC[1~` and `ESC[4~`,
    /// not the `ESC O H` and `ESC O F` that entry names: they still move
    /// the cursor in a field, and Delete, PgUp/PgDn and the arrows work.
    @Test func homeEndAndDeleteWorkInTmuxWithTERMSetToXterm() async throws {
        let journey = try Journey(term: "xterm-256color")
        defer { journey.finish() }
        let terminal = journey.terminal

        try await terminal.waitFor("40 projects")
        // The keys on the list: End and Home move the selection.
        try terminal.type("store")
        try await terminal.waitFor("Filter: store")
        try terminal.press("Tab")
        try terminal.press("End")
        let last = try await terminal.waitFor("the last row selected") { screen in
            screen.split(separator: "\n").last { $0.contains("storefront") }?.contains("›") == true
        }
        #expect(!last.contains("Filter: store~"), "no part of the sequence was typed")
        try terminal.press("Home")
        try await terminal.waitFor("the first row selected") { screen in
            screen.split(separator: "\n").first { $0.contains("storefront") }?.contains("›") == true
        }
        try terminal.press("PageDown")
        try terminal.press("PageUp")
        try terminal.press("Escape")
        try await terminal.openProject(filter: "staging", expecting: "storefront-staging")
        try await terminal.openForm("Webhook", mode: "new")

        // A field: Home, End and Delete edit where they should.
        try terminal.type("example.com/hook")
        try await terminal.waitFor("example.com/hook")
        try terminal.press("Home")
        try terminal.type("https://")
        try await terminal.waitFor("https://example.com/hook")
        try terminal.press("End")
        try terminal.type("s")
        try await terminal.waitFor("https://example.com/hooks")
        try terminal.press("Home")
        try terminal.press("Delete")
        try terminal.press("Right")
        try terminal.press("Left")
        // "ttps://…" is already on screen before Delete lands (it is inside
        // "https://…"), so wait for the whole field to have lost its "h".
        let edited = try await terminal.waitFor("Delete removed the first character") { screen in
            screen.contains("URL *              ttps://example.com/hooks")
        }
        #expect(!edited.contains("https://example.com/hooks"))
    }
}
