import AtlasAdmin
import Foundation

/// What the loader of the matrix's rows reports, for one `.loadMatrixRows`.
public enum MatrixLoadUpdate: Sendable, Equatable {
    /// One project's integrations, or why they could not be read, and when.
    case read(projectID: String, Result<[Integration], AtlasError>, at: Date)
    /// Atlas answered `429`: nothing is sent for this many seconds, until
    /// `until`. Reads already on their way still arrive meanwhile.
    case waiting(seconds: Int, until: Date)
    /// Every project of the request has been reported.
    case finished
}
