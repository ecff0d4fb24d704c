import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Localization
import Testing
@testable import AtlasAdmin

/// The checks of a value and the failures of a request in Japanese, the
/// English unchanged, and what logs keep in English whatever the language.
@Suite struct JapaneseChecksTests {
    @Test func validatorMessagesInJapanese() {
        Wording.inLanguage(.japanese) {
            #expect(Validator.required.message(for: "  ") == "必須です。")
            #expect(Validator.hexadecimal(length: 32).message(for: "abc") == "16 進数 32 桁で入力してください。入力は 3 桁です。")
            #expect(Validator.hexadecimal(length: 32).message(for: "abz") == "16 進数 32 桁で入力してください。3 文字目が 16 進数ではありません。")
            #expect(Validator.httpURL.message(for: "a b") == "URL に空白は使えません。")
            #expect(Validator.httpURL.message(for: "example.com") == "https://（または http://）で始めてください。")
            #expect(Validator.httpURL.message(for: "https://") == "URL にホスト名がありません。")
            #expect(Validator.maxLength(1_024).message(for: String(repeating: "x", count: 1_025))
                    == "1024 文字以内で入力してください。入力は 1025 文字です。")
            #expect(Validator.minLength(8).message(for: "abc") == "8 文字以上で入力してください。")
            #expect(Validator.maxBytes(4 * 1_024).message(for: String(repeating: "あ", count: 1_400))
                    == "4 KB 以内にしてください（超えた分は Atlas が無視します）。現在 4200 バイト です。")
            #expect(Validator.hexadecimal(length: 32).message(for: "0123456789abcdef0123456789abcdef") == nil)
        }
    }

    @Test func validatorMessagesInEnglishAreAsBefore() {
        Wording.inLanguage(.english) {
            #expect(Validator.required.message(for: "") == "Required.")
            #expect(Validator.hexadecimal(length: 32).message(for: "abz") == "Must be 32 hexadecimal digits; character 3 is not.")
            #expect(Validator.maxLength(1_024).message(for: String(repeating: "x", count: 1_025))
                    == "At most 1024 characters; this has 1025.")
            #expect(Validator.maxBytes(16 * 1_024).message(for: String(repeating: "a", count: 16_385))
                    == "At most 16 KB (Atlas ignores longer); this is 16385 bytes.")
        }
    }

    @Test func failuresAreShownInJapaneseAndKeptInEnglish() {
        Wording.inLanguage(.japanese) {
            let failure = URLErrorMapping.failure(for: URLError(.cannotConnectToHost), status: nil, timeout: .seconds(30))
            #expect(failure.localizedMessage == "Atlas に接続できませんでした: 接続が拒否されました")
            #expect(failure.message == "Could not connect to Atlas: connection refused", "logs keep English")
            #expect(failure.detail == "connection refused")
            #expect(failure == TransportFailure(kind: .refused, detail: "connection refused"))
            let error = AtlasError.transport(failure)
            #expect(error.message == "Could not connect to Atlas: connection refused")
            #expect(error.localizedMessage == "Atlas に接続できませんでした: 接続が拒否されました")
            #expect(AtlasError.cancelled.localizedMessage == "キャンセルしました。")
            #expect(AtlasError.cancelled.message == "Cancelled.")
            let api = AtlasError.api(APIErrorDetail(status: 400, errorCode: "INVALID_URL", detail: "Invalid URL."))
            #expect(api.localizedMessage == "400 INVALID_URL: Invalid URL.", "what Atlas sent, as sent")
            let timeout = URLErrorMapping.failure(for: URLError(.timedOut), status: nil, timeout: .seconds(30))
            #expect(timeout.localizedMessage == "Atlas から時間内に応答がありませんでした: 30 s 以内に応答なし")
        }
    }

    @Test func configurationErrorsInJapanese() {
        Wording.inLanguage(.japanese) {
            let error = ConfigurationError.unknownProfile(name: "prod", file: "/home/a/config.toml", available: ["dev", "stage"])
            #expect(error.message == "/home/a/config.toml にプロファイル \"prod\" はありません（あるのは dev, stage）。")
            let url = ConfigurationError.invalidBaseURL(value: "ftp://x", source: "--base-url")
            #expect(url.message == "--base-url のベース URL \"ftp://x\" は、ホストを含む http(s) URL ではありません。")
        }
        Wording.inLanguage(.english) {
            let error = ConfigurationError.malformedFile(file: "c.toml", line: 3, column: 7, reason: "bad")
            #expect(error.message == "c.toml line 3, column 7: bad")
        }
    }
}
