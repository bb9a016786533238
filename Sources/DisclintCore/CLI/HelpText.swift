/// The text of `--help`, laid out as swift-argument-parser does.
package enum HelpText {
    package static func usage(_ command: String) -> String {
        switch command {
        case "rules": return "disclint rules [--rules <dir> ...]"
        case "explain": return "disclint explain <rule-id> [--rules <dir> ...]"
        case "dump": return "disclint dump <path> [--rules <dir> ...]"
        default: return "disclint lint [<options>] <path> ..."
        }
    }

    package static func help(_ command: String?) -> String {
        switch command {
        case "rules":
            return """
            OVERVIEW: List every rule: id, default severity, pack and description.

            USAGE: \(usage("rules"))

            OPTIONS:
              --rules <dir>           Also load the rule packs (*.json) of this directory.
              -h, --help              Show help information.

            """
        case "dump":
            return """
            OVERVIEW: Show what disclint reads in a draft: its kind, its parts, and every
            section with its label, its value and what the value reads as.

            USAGE: \(usage("dump"))

            ARGUMENTS:
              <path>                  The draft ('-' reads standard input).

            OPTIONS:
              --rules <dir>           Also load the rule packs (*.json) of this directory.
              -h, --help              Show help information.

            """
        case "explain":
            return """
            OVERVIEW: Explain a rule: what it finds, why it matters, and its examples.

            USAGE: \(usage("explain"))

            ARGUMENTS:
              <rule-id>               The rule's id, e.g. shares-exceed-cap.

            OPTIONS:
              --rules <dir>           Also load the rule packs (*.json) of this directory.
              -h, --help              Show help information.

            """
        default:
            return """
            OVERVIEW: Lint regulated corporate announcements (share-buyback results and status
            releases) for missing sections and numbers or dates that disagree.

            USAGE: \(usage("lint"))

            ARGUMENTS:
              <path>                  Drafts to lint: files, or directories searched for *.md,
                                      *.markdown and *.txt (hidden entries and .build skipped).
                                      '-' reads standard input.

            OPTIONS:
              --format <format>       The report format. (values: human, json; default: human)
              --fail-on <severity>    Exit 1 when a finding is at least this severe.
                                      (values: error, warning, note; default: error)
              --rules <dir>           Also load the rule packs (*.json) of this directory;
                                      repeatable.
              --stdin-name <name>     The path reported for standard input. (default: <stdin>)
              --color <when>          Colour the human report. (values: auto, always, never;
                                      default: auto: only on a terminal, never with NO_COLOR)
              --no-color              Same as --color never.
              --max-file-size <bytes> Refuse larger drafts. (default: \(CommandLineTool.defaultMaximumFileSize))
              -q, --quiet             Print findings only, no summary line.
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              lint (default)          Lint drafts.
              rules                   List every rule.
              explain <rule-id>       Explain a rule, with its examples.
              dump <path>             Show the sections and facts read in a draft.

            EXIT STATUS:
              0   no finding at or above the --fail-on severity
              1   some finding at or above the --fail-on severity
              2   a draft or a rule pack could not be read (the other drafts are still linted)
              64  bad usage

              See 'disclint help <subcommand>' for detailed help.

            """
        }
    }
}
