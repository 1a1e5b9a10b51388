/**
 */
package org.itup.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.itup.model.ItupPackage;
import org.itup.model.LevelName;
import org.itup.model.PlanLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Level Name</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.LevelNameImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.itup.model.impl.LevelNameImpl#getKeyword <em>Keyword</em>}</li>
 *   <li>{@link org.itup.model.impl.LevelNameImpl#getSingular <em>Singular</em>}</li>
 *   <li>{@link org.itup.model.impl.LevelNameImpl#getPlural <em>Plural</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelNameImpl extends MinimalEObjectImpl.Container implements LevelName
{
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final PlanLevel LEVEL_EDEFAULT = PlanLevel.SECTOR;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected PlanLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyword() <em>Keyword</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyword()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYWORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyword() <em>Keyword</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyword()
	 * @generated
	 * @ordered
	 */
	protected String keyword = KEYWORD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSingular() <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingular()
	 * @generated
	 * @ordered
	 */
	protected static final String SINGULAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSingular() <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSingular()
	 * @generated
	 * @ordered
	 */
	protected String singular = SINGULAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlural() <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlural()
	 * @generated
	 * @ordered
	 */
	protected static final String PLURAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlural() <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlural()
	 * @generated
	 * @ordered
	 */
	protected String plural = PLURAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelNameImpl()
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
		return ItupPackage.Literals.LEVEL_NAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(PlanLevel newLevel)
	{
		PlanLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.LEVEL_NAME__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyword()
	{
		return keyword;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyword(String newKeyword)
	{
		String oldKeyword = keyword;
		keyword = newKeyword;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.LEVEL_NAME__KEYWORD, oldKeyword, keyword));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSingular()
	{
		return singular;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingular(String newSingular)
	{
		String oldSingular = singular;
		singular = newSingular;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.LEVEL_NAME__SINGULAR, oldSingular, singular));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlural()
	{
		return plural;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlural(String newPlural)
	{
		String oldPlural = plural;
		plural = newPlural;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.LEVEL_NAME__PLURAL, oldPlural, plural));
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
			case ItupPackage.LEVEL_NAME__LEVEL:
				return getLevel();
			case ItupPackage.LEVEL_NAME__KEYWORD:
				return getKeyword();
			case ItupPackage.LEVEL_NAME__SINGULAR:
				return getSingular();
			case ItupPackage.LEVEL_NAME__PLURAL:
				return getPlural();
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
			case ItupPackage.LEVEL_NAME__LEVEL:
				setLevel((PlanLevel)newValue);
				return;
			case ItupPackage.LEVEL_NAME__KEYWORD:
				setKeyword((String)newValue);
				return;
			case ItupPackage.LEVEL_NAME__SINGULAR:
				setSingular((String)newValue);
				return;
			case ItupPackage.LEVEL_NAME__PLURAL:
				setPlural((String)newValue);
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
			case ItupPackage.LEVEL_NAME__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ItupPackage.LEVEL_NAME__KEYWORD:
				setKeyword(KEYWORD_EDEFAULT);
				return;
			case ItupPackage.LEVEL_NAME__SINGULAR:
				setSingular(SINGULAR_EDEFAULT);
				return;
			case ItupPackage.LEVEL_NAME__PLURAL:
				setPlural(PLURAL_EDEFAULT);
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
			case ItupPackage.LEVEL_NAME__LEVEL:
				return level != LEVEL_EDEFAULT;
			case ItupPackage.LEVEL_NAME__KEYWORD:
				return KEYWORD_EDEFAULT == null ? keyword != null : !KEYWORD_EDEFAULT.equals(keyword);
			case ItupPackage.LEVEL_NAME__SINGULAR:
				return SINGULAR_EDEFAULT == null ? singular != null : !SINGULAR_EDEFAULT.equals(singular);
			case ItupPackage.LEVEL_NAME__PLURAL:
				return PLURAL_EDEFAULT == null ? plural != null : !PLURAL_EDEFAULT.equals(plural);
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
		result.append(", keyword: ");
		result.append(keyword);
		result.append(", singular: ");
		result.append(singular);
		result.append(", plural: ");
		result.append(plural);
		result.append(')');
		return result.toString();
	}

} //LevelNameImpl
