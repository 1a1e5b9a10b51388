/**
 */
package org.itup.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.itup.model.CodeScheme;
import org.itup.model.CodedLevel;
import org.itup.model.ItupPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.CodeSchemeImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.itup.model.impl.CodeSchemeImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.itup.model.impl.CodeSchemeImpl#isOfficial <em>Official</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeSchemeImpl extends MinimalEObjectImpl.Container implements CodeScheme
{
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final CodedLevel LEVEL_EDEFAULT = CodedLevel.TARGET;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected CodedLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #isOfficial() <em>Official</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfficial()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFFICIAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOfficial() <em>Official</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfficial()
	 * @generated
	 * @ordered
	 */
	protected boolean official = OFFICIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeSchemeImpl()
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
		return ItupPackage.Literals.CODE_SCHEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodedLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(CodedLevel newLevel)
	{
		CodedLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.CODE_SCHEME__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern()
	{
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern)
	{
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.CODE_SCHEME__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOfficial()
	{
		return official;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficial(boolean newOfficial)
	{
		boolean oldOfficial = official;
		official = newOfficial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.CODE_SCHEME__OFFICIAL, oldOfficial, official));
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
			case ItupPackage.CODE_SCHEME__LEVEL:
				return getLevel();
			case ItupPackage.CODE_SCHEME__PATTERN:
				return getPattern();
			case ItupPackage.CODE_SCHEME__OFFICIAL:
				return isOfficial();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItupPackage.CODE_SCHEME__LEVEL:
				setLevel((CodedLevel)newValue);
				return;
			case ItupPackage.CODE_SCHEME__PATTERN:
				setPattern((String)newValue);
				return;
			case ItupPackage.CODE_SCHEME__OFFICIAL:
				setOfficial((Boolean)newValue);
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
			case ItupPackage.CODE_SCHEME__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ItupPackage.CODE_SCHEME__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case ItupPackage.CODE_SCHEME__OFFICIAL:
				setOfficial(OFFICIAL_EDEFAULT);
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
			case ItupPackage.CODE_SCHEME__LEVEL:
				return level != LEVEL_EDEFAULT;
			case ItupPackage.CODE_SCHEME__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case ItupPackage.CODE_SCHEME__OFFICIAL:
				return official != OFFICIAL_EDEFAULT;
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
		result.append(" (level: ");
		result.append(level);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", official: ");
		result.append(official);
		result.append(')');
		return result.toString();
	}

} //CodeSchemeImpl
