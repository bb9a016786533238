import Foundation
import PackagePlugin

/// Embeds the rule packs of `rules/` in `DisclintCore` at build time.
///
/// Every `rules/*.json` becomes a string literal in a generated `EmbeddedRulePacks.swift`, so the
/// packs travel inside the binary. The packs are inputs of the build command: editing one
/// rebuilds the library.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let packs = ((try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? [])
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { rules.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulePacks.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(packs.count) rule pack(s) from rules/",
                executable: try context.tool(named: "disclint-embed").url,
                arguments: [output.path] + packs.map(\.path),
                inputFiles: packs,
                outputFiles: [output]
            )
        ]
    }
}
