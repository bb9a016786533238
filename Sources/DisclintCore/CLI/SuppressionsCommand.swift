/// `disclint suppressions PATH...`: every suppression in the drafts, with file, line, rules and
/// reason, for the auditor who asks what was silenced and why.
package enum SuppressionsCommand {
    package static func run(paths: [String], console: Console) -> ExitStatus {
        var status = ExitStatus.success
        var count = 0
        for entry in FileDiscovery.entries(for: paths) {
            let source: SourceFile
            switch entry {
            case .problem(let problem):
                console.writeVisibleError("Error: \(problem.message)\n")
                status = .unreadable
                continue
            case .standardInput:
                do { source = SourceFile(path: "<stdin>", bytes: try console.readStandardInput()) } catch {
                    console.writeVisibleError("Error: cannot read standard input: \(error.reason)\n")
                    status = .unreadable
                    continue
                }
            case .file(let path), .fileWithBytePath(let path, _):
                var pathBytes = Array(path.utf8)
                if case .fileWithBytePath(_, let bytes) = entry { pathBytes = bytes }
                do {
                    source = SourceFile(path: path, bytes: try FileSystem.read(bytes: pathBytes, reported: path, limit: CommandLineTool.defaultMaximumFileSize))
                } catch {
                    console.writeVisibleError("Error: \(error.message)\n")
                    status = .unreadable
                    continue
                }
            }
            for suppression in SuppressionParser.suppressions(in: source) {
                count += 1
                let rules = suppression.rules.isEmpty ? "all rules" : suppression.rules.joined(separator: ", ")
                let reason = suppression.reason.map { "reason: \($0)" } ?? "no reason given"
                console.writeVisible("\(source.path):\(suppression.range.start.line):\(suppression.range.start.column): \(suppression.kind.rawValue) \(rules) (\(reason))\n")
            }
        }
        console.writeError("\(count) suppression\(count == 1 ? "" : "s")\n")
        return status
    }
}
