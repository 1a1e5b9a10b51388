package org.itup.dsl.scoping;

/**
 * Scoping of the plan language. Name resolution lives in {@link PlanNamespaceScopeProvider} (the delegate) and
 * {@link PlanQualifiedNameProvider}; this class is the hook for reference-specific scopes.
 */
public class ItupScopeProvider extends AbstractItupScopeProvider {
}
