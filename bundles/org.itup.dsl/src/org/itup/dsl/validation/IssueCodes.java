package org.itup.dsl.validation;

/**
 * Every diagnostic code of the plan language, in one place, so quick fixes, severity settings and documentation
 * refer to the same names.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.itup.dsl.";

	/** Two elements of the same kind share a code within one plan. */
	public static final String DUPLICATE_CODE = PREFIX + "DuplicateCode";

	/** A plan file holds nothing (or only white space and comments). */
	public static final String EMPTY_FILE = PREFIX + "EmptyFile";

	/** A plan file is not valid UTF-8. */
	public static final String NOT_UTF8 = PREFIX + "NotUtf8";

	/** A path given to the loader does not exist or holds no plan files. */
	public static final String NO_PLAN_FILES = PREFIX + "NoPlanFiles";

	/** A plan file nests blocks so deeply that it cannot be parsed or validated. */
	public static final String TOO_DEEP = PREFIX + "TooDeep";

	/** A plan file could not be read. */
	public static final String UNREADABLE_FILE = PREFIX + "UnreadableFile";

	private IssueCodes() {
	}
}
