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

import org.itup.model.ItupPackage;
import org.itup.model.ObjectivePlan;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;
import org.itup.model.RetiredOutput;
import org.itup.model.Sector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operational Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getStrategicPlan <em>Strategic Plan</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.itup.model.impl.OperationalPlanImpl#getRetiredOutputs <em>Retired Outputs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationalPlanImpl extends PlanFileImpl implements OperationalPlan
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStrategicPlan() <em>Strategic Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan strategicPlan;

	/**
	 * The default value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected String responsibleUnit = RESPONSIBLE_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<ObjectivePlan> objectives;

	/**
	 * The cached value of the '{@link #getRetiredOutputs() <em>Retired Outputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetiredOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<RetiredOutput> retiredOutputs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationalPlanImpl()
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
		return ItupPackage.Literals.OPERATIONAL_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OPERATIONAL_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector()
	{
		if (sector != null && sector.eIsProxy())
		{
			InternalEObject oldSector = (InternalEObject)sector;
			sector = (Sector)eResolveProxy(oldSector);
			if (sector != oldSector)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItupPackage.OPERATIONAL_PLAN__SECTOR, oldSector, sector));
			}
		}
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector basicGetSector()
	{
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector)
	{
		Sector oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OPERATIONAL_PLAN__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear)
	{
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OPERATIONAL_PLAN__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getStrategicPlan()
	{
		if (strategicPlan != null && strategicPlan.eIsProxy())
		{
			InternalEObject oldStrategicPlan = (InternalEObject)strategicPlan;
			strategicPlan = (Plan)eResolveProxy(oldStrategicPlan);
			if (strategicPlan != oldStrategicPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN, oldStrategicPlan, strategicPlan));
			}
		}
		return strategicPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetStrategicPlan()
	{
		return strategicPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategicPlan(Plan newStrategicPlan)
	{
		Plan oldStrategicPlan = strategicPlan;
		strategicPlan = newStrategicPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN, oldStrategicPlan, strategicPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleUnit()
	{
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(String newResponsibleUnit)
	{
		String oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OPERATIONAL_PLAN__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObjectivePlan> getObjectives()
	{
		if (objectives == null)
		{
			objectives = new EObjectContainmentEList<ObjectivePlan>(ObjectivePlan.class, this, ItupPackage.OPERATIONAL_PLAN__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetiredOutput> getRetiredOutputs()
	{
		if (retiredOutputs == null)
		{
			retiredOutputs = new EObjectContainmentEList<RetiredOutput>(RetiredOutput.class, this, ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS);
		}
		return retiredOutputs;
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
			case ItupPackage.OPERATIONAL_PLAN__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS:
				return ((InternalEList<?>)getRetiredOutputs()).basicRemove(otherEnd, msgs);
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
			case ItupPackage.OPERATIONAL_PLAN__NAME:
				return getName();
			case ItupPackage.OPERATIONAL_PLAN__SECTOR:
				if (resolve) return getSector();
				return basicGetSector();
			case ItupPackage.OPERATIONAL_PLAN__YEAR:
				return getYear();
			case ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN:
				if (resolve) return getStrategicPlan();
				return basicGetStrategicPlan();
			case ItupPackage.OPERATIONAL_PLAN__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case ItupPackage.OPERATIONAL_PLAN__OBJECTIVES:
				return getObjectives();
			case ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS:
				return getRetiredOutputs();
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
			case ItupPackage.OPERATIONAL_PLAN__NAME:
				setName((String)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__SECTOR:
				setSector((Sector)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__YEAR:
				setYear((Integer)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN:
				setStrategicPlan((Plan)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends ObjectivePlan>)newValue);
				return;
			case ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS:
				getRetiredOutputs().clear();
				getRetiredOutputs().addAll((Collection<? extends RetiredOutput>)newValue);
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
			case ItupPackage.OPERATIONAL_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ItupPackage.OPERATIONAL_PLAN__SECTOR:
				setSector((Sector)null);
				return;
			case ItupPackage.OPERATIONAL_PLAN__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN:
				setStrategicPlan((Plan)null);
				return;
			case ItupPackage.OPERATIONAL_PLAN__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
			case ItupPackage.OPERATIONAL_PLAN__OBJECTIVES:
				getObjectives().clear();
				return;
			case ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS:
				getRetiredOutputs().clear();
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
			case ItupPackage.OPERATIONAL_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ItupPackage.OPERATIONAL_PLAN__SECTOR:
				return sector != null;
			case ItupPackage.OPERATIONAL_PLAN__YEAR:
				return year != YEAR_EDEFAULT;
			case ItupPackage.OPERATIONAL_PLAN__STRATEGIC_PLAN:
				return strategicPlan != null;
			case ItupPackage.OPERATIONAL_PLAN__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
			case ItupPackage.OPERATIONAL_PLAN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ItupPackage.OPERATIONAL_PLAN__RETIRED_OUTPUTS:
				return retiredOutputs != null && !retiredOutputs.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", year: ");
		result.append(year);
		result.append(", responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(')');
		return result.toString();
	}

} //OperationalPlanImpl
