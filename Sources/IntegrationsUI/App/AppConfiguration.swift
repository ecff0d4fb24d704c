import Foundation
import AtlasAdmin

/// How the app was started: what the executable worked out from flags,
/// environment and profile before the first frame.
public struct AppConfiguration: Sendable, Hashable {
    /// The Atlas base URL (or the sandbox's) shown in the status line.
    public var targetLabel: String
    /// Talking to the embedded sandbox: the status line says DEMO.
    public var isDemo: Bool
    /// How requests are signed, in words: "API key", "service account".
    public var authKind: String
    /// The Atlas CLI profile the credentials came from, if any.
    public var profile: String?
    /// `--read-only`: every write is off, and the screen says so.
    public var readOnly: Bool
    /// `--project ID` / `MONGODB_ATLAS_PROJECT_ID`: open this project first.
    public var startProjectID: String?
    /// `NO_COLOR` or a terminal without colours.
    public var monochrome: Bool
    /// A locale that is not UTF-8: ASCII borders, marks and text.
    public var asciiOnly: Bool
    /// Why no credentials could be used; the start screen explains and offers the demo.
    public var credentialsProblem: String?
    /// Saves and deletes an earlier session sent but never saw answered
    /// (from the write journal): the first screen shows them until dismissed.
    public var unfinishedWrites: [InFlightWrite]
    /// Journal records that could not be read, one clear sentence each.
    public var journalProblems: [String]
    /// Applies an earlier session left with projects unfinished (from their
    /// checkpoints): offered to resume at the first screen.
    public var interruptedApplies: [ApplyCheckpoint] = []
    /// Checkpoints that cannot be resumed here, one sentence each (damaged,
    /// another Atlas's, an older version's).
    public var applyProblems: [String] = []
    /// When this session started: a write sent only moments before may
    /// still be applied, so a read that does not find it yet says so.
    public var launchedAt: Date

    public init(
        targetLabel: String, isDemo: Bool = false, authKind: String, profile: String? = nil,
        readOnly: Bool = false, startProjectID: String? = nil, monochrome: Bool = false,
        asciiOnly: Bool = false, credentialsProblem: String? = nil,
        unfinishedWrites: [InFlightWrite] = [], journalProblems: [String] = [], launchedAt: Date = Date()
    ) {
        self.launchedAt = launchedAt
        self.targetLabel = targetLabel
        self.isDemo = isDemo
        self.authKind = authKind
        self.profile = profile
        self.readOnly = readOnly
        self.startProjectID = startProjectID
        self.monochrome = monochrome
        self.asciiOnly = asciiOnly
        self.credentialsProblem = credentialsProblem
        self.unfinishedWrites = unfinishedWrites
        self.journalProblems = journalProblems
    }
}
