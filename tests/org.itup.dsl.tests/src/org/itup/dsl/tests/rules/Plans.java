package org.itup.dsl.tests.rules;

/**
 * A small plan that passes every rule, for tests to break one rule at a time.
 */
final class Plans {

	private Plans() {
	}

	static String clean() {
		return """
				plan p "Plan" period 2020 to 2023
				goal 1 "Growth" {
				    target 1.1 "Households online" {
				        by 2023
				        level 65 "%"
				    }
				    target 1.2 "Cheaper access" {
				        by 2023
				        decrease 25 "%"
				        baseline 2017 value 10 "USD"
				    }
				    sdg 9.c (9.c.1)
				    wsis C2
				}
				sector A "Sector A" {
				    objective A.1 "Access" {
				        statement "Widen access"
				        primary goal 1
				        outcome A.1-a "More countries connected"
				        output A.1-1 "Regulations"
				    }
				    enabler A-1 "Support" {
				        supports A.1
				    }
				}
				risk 1 "Funding" {
				    mitigation limitation "Plan finances"
				}
				term "Vision" {
				    ar "الرؤية"
				    zh "愿景"
				    en "Vision"
				    fr "Vision"
				    ru "Концепция"
				    es "Visión"
				}
				""";
	}
}
