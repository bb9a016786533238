/// What a lint run counts as it goes: enough for its summary line and its exit status, without
/// keeping the drafts' results, so that a run that writes its report as it goes (`--format human`
/// or `github` on standard output) holds one batch of results at a time, whatever the archive's size.
struct RunTally {
    var errors = 0
    var warnings = 0
    var notes = 0
    var files = 0
    /// Drafts of no known kind.
    var unknown = 0
    /// Whether a draft has a finding at or above its `--fail-on` threshold.
    var failing = false

    mutating func add(_ results: [FileResult], thresholds: [Severity]) {
        for (file, threshold) in zip(results, thresholds) {
            files += 1
            if file.kind == nil { unknown += 1 }
            for diagnostic in file.diagnostics {
                switch diagnostic.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
                if diagnostic.severity >= threshold { failing = true }
            }
        }
    }

    /// `3 errors, 1 warning, 0 notes in 2 files (1 of no known kind); 1 file could not be read`.
    func summary(unreadable: Int, excluded: Int = 0, baseline: Int = 0) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note")) in \(plural(files, "file"))"
        if unknown > 0 { text += " (\(unknown) of no known kind, not checked)" }
        if excluded > 0 { text += "; \(plural(excluded, "file")) excluded by configuration" }
        if baseline > 0 { text += "; \(plural(baseline, "finding")) in the baseline not shown" }
        if unreadable > 0 { text += "; \(plural(unreadable, "file")) could not be read" }
        return text + "\n"
    }
}
