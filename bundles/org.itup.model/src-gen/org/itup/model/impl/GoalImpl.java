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

import org.itup.model.Goal;
import org.itup.model.ItupPackage;
import org.itup.model.SdgLink;
import org.itup.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.GoalImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.GoalImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.itup.model.impl.GoalImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.itup.model.impl.GoalImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.itup.model.impl.GoalImpl#getSdgLinks <em>Sdg Links</em>}</li>
 *   <li>{@link org.itup.model.impl.GoalImpl#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends PlanElementImpl implements Goal
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
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getSdgLinks() <em>Sdg Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgLink> sdgLinks;

	/**
	 * The cached value of the '{@link #getWsisActionLines() <em>Wsis Action Lines</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWsisActionLines()
	 * @generated
	 * @ordered
	 */
	protected EList<String> wsisActionLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalImpl()
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
		return ItupPackage.Literals.GOAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.GOAL__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement()
	{
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement)
	{
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.GOAL__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.GOAL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectContainmentEList<Target>(Target.class, this, ItupPackage.GOAL__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgLink> getSdgLinks()
	{
		if (sdgLinks == null)
		{
			sdgLinks = new EObjectContainmentEList<SdgLink>(SdgLink.class, this, ItupPackage.GOAL__SDG_LINKS);
		}
		return sdgLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWsisActionLines()
	{
		if (wsisActionLines == null)
		{
			wsisActionLines = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.GOAL__WSIS_ACTION_LINES);
		}
		return wsisActionLines;
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
			case ItupPackage.GOAL__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case ItupPackage.GOAL__SDG_LINKS:
				return ((InternalEList<?>)getSdgLinks()).basicRemove(otherEnd, msgs);
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
			case ItupPackage.GOAL__TITLE:
				return getTitle();
			case ItupPackage.GOAL__STATEMENT:
				return getStatement();
			case ItupPackage.GOAL__DESCRIPTION:
				return getDescription();
			case ItupPackage.GOAL__TARGETS:
				return getTargets();
			case ItupPackage.GOAL__SDG_LINKS:
				return getSdgLinks();
			case ItupPackage.GOAL__WSIS_ACTION_LINES:
				return getWsisActionLines();
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
			case ItupPackage.GOAL__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.GOAL__STATEMENT:
				setStatement((String)newValue);
				return;
			case ItupPackage.GOAL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ItupPackage.GOAL__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case ItupPackage.GOAL__SDG_LINKS:
				getSdgLinks().clear();
				getSdgLinks().addAll((Collection<? extends SdgLink>)newValue);
				return;
			case ItupPackage.GOAL__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
				getWsisActionLines().addAll((Collection<? extends String>)newValue);
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
			case ItupPackage.GOAL__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.GOAL__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case ItupPackage.GOAL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ItupPackage.GOAL__TARGETS:
				getTargets().clear();
				return;
			case ItupPackage.GOAL__SDG_LINKS:
				getSdgLinks().clear();
				return;
			case ItupPackage.GOAL__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
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
			case ItupPackage.GOAL__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.GOAL__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case ItupPackage.GOAL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ItupPackage.GOAL__TARGETS:
				return targets != null && !targets.isEmpty();
			case ItupPackage.GOAL__SDG_LINKS:
				return sdgLinks != null && !sdgLinks.isEmpty();
			case ItupPackage.GOAL__WSIS_ACTION_LINES:
				return wsisActionLines != null && !wsisActionLines.isEmpty();
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
		result.append(", statement: ");
		result.append(statement);
		result.append(", description: ");
		result.append(description);
		result.append(", wsisActionLines: ");
		result.append(wsisActionLines);
		result.append(')');
		return result.toString();
	}

} //GoalImpl
