package org.itup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The "Commands:" section of {@code itup --help}: each command's synopsis with its first sentence, so the general
 * help already shows every command's options.
 */
final class CommandList implements IHelpSectionRenderer {

	private static final String ITUP = "itup ";

	@Override
	public String render(Help help) {
		StringBuilder text = new StringBuilder();
		for (CommandLine command : help.commandSpec().subcommands().values()) {
			String synopsis = command.getCommandSpec().usageMessage().customSynopsis()[0];
			text.append("  ").append(synopsis.substring(ITUP.length())).append('\n');
			text.append("      ").append(command.getCommandSpec().usageMessage().description()[0]).append('\n');
		}
		return text.toString();
	}
}
