import Foundation

/// One write the product made, as the audit log keeps it: when, against
/// which Atlas, by whom (the public half of the credentials), on which
/// project and type, what it did and how it ended. Of a typed secret only
/// the last four characters, which Atlas itself shows anyone who can read
/// the project; never a secret, never a typed clear value.
public struct AuditRecord: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable {
        case create, update, delete
    }

    /// `applied`: Atlas answered that it did it (or a read-back showed it);
    /// `failed`: Atlas refused; `unknown`: no answer, nothing confirmed.
    public enum Outcome: String, Sendable, Hashable, Codable {
        case applied, failed, unknown
    }

    public var time: Date
    public var baseURL: String
    /// The public API key or the service account's client id.
    public var who: String
    public var projectID: String
    public var projectName: String?
    public var type: IntegrationType
    public var action: Action
    public var outcome: Outcome
    /// Atlas's HTTP status, when it answered.
    public var status: Int?
    public var errorCode: String?
    /// The last four characters of each secret the write carried, by field.
    public var secretTails: [String: String]?

    public init(
        time: Date, baseURL: String, who: String, projectID: String, projectName: String?, type: IntegrationType,
        action: Action, outcome: Outcome, status: Int? = nil, errorCode: String? = nil, secretTails: [String: String]? = nil
    ) {
        self.time = time
        self.baseURL = baseURL
        self.who = who
        self.projectID = projectID
        self.projectName = projectName
        self.type = type
        self.action = action
        self.outcome = outcome
        self.status = status
        self.errorCode = errorCode
        self.secretTails = secretTails
    }

    private enum CodingKeys: String, CodingKey {
        case time, baseURL, who, projectID = "projectId", projectName, type, action, outcome, status, errorCode, secretTails
    }
}

extension AtlasCredentials {
    /// Who a write is audited as: the half of the credentials that is no secret.
    public var publicIdentity: String {
        switch self {
        case .apiKey(let publicKey, _): publicKey
        case .serviceAccount(let clientID, _): clientID
        }
    }
}
