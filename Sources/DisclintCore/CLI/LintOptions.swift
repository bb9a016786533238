/// The options of `disclint lint`.
package struct LintOptions: Equatable, Sendable {
    package enum Format: String, CaseIterable, Sendable { case human, json, sarif, github, checkstyle, junit }
    package enum ColorMode: String, CaseIterable, Sendable { case auto, always, never }

    package var paths: [String] = []
    package var format: Format = .human
    package var failOn: Severity = .error
    package var ruleDirectories: [String] = []
    package var stdinName = "<stdin>"
    package var color: ColorMode = .auto
    package var quiet = false
    package var maximumFileSize = CommandLineTool.defaultMaximumFileSize
    /// Whether `--fail-on` was given (it then overrides the configurations' `failOn`).
    package var failOnGiven = false
    /// `--config FILE`: one configuration for every draft instead of the nearest `.disclint.json`.
    package var configuration: String?
    /// `--require-reason`: a suppression without a reason is an error.
    package var requireReason = false
    /// `--lang CODE`: the language of messages, for packs that give it (default: each pack's own).
    package var language: String?
    /// `--baseline FILE`: findings recorded there are not reported.
    package var baseline: String?
    /// `--write-baseline FILE`: record the findings of this run there.
    package var writeBaseline: String?
    /// `--output FILE`: write the report there (created or truncated) instead of standard output.
    package var output: String?

    package init() {}
}
