package org.itup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A path argument; one the file system cannot represent is a usage error, not a crash. */
final class PathArgument implements ITypeConverter<Path> {

	@Override
	public Path convert(String argument) {
		try {
			return Path.of(argument);
		} catch (InvalidPathException e) {
			throw new TypeConversionException("not a valid path: '" + argument + "'");
		}
	}
}
