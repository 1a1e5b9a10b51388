/**
 */
package org.itup.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.itup.model.Enabler;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enabler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.EnablerImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.EnablerImpl#isSupportsAll <em>Supports All</em>}</li>
 *   <li>{@link org.itup.model.impl.EnablerImpl#getSupportedObjectives <em>Supported Objectives</em>}</li>
 *   <li>{@link org.itup.model.impl.EnablerImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.itup.model.impl.EnablerImpl#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.itup.model.impl.EnablerImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnablerImpl extends PlanElementImpl implements Enabler
{
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
	 * The default value of the '{@link #isSupportsAll() <em>Supports All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsAll()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTS_ALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupportsAll() <em>Supports All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsAll()
	 * @generated
	 * @ordered
	 */
	protected boolean supportsAll = SUPPORTS_ALL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupportedObjectives() <em>Supported Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> supportedObjectives;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activities;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> contributions;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<String> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnablerImpl()
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
		return ItupPackage.Literals.ENABLER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.ENABLER__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportsAll()
	{
		return supportsAll;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsAll(boolean newSupportsAll)
	{
		boolean oldSupportsAll = supportsAll;
		supportsAll = newSupportsAll;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.ENABLER__SUPPORTS_ALL, oldSupportsAll, supportsAll));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getSupportedObjectives()
	{
		if (supportedObjectives == null)
		{
			supportedObjectives = new EObjectResolvingEList<Objective>(Objective.class, this, ItupPackage.ENABLER__SUPPORTED_OBJECTIVES);
		}
		return supportedObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivities()
	{
		if (activities == null)
		{
			activities = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.ENABLER__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getContributions()
	{
		if (contributions == null)
		{
			contributions = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.ENABLER__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getResults()
	{
		if (results == null)
		{
			results = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.ENABLER__RESULTS);
		}
		return results;
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
			case ItupPackage.ENABLER__TITLE:
				return getTitle();
			case ItupPackage.ENABLER__SUPPORTS_ALL:
				return isSupportsAll();
			case ItupPackage.ENABLER__SUPPORTED_OBJECTIVES:
				return getSupportedObjectives();
			case ItupPackage.ENABLER__ACTIVITIES:
				return getActivities();
			case ItupPackage.ENABLER__CONTRIBUTIONS:
				return getContributions();
			case ItupPackage.ENABLER__RESULTS:
				return getResults();
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
			case ItupPackage.ENABLER__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.ENABLER__SUPPORTS_ALL:
				setSupportsAll((Boolean)newValue);
				return;
			case ItupPackage.ENABLER__SUPPORTED_OBJECTIVES:
				getSupportedObjectives().clear();
				getSupportedObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ItupPackage.ENABLER__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.ENABLER__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.ENABLER__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends String>)newValue);
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
			case ItupPackage.ENABLER__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.ENABLER__SUPPORTS_ALL:
				setSupportsAll(SUPPORTS_ALL_EDEFAULT);
				return;
			case ItupPackage.ENABLER__SUPPORTED_OBJECTIVES:
				getSupportedObjectives().clear();
				return;
			case ItupPackage.ENABLER__ACTIVITIES:
				getActivities().clear();
				return;
			case ItupPackage.ENABLER__CONTRIBUTIONS:
				getContributions().clear();
				return;
			case ItupPackage.ENABLER__RESULTS:
				getResults().clear();
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
			case ItupPackage.ENABLER__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.ENABLER__SUPPORTS_ALL:
				return supportsAll != SUPPORTS_ALL_EDEFAULT;
			case ItupPackage.ENABLER__SUPPORTED_OBJECTIVES:
				return supportedObjectives != null && !supportedObjectives.isEmpty();
			case ItupPackage.ENABLER__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case ItupPackage.ENABLER__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
			case ItupPackage.ENABLER__RESULTS:
				return results != null && !results.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", supportsAll: ");
		result.append(supportsAll);
		result.append(", activities: ");
		result.append(activities);
		result.append(", contributions: ");
		result.append(contributions);
		result.append(", results: ");
		result.append(results);
		result.append(')');
		return result.toString();
	}

} //EnablerImpl
