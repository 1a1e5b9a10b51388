package org.itup.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.ide.reference.ReferenceTitles;
import org.itup.dsl.ide.server.PlanServerLauncher;

/**
 * {@code itup lsp}: the plan language server on standard input and output, for any LSP editor. Standard output is
 * the protocol channel: this command prints nothing there itself, and the launcher silences everything else.
 */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String synopsis() {
		return """
				  lsp [--sdg-titles FOLDER]
				      Run the .itup language server over standard input and output (for editors).
				""";
	}

	@Override
	public String usage() {
		return """
				Usage: itup lsp [--sdg-titles FOLDER]

				Speaks the Language Server Protocol over standard input and output until the editor closes the
				connection. Editors start it; see docs/editors.md.

				Options:
				  --sdg-titles FOLDER   folder of official SDG titles in one language (global_goals.yml,
				                        global_targets.yml, global_indicators.yml), shown in hovers and completion;
				                        an editor may send it instead as the setting itup.sdgTitles
				  -h, --help            Show this help.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.contains("-h") || args.contains("--help")) {
			out.print(usage());
			return ExitCode.OK;
		}
		if (!args.isEmpty()) {
			configureTitles(args);
		}
		PlanServerLauncher.main(new String[0]);
		return ExitCode.OK;
	}

	private void configureTitles(List<String> args) {
		if (args.size() != 2 || !"--sdg-titles".equals(args.get(0))) {
			throw new UsageException("lsp takes only --sdg-titles FOLDER, not " + String.join(" ", args), usage());
		}
		Path folder = UsageException.path(args.get(1), usage());
		if (!Files.isDirectory(folder)) {
			throw new UsageException("--sdg-titles: no such folder: " + folder, usage());
		}
		ReferenceTitles.configureSdgTitles(folder);
	}
}
