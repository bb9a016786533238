/// The options of `disclint lint`.
package struct LintOptions: Equatable, Sendable {
    package enum Format: String, CaseIterable, Sendable { case human, json }
    package enum ColorMode: String, CaseIterable, Sendable { case auto, always, never }

    package var paths: [String] = []
    package var format: Format = .human
    package var failOn: Severity = .error
    package var ruleDirectories: [String] = []
    package var stdinName = "<stdin>"
    package var color: ColorMode = .auto
    package var quiet = false
    package var maximumFileSize = CommandLineTool.defaultMaximumFileSize

    package init() {}
}
