package org.itup.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code itup} command line. A thin shell: it picks the command, which loads plans through the one loader and
 * prints a report from the generator bundle. Tests call {@link #run} in-process; only {@link #main} exits.
 */
public final class Itup {

	private static final Map<String, Command> COMMANDS = commands(new CheckCommand(), new GenerateCommand(),
			new LspCommand());

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
		try {
			return dispatch(Arrays.asList(args), out, err);
		} catch (UsageException e) {
			err.println("itup: " + e.getMessage());
			err.println();
			err.print(e.usage());
			return ExitCode.USAGE;
		} catch (Throwable e) { // NOSONAR: whatever failed, the user gets one line, not a trace
			err.println("itup: internal error: " + describe(e));
			return ExitCode.INTERNAL_ERROR;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static int dispatch(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("no command given", usage());
		}
		String first = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (first) {
		case "help", "-h", "--help":
			out.print(help(rest));
			return ExitCode.OK;
		case "--version":
			out.println("itup " + Version.current());
			return ExitCode.OK;
		default:
			return command(first).run(rest, out, err);
		}
	}

	private static Command command(String name) {
		Command command = COMMANDS.get(name);
		if (command != null) {
			return command;
		}
		String what = name.startsWith("-") ? "unknown option '" : "unknown command '";
		throw new UsageException(what + name + "'", usage());
	}

	private static String help(List<String> args) {
		if (args.isEmpty()) {
			return usage();
		}
		if (args.size() > 1) {
			throw new UsageException("help takes at most one command name", usage());
		}
		return command(args.get(0)).usage();
	}

	static String usage() {
		StringBuilder text = new StringBuilder("Usage: itup COMMAND [ARGUMENTS]\n\nCommands:\n");
		COMMANDS.values().forEach(command -> text.append(command.synopsis()));
		text.append("""
				  help [COMMAND]
				      Show this help, or the help of one command.

				Options:
				  -h, --help   Show this help.
				  --version    Show the version of itup.

				Exit codes:
				  0  no errors (warnings and infos do not fail)
				  1  the plans have errors
				  2  bad usage: unknown command or option, missing or wrong argument
				  3  internal error in itup (please report it with the command line that caused it)
				""");
		return text.toString();
	}

	/** One line, whatever the exception holds, so scripts reading stderr line by line still see all of it. */
	private static String describe(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
		return message.replaceAll("\\s*\\R\\s*", " ");
	}

	private static Map<String, Command> commands(Command... commands) {
		Map<String, Command> byName = new LinkedHashMap<>();
		for (Command command : commands) {
			byName.put(command.name(), command);
		}
		return byName;
	}

	/** Plan files are UTF-8 and JSON must be; the platform's default console encoding may be neither. */
	private static PrintStream utf8(FileDescriptor descriptor) {
		return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), false,
				StandardCharsets.UTF_8);
	}
}
