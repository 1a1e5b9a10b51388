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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.Budget;
import org.itup.model.Goal;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getPrimaryGoals <em>Primary Goals</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getSecondaryGoals <em>Secondary Goals</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.itup.model.impl.ObjectiveImpl#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends PlanElementImpl implements Objective
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
	 * The cached value of the '{@link #getPrimaryGoals() <em>Primary Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> primaryGoals;

	/**
	 * The cached value of the '{@link #getSecondaryGoals() <em>Secondary Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> secondaryGoals;

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
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<Output> outputs;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<PerformanceIndicator> indicators;

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
	protected ObjectiveImpl()
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
		return ItupPackage.Literals.OBJECTIVE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OBJECTIVE__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OBJECTIVE__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getPrimaryGoals()
	{
		if (primaryGoals == null)
		{
			primaryGoals = new EObjectResolvingEList<Goal>(Goal.class, this, ItupPackage.OBJECTIVE__PRIMARY_GOALS);
		}
		return primaryGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getSecondaryGoals()
	{
		if (secondaryGoals == null)
		{
			secondaryGoals = new EObjectResolvingEList<Goal>(Goal.class, this, ItupPackage.OBJECTIVE__SECONDARY_GOALS);
		}
		return secondaryGoals;
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
			wsisActionLines = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.OBJECTIVE__WSIS_ACTION_LINES);
		}
		return wsisActionLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes()
	{
		if (outcomes == null)
		{
			outcomes = new EObjectContainmentEList<Outcome>(Outcome.class, this, ItupPackage.OBJECTIVE__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Output> getOutputs()
	{
		if (outputs == null)
		{
			outputs = new EObjectContainmentEList<Output>(Output.class, this, ItupPackage.OBJECTIVE__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceIndicator> getIndicators()
	{
		if (indicators == null)
		{
			indicators = new EObjectContainmentEList<PerformanceIndicator>(PerformanceIndicator.class, this, ItupPackage.OBJECTIVE__INDICATORS);
		}
		return indicators;
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
			budgets = new EObjectContainmentEList<Budget>(Budget.class, this, ItupPackage.OBJECTIVE__BUDGETS);
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
			case ItupPackage.OBJECTIVE__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case ItupPackage.OBJECTIVE__OUTPUTS:
				return ((InternalEList<?>)getOutputs()).basicRemove(otherEnd, msgs);
			case ItupPackage.OBJECTIVE__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case ItupPackage.OBJECTIVE__BUDGETS:
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
			case ItupPackage.OBJECTIVE__TITLE:
				return getTitle();
			case ItupPackage.OBJECTIVE__STATEMENT:
				return getStatement();
			case ItupPackage.OBJECTIVE__PRIMARY_GOALS:
				return getPrimaryGoals();
			case ItupPackage.OBJECTIVE__SECONDARY_GOALS:
				return getSecondaryGoals();
			case ItupPackage.OBJECTIVE__WSIS_ACTION_LINES:
				return getWsisActionLines();
			case ItupPackage.OBJECTIVE__OUTCOMES:
				return getOutcomes();
			case ItupPackage.OBJECTIVE__OUTPUTS:
				return getOutputs();
			case ItupPackage.OBJECTIVE__INDICATORS:
				return getIndicators();
			case ItupPackage.OBJECTIVE__BUDGETS:
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
			case ItupPackage.OBJECTIVE__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.OBJECTIVE__STATEMENT:
				setStatement((String)newValue);
				return;
			case ItupPackage.OBJECTIVE__PRIMARY_GOALS:
				getPrimaryGoals().clear();
				getPrimaryGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case ItupPackage.OBJECTIVE__SECONDARY_GOALS:
				getSecondaryGoals().clear();
				getSecondaryGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case ItupPackage.OBJECTIVE__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
				getWsisActionLines().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.OBJECTIVE__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case ItupPackage.OBJECTIVE__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends Output>)newValue);
				return;
			case ItupPackage.OBJECTIVE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends PerformanceIndicator>)newValue);
				return;
			case ItupPackage.OBJECTIVE__BUDGETS:
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
			case ItupPackage.OBJECTIVE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.OBJECTIVE__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case ItupPackage.OBJECTIVE__PRIMARY_GOALS:
				getPrimaryGoals().clear();
				return;
			case ItupPackage.OBJECTIVE__SECONDARY_GOALS:
				getSecondaryGoals().clear();
				return;
			case ItupPackage.OBJECTIVE__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
				return;
			case ItupPackage.OBJECTIVE__OUTCOMES:
				getOutcomes().clear();
				return;
			case ItupPackage.OBJECTIVE__OUTPUTS:
				getOutputs().clear();
				return;
			case ItupPackage.OBJECTIVE__INDICATORS:
				getIndicators().clear();
				return;
			case ItupPackage.OBJECTIVE__BUDGETS:
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
			case ItupPackage.OBJECTIVE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.OBJECTIVE__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case ItupPackage.OBJECTIVE__PRIMARY_GOALS:
				return primaryGoals != null && !primaryGoals.isEmpty();
			case ItupPackage.OBJECTIVE__SECONDARY_GOALS:
				return secondaryGoals != null && !secondaryGoals.isEmpty();
			case ItupPackage.OBJECTIVE__WSIS_ACTION_LINES:
				return wsisActionLines != null && !wsisActionLines.isEmpty();
			case ItupPackage.OBJECTIVE__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case ItupPackage.OBJECTIVE__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case ItupPackage.OBJECTIVE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case ItupPackage.OBJECTIVE__BUDGETS:
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
		result.append(" (title: ");
		result.append(title);
		result.append(", statement: ");
		result.append(statement);
		result.append(", wsisActionLines: ");
		result.append(wsisActionLines);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
