/**
 */
package org.itup.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.itup.model.ItupPackage;
import org.itup.model.Measurable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurable</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class MeasurableImpl extends PlanElementImpl implements Measurable
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurableImpl()
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
		return ItupPackage.Literals.MEASURABLE;
	}

} //MeasurableImpl
