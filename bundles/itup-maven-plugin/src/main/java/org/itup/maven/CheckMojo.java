package org.itup.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.itup.dsl.load.LoadedPlans;

/** Goal {@code check}: validates the plans and fails the build on findings at or above {@code failOn}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPlanMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		LoadedPlans loaded = load();
		if (failLevel().fails(loaded)) {
			throw new MojoFailureException("itup: the plans have findings at or above the fail-on level; see above");
		}
	}
}
