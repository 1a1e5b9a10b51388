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

import org.itup.model.ItupPackage;
import org.itup.model.Mitigation;
import org.itup.model.StrategicRisk;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategic Risk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getAspects <em>Aspects</em>}</li>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getMitigations <em>Mitigations</em>}</li>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.itup.model.impl.StrategicRiskImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategicRiskImpl extends PlanElementImpl implements StrategicRisk
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
	 * The cached value of the '{@link #getAspects() <em>Aspects</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAspects()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aspects;

	/**
	 * The cached value of the '{@link #getMitigations() <em>Mitigations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigations()
	 * @generated
	 * @ordered
	 */
	protected EList<Mitigation> mitigations;

	/**
	 * The default value of the '{@link #getLikelihood() <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikelihood()
	 * @generated
	 * @ordered
	 */
	protected static final String LIKELIHOOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLikelihood() <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLikelihood()
	 * @generated
	 * @ordered
	 */
	protected String likelihood = LIKELIHOOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected String impact = IMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategicRiskImpl()
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
		return ItupPackage.Literals.STRATEGIC_RISK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.STRATEGIC_RISK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAspects()
	{
		if (aspects == null)
		{
			aspects = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.STRATEGIC_RISK__ASPECTS);
		}
		return aspects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mitigation> getMitigations()
	{
		if (mitigations == null)
		{
			mitigations = new EObjectContainmentEList<Mitigation>(Mitigation.class, this, ItupPackage.STRATEGIC_RISK__MITIGATIONS);
		}
		return mitigations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLikelihood()
	{
		return likelihood;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLikelihood(String newLikelihood)
	{
		String oldLikelihood = likelihood;
		likelihood = newLikelihood;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.STRATEGIC_RISK__LIKELIHOOD, oldLikelihood, likelihood));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImpact()
	{
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(String newImpact)
	{
		String oldImpact = impact;
		impact = newImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.STRATEGIC_RISK__IMPACT, oldImpact, impact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner)
	{
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.STRATEGIC_RISK__OWNER, oldOwner, owner));
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
			case ItupPackage.STRATEGIC_RISK__MITIGATIONS:
				return ((InternalEList<?>)getMitigations()).basicRemove(otherEnd, msgs);
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
			case ItupPackage.STRATEGIC_RISK__TITLE:
				return getTitle();
			case ItupPackage.STRATEGIC_RISK__ASPECTS:
				return getAspects();
			case ItupPackage.STRATEGIC_RISK__MITIGATIONS:
				return getMitigations();
			case ItupPackage.STRATEGIC_RISK__LIKELIHOOD:
				return getLikelihood();
			case ItupPackage.STRATEGIC_RISK__IMPACT:
				return getImpact();
			case ItupPackage.STRATEGIC_RISK__OWNER:
				return getOwner();
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
			case ItupPackage.STRATEGIC_RISK__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.STRATEGIC_RISK__ASPECTS:
				getAspects().clear();
				getAspects().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.STRATEGIC_RISK__MITIGATIONS:
				getMitigations().clear();
				getMitigations().addAll((Collection<? extends Mitigation>)newValue);
				return;
			case ItupPackage.STRATEGIC_RISK__LIKELIHOOD:
				setLikelihood((String)newValue);
				return;
			case ItupPackage.STRATEGIC_RISK__IMPACT:
				setImpact((String)newValue);
				return;
			case ItupPackage.STRATEGIC_RISK__OWNER:
				setOwner((String)newValue);
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
			case ItupPackage.STRATEGIC_RISK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.STRATEGIC_RISK__ASPECTS:
				getAspects().clear();
				return;
			case ItupPackage.STRATEGIC_RISK__MITIGATIONS:
				getMitigations().clear();
				return;
			case ItupPackage.STRATEGIC_RISK__LIKELIHOOD:
				setLikelihood(LIKELIHOOD_EDEFAULT);
				return;
			case ItupPackage.STRATEGIC_RISK__IMPACT:
				setImpact(IMPACT_EDEFAULT);
				return;
			case ItupPackage.STRATEGIC_RISK__OWNER:
				setOwner(OWNER_EDEFAULT);
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
			case ItupPackage.STRATEGIC_RISK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.STRATEGIC_RISK__ASPECTS:
				return aspects != null && !aspects.isEmpty();
			case ItupPackage.STRATEGIC_RISK__MITIGATIONS:
				return mitigations != null && !mitigations.isEmpty();
			case ItupPackage.STRATEGIC_RISK__LIKELIHOOD:
				return LIKELIHOOD_EDEFAULT == null ? likelihood != null : !LIKELIHOOD_EDEFAULT.equals(likelihood);
			case ItupPackage.STRATEGIC_RISK__IMPACT:
				return IMPACT_EDEFAULT == null ? impact != null : !IMPACT_EDEFAULT.equals(impact);
			case ItupPackage.STRATEGIC_RISK__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
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
		result.append(", aspects: ");
		result.append(aspects);
		result.append(", likelihood: ");
		result.append(likelihood);
		result.append(", impact: ");
		result.append(impact);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //StrategicRiskImpl
