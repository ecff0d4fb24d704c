/// Response bodies recorded from real Atlas (Atlas CLI end-to-end snapshots,
/// August 2026, hosts rewritten to localhost and ids to placeholders, as
/// quoted in the API reference), kept byte for byte where the reference
/// quotes them whole; where it wraps a long body, the breaks are between
/// JSON tokens only (see `oneLine`). The client's decoding tests read them,
/// and the sandbox's masking tests must answer the same bytes.
public enum RecordedBodies {
    /// `POST /api/atlas/v2/groups/{id}/integrations/WEBHOOK` after four other
    /// kinds were created: the whole list comes back, not the new object.
    public static let createWebhookPage = """
        {"links":[{"href":"http://localhost:8080/api/atlas/v2/groups/6a79404f2c88faeba59beea6/integrations/WEBHOOK?includeCount=true&pageNum=1&itemsPerPage=100","rel":"self"}],
         "results":[
          {"id":"6a79405d2c88faeba59bf382","region":"US","serviceKey":"****************************0022","type":"PAGER_DUTY"},
          {"apiKey":"****************************0000","customEndpoint":null,"id":"6a794055c0eb9e7a1771aad2","region":"US",
           "sendCollectionLatencyMetrics":false,"sendDatabaseMetrics":false,"sendQueryStatsMetrics":false,
           "sendUserProvidedResourceTags":false,"type":"DATADOG"},
          {"apiKey":"********************************3311","id":"6a794059c0eb9e7a1771acc0","region":"US","type":"OPS_GENIE"},
          {"apiKey":"********************************1c11","id":"6a794060c0eb9e7a1771b6c7","routingKey":"test","type":"VICTOR_OPS"},
          {"bodyTemplate":null,"headersTemplate":null,"id":"6a7940642c88faeba59bf3da",
           "secret":"**************************2101","url":"https://example.com/****2101","type":"WEBHOOK"}],
         "totalCount":5}
        """

    /// `GET /api/atlas/v2/groups/{id}/integrations/WEBHOOK`: a bare object.
    public static let getWebhook = """
        {"bodyTemplate":null,"headersTemplate":null,"id":"6a7940642c88faeba59bf3da","secret":"**************************2101","url":"https://example.com/****2101","type":"WEBHOOK"}
        """

    /// `GET /api/atlas/v2/groups` (one project of the 37 shown).
    public static let listProjectsPage = """
        {"links":[{"href":"http://localhost:8080/api/atlas/v2/groups?includeCount=true&pageNum=1&itemsPerPage=100","rel":"self"}],
         "results":[{"clusterCount":5,"created":"2020-07-02T09:19:46Z","id":"b0123456789abcdef012345b","links":[{"href":"http://localhost:8080/api/atlas/v2/groups/b0123456789abcdef012345b","rel":"self"}],"name":"Atlas CLI E2E","orgId":"a0123456789abcdef012345a","tags":[],"withDefaultAlertsSettings":true}],
         "totalCount":37}
        """

    /// `GET /api/atlas/v2/orgs`.
    public static let listOrganizationsPage = """
        {"links":[{"href":"http://localhost:8080/api/atlas/v2/orgs?includeCount=true&pageNum=1&itemsPerPage=100","rel":"self"}],
         "results":[{"id":"a0123456789abcdef012345a","isDeleted":false,"links":[{"href":"http://localhost:8080/api/atlas/v2/orgs/a0123456789abcdef012345a","rel":"self"}],"name":"Atlas CLI E2E","skipDefaultAlertsSettings":false}],
         "totalCount":1}
        """

    /// A page with a `next` link (from a recorded alerts list).
    public static let pageWithNextLink = """
        {"links":[{"href":"http://localhost:8080/api/atlas/v2/groups?includeCount=true&itemsPerPage=100&pageNum=1","rel":"self"},{"href":"http://localhost:8080/api/atlas/v2/groups?includeCount=true&itemsPerPage=100&pageNum=2","rel":"next"}],
         "results":[],"totalCount":150}
        """

    /// `429` from the 2026 token-bucket limiter (the documented body).
    public static let rateLimited = """
        {"detail":"Rate limit exceeded for api/atlas/v2/orgs. Please retry after 55 seconds. Request capacity: 10. Refill rate: 5 per 60 seconds.","error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET","parameters":["api/atlas/v2/orgs",55,10,5,60],"reason":"Too Many Requests"}
        """

    /// `400` for a masked Datadog key sent back with PUT (Terraform provider
    /// issue 3379, error code, detail and parameters as reported there).
    public static let maskedKeyRejected = """
        {"detail":"The provided settings for the DATADOG integration were invalid: apiKey must be a hexadecimal string.","error":400,"errorCode":"INVALID_INTEGRATION_SETTINGS","parameters":["DATADOG apiKey must be a hexadecimal string"],"reason":"Bad Request"}
        """

    /// `body` without the line breaks (and the indentation after them) the
    /// reference wraps long bodies with: the bytes Atlas sent.
    public static func oneLine(_ body: String) -> String {
        body.split(separator: "\n").map { $0.drop { $0 == " " } }.joined()
    }
}
