@testable import AtlasAdmin
import Foundation

/// Answers project-list pages from `count` generated projects, reporting
/// `reportedTotal` as `totalCount` (Atlas's is only an estimate).
enum ScriptedProjectServer {
    static func projectID(_ index: Int) -> String {
        let hex = String(index, radix: 16)
        return String(repeating: "0", count: 24 - hex.count) + hex
    }

    static func transport(count: Int, reportedTotal: Int?) -> ScriptedTransport {
        ScriptedTransport { request throws(AtlasError) in
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let value = { (name: String) in items.first { $0.name == name }?.value.flatMap(Int.init) }
            let size = value("itemsPerPage") ?? 100
            let number = value("pageNum") ?? 1
            let start = min(count, (number - 1) * size)
            let end = min(count, start + size)
            let results = (start..<end).map { index in
                #"{"id":"\#(projectID(index))","name":"Project \#(index)","orgId":"a0123456789abcdef012345a","clusterCount":0,"created":"2026-01-01T00:00:00Z"}"#
            }
            let total = reportedTotal.map { #","totalCount":\#($0)"# } ?? ""
            return HTTPResponse(status: 200, body: Data(#"{"results":[\#(results.joined(separator: ","))]\#(total)}"#.utf8))
        }
    }
}
