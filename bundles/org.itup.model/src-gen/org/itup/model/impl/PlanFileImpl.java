/**
 */
package org.itup.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.itup.model.ItupPackage;
import org.itup.model.PlanFile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan File</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PlanFileImpl extends MinimalEObjectImpl.Container implements PlanFile
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanFileImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ItupPackage.Literals.PLAN_FILE;
	}

} //PlanFileImpl
