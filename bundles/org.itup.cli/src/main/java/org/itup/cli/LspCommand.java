package org.itup.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.itup.analysis.reference.SdgTitles;
import org.itup.dsl.ide.server.PlanServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code itup lsp}: the plan language server on standard input and output, for any LSP editor. Standard output is
 * the protocol channel: this command prints nothing there itself, and the launcher silences everything else.
 */
@Command(name = "lsp", customSynopsis = "itup lsp [--sdg-titles FOLDER]",
		description = { "Runs the .itup language server over standard input and output (for editors).", "",
				"Speaks the Language Server Protocol over standard input and output until the editor closes the"
						+ " connection. Editors start it; see docs/editors.md." })
final class LspCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--sdg-titles", paramLabel = "FOLDER", converter = PathArgument.class, description = {
			"folder of official SDG titles in one language, shown in hovers and completion:",
			"global_goals.yml, global_targets.yml, global_indicators.yml;",
			"an editor may send it instead as the setting itup.sdgTitles" })
	private Path sdgTitles;

	@Mixin
	private HelpOption help;

	@Override
	public Integer call() {
		if (sdgTitles != null) {
			checkTitles();
		}
		PlanServerLauncher.serve(sdgTitles);
		return ExitCode.OK;
	}

	/** A folder the server could not use is refused before it starts, when the user can still see why. */
	private void checkTitles() {
		try {
			SdgTitles.readNamedFolder(sdgTitles);
		} catch (SdgTitles.UnreadableTitles e) {
			throw UsageError.of(spec, "--sdg-titles: " + e.getMessage());
		}
	}
}
