package org.itup.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code itup} command line. A thin shell: picocli reads the arguments into the command, which loads plans
 * through the one loader and prints a report from the generator bundle. Tests call {@link #run} in-process; only
 * {@link #main} exits.
 */
public final class Itup {

	/** Wide enough for the option descriptions, and fixed, so the help (and docs/cli.md) is the same everywhere. */
	private static final int HELP_WIDTH = 110;

	private Itup() {
	}

	public static void main(String[] args) {
		PrintStream out = utf8(FileDescriptor.out);
		PrintStream err = utf8(FileDescriptor.err);
		XtextLogging.toStandardError(err);
		int exitCode = run(args, out, err);
		out.flush();
		err.flush();
		System.exit(exitCode);
	}

	/**
	 * Runs one command line and returns the process exit status. Never throws: a bug becomes one line on
	 * {@code err} and {@link ExitCode#INTERNAL_ERROR}, because a stack trace tells a plan author nothing.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine itup = null;
		try {
			itup = commandLine(out, err);
			return itup.execute(args.clone());
		} catch (Throwable e) { // NOSONAR: whatever failed, the user gets one line, not a trace
			err.println("itup: internal error: " + describe(e));
			return ExitCode.INTERNAL_ERROR;
		} finally {
			if (itup != null) {
				itup.getOut().flush();
				itup.getErr().flush();
			}
			out.flush();
			err.flush();
		}
	}

	/** The whole command line, its sub-commands writing to {@code out} and {@code err}. */
	static CommandLine commandLine(PrintStream out, PrintStream err) {
		CommandLine itup = new CommandLine(new ItupCommand());
		itup.addSubcommand(new CheckCommand(out));
		itup.addSubcommand(new GenerateCommand(out, err));
		itup.addSubcommand(new DiffCommand(out, err));
		itup.addSubcommand(new LspCommand());
		itup.addSubcommand(new HelpCommand(out));
		itup.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
		itup.getSubcommands().values().forEach(command -> layOut(command.getCommandSpec().usageMessage()));
		itup.setOut(writer(out));
		itup.setErr(writer(err));
		itup.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
		itup.setUsageHelpWidth(HELP_WIDTH);
		itup.setParameterExceptionHandler((e, arguments) -> usageError(e, err));
		itup.setExecutionExceptionHandler((e, command, parsed) -> {
			err.println("itup: internal error: " + describe(e));
			return ExitCode.INTERNAL_ERROR;
		});
		return itup;
	}

	/** One layout for every command's help: sections apart, options in the order the command lists them. */
	private static void layOut(UsageMessageSpec usage) {
		usage.descriptionHeading("%n").parameterListHeading("%nArguments:%n").optionListHeading("%nOptions:%n")
				.sortOptions(false);
		if (usage.footer().length > 0) {
			usage.footerHeading("%n");
		}
	}

	private static int usageError(ParameterException e, PrintStream err) {
		err.println("itup: " + message(e));
		err.println();
		err.print(e.getCommandLine().getUsageMessage());
		return ExitCode.USAGE;
	}

	/** picocli's messages, in the words (and lower case) of itup's own. */
	private static String message(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String argument = unmatched.getUnmatched().get(0);
			if (argument.startsWith("-")) {
				return "unknown option '" + argument + "'";
			}
			boolean top = e.getCommandLine().getParent() == null;
			return (top ? "unknown command '" : "unexpected argument '") + argument + "'";
		}
		if (e.getCause() instanceof TypeConversionException conversion) {
			return conversion.getMessage();
		}
		String message = e.getMessage();
		return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
	}

	/** One line, whatever the exception holds, so scripts reading stderr line by line still see all of it. */
	private static String describe(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
		return message.replaceAll("\\s*\\R\\s*", " ");
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
	}

	/** Plan files are UTF-8 and JSON must be; the platform's default console encoding may be neither. */
	private static PrintStream utf8(FileDescriptor descriptor) {
		return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), false,
				StandardCharsets.UTF_8);
	}
}
