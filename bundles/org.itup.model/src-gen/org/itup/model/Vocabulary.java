/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vocabulary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan's own names for its levels (what the ITU plan calls sector, objective, outcome, output, enabler).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Vocabulary#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getVocabulary()
 * @model
 * @generated
 */
public interface Vocabulary extends EObject
{
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.LevelName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getVocabulary_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<LevelName> getLevels();

} // Vocabulary
