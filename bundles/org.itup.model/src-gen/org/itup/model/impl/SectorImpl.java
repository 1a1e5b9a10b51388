/**
 */
package org.itup.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.Budget;
import org.itup.model.Bureau;
import org.itup.model.Enabler;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Sector;
import org.itup.model.SectorKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.SectorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itup.model.impl.SectorImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.SectorImpl#getBureau <em>Bureau</em>}</li>
 *   <li>{@link org.itup.model.impl.SectorImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.itup.model.impl.SectorImpl#getEnablers <em>Enablers</em>}</li>
 *   <li>{@link org.itup.model.impl.SectorImpl#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectorImpl extends PlanElementImpl implements Sector
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectorKind KIND_EDEFAULT = SectorKind.SECTOR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBureau() <em>Bureau</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBureau()
	 * @generated
	 * @ordered
	 */
	protected Bureau bureau;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getEnablers() <em>Enablers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnablers()
	 * @generated
	 * @ordered
	 */
	protected EList<Enabler> enablers;

	/**
	 * The cached value of the '{@link #getBudgets() <em>Budgets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgets()
	 * @generated
	 * @ordered
	 */
	protected EList<Budget> budgets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectorImpl()
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
		return ItupPackage.Literals.SECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectorKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectorKind newKind)
	{
		SectorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.SECTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.SECTOR__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bureau getBureau()
	{
		return bureau;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBureau(Bureau newBureau, NotificationChain msgs)
	{
		Bureau oldBureau = bureau;
		bureau = newBureau;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItupPackage.SECTOR__BUREAU, oldBureau, newBureau);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBureau(Bureau newBureau)
	{
		if (newBureau != bureau)
		{
			NotificationChain msgs = null;
			if (bureau != null)
				msgs = ((InternalEObject)bureau).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItupPackage.SECTOR__BUREAU, null, msgs);
			if (newBureau != null)
				msgs = ((InternalEObject)newBureau).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItupPackage.SECTOR__BUREAU, null, msgs);
			msgs = basicSetBureau(newBureau, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.SECTOR__BUREAU, newBureau, newBureau));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives()
	{
		if (objectives == null)
		{
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, ItupPackage.SECTOR__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Enabler> getEnablers()
	{
		if (enablers == null)
		{
			enablers = new EObjectContainmentEList<Enabler>(Enabler.class, this, ItupPackage.SECTOR__ENABLERS);
		}
		return enablers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Budget> getBudgets()
	{
		if (budgets == null)
		{
			budgets = new EObjectContainmentEList<Budget>(Budget.class, this, ItupPackage.SECTOR__BUDGETS);
		}
		return budgets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItupPackage.SECTOR__BUREAU:
				return basicSetBureau(null, msgs);
			case ItupPackage.SECTOR__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ItupPackage.SECTOR__ENABLERS:
				return ((InternalEList<?>)getEnablers()).basicRemove(otherEnd, msgs);
			case ItupPackage.SECTOR__BUDGETS:
				return ((InternalEList<?>)getBudgets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ItupPackage.SECTOR__KIND:
				return getKind();
			case ItupPackage.SECTOR__TITLE:
				return getTitle();
			case ItupPackage.SECTOR__BUREAU:
				return getBureau();
			case ItupPackage.SECTOR__OBJECTIVES:
				return getObjectives();
			case ItupPackage.SECTOR__ENABLERS:
				return getEnablers();
			case ItupPackage.SECTOR__BUDGETS:
				return getBudgets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItupPackage.SECTOR__KIND:
				setKind((SectorKind)newValue);
				return;
			case ItupPackage.SECTOR__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.SECTOR__BUREAU:
				setBureau((Bureau)newValue);
				return;
			case ItupPackage.SECTOR__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ItupPackage.SECTOR__ENABLERS:
				getEnablers().clear();
				getEnablers().addAll((Collection<? extends Enabler>)newValue);
				return;
			case ItupPackage.SECTOR__BUDGETS:
				getBudgets().clear();
				getBudgets().addAll((Collection<? extends Budget>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.SECTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ItupPackage.SECTOR__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.SECTOR__BUREAU:
				setBureau((Bureau)null);
				return;
			case ItupPackage.SECTOR__OBJECTIVES:
				getObjectives().clear();
				return;
			case ItupPackage.SECTOR__ENABLERS:
				getEnablers().clear();
				return;
			case ItupPackage.SECTOR__BUDGETS:
				getBudgets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.SECTOR__KIND:
				return kind != KIND_EDEFAULT;
			case ItupPackage.SECTOR__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.SECTOR__BUREAU:
				return bureau != null;
			case ItupPackage.SECTOR__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ItupPackage.SECTOR__ENABLERS:
				return enablers != null && !enablers.isEmpty();
			case ItupPackage.SECTOR__BUDGETS:
				return budgets != null && !budgets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(')');
		return result.toString();
	}

} //SectorImpl
