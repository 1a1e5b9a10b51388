package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.itup.design.tests.odesign.OdesignVerifier;
import org.itup.design.tests.odesign.SiriusMetamodels;
import org.itup.model.ItupPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The itup viewpoint passes every static check: Sirius's loader would accept it, and every class, reference and
 * service it names exists.
 */
@ExtendWith(NeedsSiriusMetamodels.class)
class OdesignVerificationTest {

	@Test
	void itupViewpointPassesEveryCheck() {
		OdesignVerifier verifier = new OdesignVerifier(DesignTestPaths.siriusMetamodels(), ItupPackage.eINSTANCE);
		assertEquals("", String.join("\n", verifier.verify(DesignTestPaths.odesign())));
	}

	@Test
	void missingMetamodelsFolderFailsWithItsName(@TempDir Path empty) {
		AssertionError error = assertThrows(AssertionError.class,
				() -> SiriusMetamodels.in(empty.resolve("sirius/metamodels")));
		assertTrue(error.getMessage().startsWith("Sirius metamodels not found: " + empty.resolve("sirius/metamodels")),
				error.getMessage());
		assertTrue(error.getMessage().contains("itup.shared.dir"), error.getMessage());
	}
}
