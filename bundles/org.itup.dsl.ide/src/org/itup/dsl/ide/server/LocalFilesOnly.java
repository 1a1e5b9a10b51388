package org.itup.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The language server's resource sets read local files only. A client may name any URI in a request; EMF would
 * fetch an {@code http:} one with a real GET (and write it back on save). Every other scheme is refused here, at
 * the one place all reading and writing goes through.
 */
public class LocalFilesOnly extends XtextResourceSet {

	public LocalFilesOnly() {
		setURIConverter(new Converter());
	}

	private static final class Converter extends ExtensibleURIConverterImpl {

		private static final URIHandler REFUSED = new Refused();

		@Override
		public URIHandler getURIHandler(URI uri) {
			URI normalized = normalize(uri);
			return normalized.scheme() == null || normalized.isFile() ? super.getURIHandler(uri) : REFUSED;
		}
	}

	private static final class Refused extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		private static IOException refusal(URI uri) {
			return new IOException("the plan language server reads only local files (file: URIs), not " + uri);
		}
	}
}
