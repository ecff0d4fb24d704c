import AtlasHashing
import Foundation

/// The bytes and headers of a sample delivery, as Atlas would send them.
///
/// A Webhook gets a JSON alert in the shape of the Admin API's alert
/// resource (Atlas's webhook documentation: "the same format as the Atlas
/// Administration API alert resource"), the `X-MMS-Event` header and, with a
/// secret, `X-MMS-Signature`; Microsoft Teams gets a minimal adaptive card.
public struct SampleDelivery: Sendable, Hashable {
    public var body: [UInt8]
    /// Header name and value pairs, in the order they are sent.
    public var headers: [(String, String)] { headerPairs.map { ($0.name, $0.value) } }
    /// `alert.open` for a sample alert; nil for a card.
    public var event: String?
    /// The base64 HMAC-SHA-1 of the body with the typed secret, when one was typed.
    public var signature: String?
    private var headerPairs: [Header]

    private struct Header: Sendable, Hashable {
        var name: String
        var value: String
    }

    /// The sample for `request`, dated `now`; `alertID` and `configID` name
    /// the sample alert (random in the product, fixed in tests).
    public init(_ request: TestDeliveryRequest, now: Date, alertID: String, configID: String) {
        let stamp = Self.isoDate(now)
        let note = "Test delivery from atlas-integrations to project “\(request.projectName)”: a sample alert, not a real one."
        switch request.kind {
        case .signedAlert:
            let alert: [String: Any] = [
                "id": alertID,
                "alertConfigId": configID,
                "groupId": request.projectID,
                "eventTypeName": "OUTSIDE_METRIC_THRESHOLD",
                "typeName": "HOST_METRIC",
                "status": "OPEN",
                "created": stamp,
                "updated": stamp,
                "lastNotified": stamp,
                "metricName": "CONNECTIONS_PERCENT",
                "currentValue": ["number": 91.5, "units": "RAW"],
                "clusterName": "sample-cluster",
                "replicaSetName": "sample-cluster-shard-0",
                "hostnameAndPort": "sample-cluster-shard-00-00.example.mongodb.net:27017",
                "humanReadable": note,
            ]
            let bytes = Self.json(alert)
            body = bytes
            event = "alert.open"
            signature = request.secret.map { HMACSHA1.base64Signature(of: bytes, secret: $0.clearText) }
            headerPairs = [Header(name: "Content-Type", value: "application/json"),
                           Header(name: "X-MMS-Event", value: "alert.open")]
            if let signature { headerPairs.append(Header(name: "X-MMS-Signature", value: signature)) }
        case .messageCard:
            let card: [String: Any] = [
                "type": "message",
                "attachments": [[
                    "contentType": "application/vnd.microsoft.card.adaptive",
                    "content": [
                        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                        "type": "AdaptiveCard",
                        "version": "1.2",
                        "body": [
                            ["type": "TextBlock", "weight": "Bolder", "text": "MongoDB Atlas: test delivery"],
                            ["type": "TextBlock", "wrap": true, "text": note],
                        ],
                    ],
                ]],
            ]
            body = Self.json(card)
            event = nil
            signature = nil
            headerPairs = [Header(name: "Content-Type", value: "application/json")]
        }
    }

    public static func == (lhs: SampleDelivery, rhs: SampleDelivery) -> Bool {
        lhs.body == rhs.body && lhs.headerPairs == rhs.headerPairs && lhs.event == rhs.event && lhs.signature == rhs.signature
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(body)
        hasher.combine(headerPairs)
    }

    private static func json(_ object: [String: Any]) -> [UInt8] {
        // Sorted keys: the same sample gives the same bytes, so a signature can be checked by hand.
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return Array(data)
    }

    static func isoDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
