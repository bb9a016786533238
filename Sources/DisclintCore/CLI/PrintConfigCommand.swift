/// `disclint print-config PATH`: the configuration in force for a draft (or a folder), as JSON,
/// with the file it comes from.
package enum PrintConfigCommand {
    package static func run(path: String, override: String?, console: Console) -> ExitStatus {
        let resolver = ConfigurationResolver(override: override, ruleDirectories: [])
        // For a folder, the configuration of a draft inside it.
        let probe = FileSystem.kind(path) == .directory ? Paths.join(path, "draft.md") : path
        switch resolver.resolve(for: probe) {
        case .success(let resolved):
            console.write(resolved.configuration.json())
            return .success
        case .failure(let problem):
            console.writeVisibleError("Error: \(problem.message)\n")
            return .unreadable
        }
    }
}
