package org.itup.dsl.ui.labeling;

import org.eclipse.xtext.ui.label.DefaultDescriptionLabelProvider;

/**
 * Labels of index entries (Open Model Element, search results): the stock qualified name, such as
 * {@code itu2020.R.1}, which tells the plan as well as the code.
 */
public class ItupDescriptionLabelProvider extends DefaultDescriptionLabelProvider {
}
