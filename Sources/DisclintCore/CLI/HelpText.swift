/// The text of `--help`, laid out as swift-argument-parser does.
package enum HelpText {
    package static func usage(_ command: String) -> String {
        switch command {
        case "rules": return "disclint rules [--rules <dir> ...]"
        case "explain": return "disclint explain <rule-id> [--rules <dir> ...]"
        case "dump": return "disclint dump <path> [--rules <dir> ...]"
        case "print-config": return "disclint print-config [<path>] [--config <file>]"
        case "suppressions": return "disclint suppressions <path> ..."
        case "test-rules": return "disclint test-rules <dir>"
        case "install-hook": return "disclint install-hook [--force]"
        case "uninstall-hook": return "disclint uninstall-hook"
        default: return "disclint lint [<options>] <path> ..."
        }
    }

    package static func help(_ command: String?) -> String {
        switch command {
        case "print-config":
            return """
            OVERVIEW: Show the configuration in force for a draft or a folder: the nearest
            .disclint.json up to the repository root (or --config), with the defaults filled in.

            USAGE: \(usage("print-config"))

            ARGUMENTS:
              <path>                  A draft or a folder. (default: .)

            OPTIONS:
              --config <file>         Use this configuration instead of the nearest one.
              -h, --help              Show help information.

            """
        case "suppressions":
            return """
            OVERVIEW: List every in-source suppression with its file, line, rules and reason.

            USAGE: \(usage("suppressions"))

            ARGUMENTS:
              <path>                  Drafts or folders ('-' reads standard input).

            OPTIONS:
              -h, --help              Show help information.

            """
        case "test-rules":
            return """
            OVERVIEW: Validate the rule packs of a folder and run their examples: every triggering
            example must fire its rule (where its ↓ marks), no non-triggering example may, and
            every rule needs both kinds. A pack with the id of an embedded pack replaces it, so an
            edited copy of rules/*.json can be tested before it is used. Exit 1 if a rule fails,
            2 if a pack cannot be read.

            USAGE: \(usage("test-rules"))

            ARGUMENTS:
              <dir>                   The folder of rule packs (*.json).

            OPTIONS:
              -h, --help              Show help information.

            """
        case "install-hook":
            return """
            OVERVIEW: Install a git pre-commit hook that lints the staged content of added and
            modified drafts (*.md, *.markdown, *.txt) and blocks the commit on errors.

            The hook is written to the repository's hooks directory as git names it (so
            core.hooksPath and worktrees are honoured), mode 755, with the line
            '# installed by disclint'. It calls this disclint by its absolute path, or the
            disclint on PATH if that is gone. Running install-hook again updates the hook.

            USAGE: \(usage("install-hook"))

            OPTIONS:
              --force                 Overwrite a pre-commit hook that disclint did not write.
              -h, --help              Show help information.

            EXIT STATUS:
              0   the hook was installed or updated
              2   not in a git working tree, git not found, a hook disclint did not write is
                  in the way (use --force), or the hook could not be written
              64  bad usage

            """
        case "uninstall-hook":
            return """
            OVERVIEW: Remove the git pre-commit hook that 'disclint install-hook' wrote. A hook
            that disclint did not write is never removed.

            USAGE: \(usage("uninstall-hook"))

            OPTIONS:
              -h, --help              Show help information.

            EXIT STATUS:
              0   the hook was removed, or there was none
              2   not in a git working tree, git not found, the hook is not disclint's, or it
                  could not be removed
              64  bad usage

            """
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
              --format <format>       The report format. (values: human, json, sarif, github,
                                      checkstyle, junit; default: human)
              --output <file>         Write the report to this file (created or truncated)
                                      instead of standard output; the summary stays on
                                      standard error.
              --fail-on <severity>    Exit 1 when a finding is at least this severe.
                                      (values: error, warning, note; default: error)
              --rules <dir>           Also load the rule packs (*.json) of this directory;
                                      repeatable.
              --stdin-name <name>     The path reported for standard input. (default: <stdin>)
              --color <when>          Colour the human report. (values: auto, always, never;
                                      default: auto: only on a terminal, never with NO_COLOR)
              --no-color              Same as --color never.
              --max-file-size <size>  Refuse larger drafts: bytes, or K, M, G (KiB, MiB, GiB:
                                      powers of 1024) or KB, MB, GB (powers of 1000).
                                      (default: \(ByteSize.description(CommandLineTool.defaultMaximumFileSize)))
              --config <file>         Use this configuration for every draft instead of the
                                      nearest .disclint.json (searched from each draft's folder
                                      up to the repository root).
              --require-reason        A suppression without a reason ('-- why') is an error.
              --lang <code>           Messages in this language where a pack gives it
                                      (e.g. 'en' for the Japanese pack; default: the pack's own).
              --baseline <file>       Do not report findings recorded in this baseline.
              --write-baseline <file> Record this run's findings in a baseline file.
              -q, --quiet             Print findings only: no summary line, no progress line.
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              lint (default)          Lint drafts.
              rules                   List every rule.
              explain <rule-id>       Explain a rule, with its examples.
              dump <path>             Show the sections and facts read in a draft.
              install-hook [--force]  Install a git pre-commit hook that lints staged drafts.
              uninstall-hook          Remove that hook.
              print-config [<path>]   Show the configuration in force for a draft or folder.
              suppressions <path> ... List every in-source suppression with its reason.
              test-rules <dir>        Validate rule packs and run their examples.

            EXIT STATUS:
              0   no finding at or above the --fail-on severity
              1   some finding at or above the --fail-on severity
              2   a draft or a rule pack could not be read (the other drafts are still linted),
                  or the --output file could not be written
              64  bad usage

              See 'disclint help <subcommand>' for detailed help.

            """
        }
    }
}
