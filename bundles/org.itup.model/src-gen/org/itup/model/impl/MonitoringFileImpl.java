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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.Assessment;
import org.itup.model.Expenditure;
import org.itup.model.ItupPackage;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitoring File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.MonitoringFileImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.itup.model.impl.MonitoringFileImpl#getDataFiles <em>Data Files</em>}</li>
 *   <li>{@link org.itup.model.impl.MonitoringFileImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.itup.model.impl.MonitoringFileImpl#getExpenditures <em>Expenditures</em>}</li>
 *   <li>{@link org.itup.model.impl.MonitoringFileImpl#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitoringFileImpl extends PlanFileImpl implements MonitoringFile
{
	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan plan;

	/**
	 * The cached value of the '{@link #getDataFiles() <em>Data Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dataFiles;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * The cached value of the '{@link #getExpenditures() <em>Expenditures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpenditures()
	 * @generated
	 * @ordered
	 */
	protected EList<Expenditure> expenditures;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitoringFileImpl()
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
		return ItupPackage.Literals.MONITORING_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getPlan()
	{
		if (plan != null && plan.eIsProxy())
		{
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (Plan)eResolveProxy(oldPlan);
			if (plan != oldPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItupPackage.MONITORING_FILE__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetPlan()
	{
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Plan newPlan)
	{
		Plan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.MONITORING_FILE__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDataFiles()
	{
		if (dataFiles == null)
		{
			dataFiles = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.MONITORING_FILE__DATA_FILES);
		}
		return dataFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements()
	{
		if (measurements == null)
		{
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, ItupPackage.MONITORING_FILE__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expenditure> getExpenditures()
	{
		if (expenditures == null)
		{
			expenditures = new EObjectContainmentEList<Expenditure>(Expenditure.class, this, ItupPackage.MONITORING_FILE__EXPENDITURES);
		}
		return expenditures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments()
	{
		if (assessments == null)
		{
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, ItupPackage.MONITORING_FILE__ASSESSMENTS);
		}
		return assessments;
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
			case ItupPackage.MONITORING_FILE__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case ItupPackage.MONITORING_FILE__EXPENDITURES:
				return ((InternalEList<?>)getExpenditures()).basicRemove(otherEnd, msgs);
			case ItupPackage.MONITORING_FILE__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
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
			case ItupPackage.MONITORING_FILE__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case ItupPackage.MONITORING_FILE__DATA_FILES:
				return getDataFiles();
			case ItupPackage.MONITORING_FILE__MEASUREMENTS:
				return getMeasurements();
			case ItupPackage.MONITORING_FILE__EXPENDITURES:
				return getExpenditures();
			case ItupPackage.MONITORING_FILE__ASSESSMENTS:
				return getAssessments();
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
			case ItupPackage.MONITORING_FILE__PLAN:
				setPlan((Plan)newValue);
				return;
			case ItupPackage.MONITORING_FILE__DATA_FILES:
				getDataFiles().clear();
				getDataFiles().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.MONITORING_FILE__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case ItupPackage.MONITORING_FILE__EXPENDITURES:
				getExpenditures().clear();
				getExpenditures().addAll((Collection<? extends Expenditure>)newValue);
				return;
			case ItupPackage.MONITORING_FILE__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
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
			case ItupPackage.MONITORING_FILE__PLAN:
				setPlan((Plan)null);
				return;
			case ItupPackage.MONITORING_FILE__DATA_FILES:
				getDataFiles().clear();
				return;
			case ItupPackage.MONITORING_FILE__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case ItupPackage.MONITORING_FILE__EXPENDITURES:
				getExpenditures().clear();
				return;
			case ItupPackage.MONITORING_FILE__ASSESSMENTS:
				getAssessments().clear();
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
			case ItupPackage.MONITORING_FILE__PLAN:
				return plan != null;
			case ItupPackage.MONITORING_FILE__DATA_FILES:
				return dataFiles != null && !dataFiles.isEmpty();
			case ItupPackage.MONITORING_FILE__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case ItupPackage.MONITORING_FILE__EXPENDITURES:
				return expenditures != null && !expenditures.isEmpty();
			case ItupPackage.MONITORING_FILE__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
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
		result.append(" (dataFiles: ");
		result.append(dataFiles);
		result.append(')');
		return result.toString();
	}

} //MonitoringFileImpl
